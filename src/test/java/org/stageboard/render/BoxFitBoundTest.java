package org.stageboard.render;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stageboard.UiTest;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;
import org.testfx.framework.junit5.ApplicationTest;

/**
 * Issue 15: BoxFit skips laying out boxes whose words obviously fit. The shortcut must never say "fits" for a box
 * whose words, laid out for real, need more room (English, Chinese and Russian words, many widths and heights), and
 * must actually say it for roomy boxes, or opening a board gains nothing.
 */
@UiTest
class BoxFitBoundTest extends ApplicationTest {
    private static final String[] WORDS = {
        "ranking", "candidate generation", "two-tower", "latency p99 < 100 ms", "WWW MMM", "features", "i", "logging",
        "用户", "点击率预估", "冷启动问题", "召回与排序", "日活两亿", "特征", "曝光未点击作为负样本",
        "рекомендации", "задержка", "обучение модели", "признаки", "Ёлка", "мониторинг дрейфа",
        "A/B", "(offline)", "NDCG@10", "—", "…", "%", "1,000,000"};

    private static String words(Random r, int count) {
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < count; i++) {
            b.append(WORDS[r.nextInt(WORDS.length)]);
            int gap = r.nextInt(12);
            b.append(gap == 0 ? "\n" : gap == 1 ? "" : " ");
        }
        return b.toString().strip();
    }

    private static List<Node> boxes(long seed, int count) {
        Random r = new Random(seed);
        List<Node> out = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            List<TradeOff> rows = r.nextInt(3) == 0 ? List.of()
                    : List.of(new TradeOff(words(r, 2), List.of(words(r, 1)), words(r, 1 + r.nextInt(4))));
            String text = r.nextInt(5) == 0 ? "" : words(r, r.nextInt(25));
            String hint = r.nextBoolean() ? "" : words(r, 3);
            out.add(new Node("n" + i, Stage.values()[r.nextInt(Stage.values().length)], words(r, 1 + r.nextInt(3)),
                    text, hint, rows, 0, 0, 160 + 20 * r.nextInt(10), 80 + 20 * r.nextInt(16)));
        }
        return out;
    }

    @Test
    void neverSaysFitsWhenTheLaidOutWordsNeedMoreAndSaysItForRoomyBoxes() throws Exception {
        List<Node> boxes = boxes(15, 400);
        int[] sure = {0};
        interact(() -> {
            // it learns the fonts from the first boxes laid out
            boxes.subList(0, 10).forEach(BoxFit::fit);
            for (Node n : boxes) {
                boolean fits = BoxFit.obviouslyFits(n);
                double need = BoxFit.measuredHeight(n);
                if (fits) {
                    sure[0]++;
                    assertTrue(need <= n.height() + 1e-9, n + " was said to fit but needs " + need);
                }
            }
        });
        assertTrue(sure[0] > boxes.size() / 5, "the shortcut is taken for many boxes: " + sure[0] + " of " + boxes.size());
    }

    @Test
    void theBenchmarkBoardsBoxesFitWithoutBeingLaidOut() throws Exception {
        Node roomy = new Node("g", Stage.DATA, "Box 12",
                "Some answer text that wraps over a couple of lines, like a real box.", "",
                List.of(new TradeOff("choice", List.of("other"), "reason")), 0, 0, 220, 200);
        boolean[] fits = {false};
        interact(() -> {
            BoxFit.fit(roomy.withBounds(0, 0, 220, 60));
            fits[0] = BoxFit.obviouslyFits(roomy) && BoxFit.measuredHeight(roomy) <= 200;
        });
        assertTrue(fits[0], "a box with room to spare is not laid out");
    }
}
