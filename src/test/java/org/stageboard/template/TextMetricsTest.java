package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class TextMetricsTest {
    private static final double SIZE = TextMetrics.TEXT_FONT_SIZE;

    @Test
    void cjkCharactersCountAboutTwiceALatinLetter() {
        double latin = TextMetrics.width("abcdefghij", SIZE, false);
        double cjk = TextMetrics.width("数据特征模型评估服务监控需求", SIZE, false) / 14 * 10;
        assertTrue(cjk > 1.5 * latin && cjk < 2.2 * latin, latin + " vs " + cjk);
        assertTrue(TextMetrics.width("ABC", SIZE, true) > TextMetrics.width("ABC", SIZE, false), "bold is wider");
    }

    @Test
    void wrapsAtSpacesWithinTheWidth() {
        String word = "abcd"; // 4 x 0.62 em
        double w = TextMetrics.width(word, SIZE, false);
        double space = TextMetrics.width(" ", SIZE, false);
        // room for exactly two words and a space per line
        double max = 2 * w + space + 0.01;
        assertEquals(1, TextMetrics.lines("abcd abcd", max, SIZE, false));
        assertEquals(2, TextMetrics.lines("abcd abcd abcd", max, SIZE, false));
        assertEquals(3, TextMetrics.lines("abcd abcd abcd abcd abcd", max, SIZE, false));
    }

    @Test
    void newlinesStartLinesAndEmptyTextTakesNone() {
        assertEquals(0, TextMetrics.lines("", 200, SIZE, false));
        assertEquals(3, TextMetrics.lines("a\n\nb", 200, SIZE, false));
    }

    @Test
    void longWordsAndCjkBreakAnywhere() {
        double tenChars = TextMetrics.width("x".repeat(10), SIZE, false) + 0.01;
        assertEquals(3, TextMetrics.lines("x".repeat(25), tenChars, SIZE, false));
        double tenCjk = TextMetrics.width("字".repeat(10), SIZE, false) + 0.01;
        assertEquals(3, TextMetrics.lines("字".repeat(25), tenCjk, SIZE, false));
        assertEquals(1, TextMetrics.lines("字".repeat(10), tenCjk, SIZE, false));
    }

    @Test
    void requiredHeightCountsTitleBodyAndTradeoffs() {
        Node bare = Node.of("n1", Stage.DATA, "Data", 0, 0);
        double titleOnly = TextMetrics.requiredHeight(bare, 220);
        double base = 2 * TextMetrics.PADDING + TextMetrics.TITLE_LINE_HEIGHT;
        assertEquals(Math.max(Node.MIN_HEIGHT, base), titleOnly, "never below the minimum box height");
        Node withText = bare.withText("• one\n• two");
        assertEquals(base + TextMetrics.SECTION_GAP + 2 * TextMetrics.TEXT_LINE_HEIGHT,
                TextMetrics.requiredHeight(withText, 220), 1.0);
        Node withTradeoff = withText.withTradeoffs(List.of(new TradeOff("a", List.of("b"), "c")));
        assertEquals(TextMetrics.requiredHeight(withText, 220) + TextMetrics.SECTION_GAP + TextMetrics.TEXT_LINE_HEIGHT,
                TextMetrics.requiredHeight(withTradeoff, 220), 1.0);
        assertTrue(TextMetrics.requiredHeight(bare.withHint("some hint text"), 220) > titleOnly,
                "an empty box makes room for its hint");
        String longText = "ранний сигнал дрейфа признаков ".repeat(20);
        assertTrue(TextMetrics.requiredHeight(bare.withText(longText), 220)
                > TextMetrics.requiredHeight(bare.withText(longText), 340), "a wider box is shorter");
    }

}
