package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class PipelineLayoutTest {

    /** No two boxes overlap, all lie on the 1600x1000 screen, and each is tall enough for its text. */
    static void assertReadable(Board b, String what) {
        List<Node> nodes = b.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            assertTrue(PipelineLayout.SCREEN.contains(n.bounds()), what + ": " + n.id() + " off screen " + n.bounds());
            assertTrue(n.height() >= TextMetrics.requiredHeight(n, n.width()),
                    what + ": " + n.id() + " too short for its text");
            for (int k = i + 1; k < nodes.size(); k++) {
                assertFalse(n.bounds().intersects(nodes.get(k).bounds()),
                        what + ": " + n.id() + " overlaps " + nodes.get(k).id());
            }
        }
    }

    static Stream<Arguments> fixturesInBothModes() {
        List<Arguments> out = new ArrayList<>();
        for (String id : Fixtures.IDS) {
            for (Seeder.Mode m : Seeder.Mode.values()) {
                out.add(Arguments.of(id, m));
            }
        }
        return out.stream();
    }

    @ParameterizedTest
    @MethodSource("fixturesInBothModes")
    void fixturesLayOutReadably(String id, Seeder.Mode mode) {
        assertReadable(Seeder.seed(Fixtures.load(id), mode), id + " " + mode);
    }

    @Test
    void theSnakeKeepsPipelineNeighboursAdjacent() {
        Board b = Seeder.seed(Fixtures.load("ride-eta"), Seeder.Mode.REFERENCE);
        Map<Stage, Node> at = new EnumMap<>(Stage.class);
        b.nodes().forEach(n -> at.put(n.stage(), n));
        List<Stage> top = List.of(Stage.REQUIREMENTS, Stage.FRAMING, Stage.DATA, Stage.FEATURES);
        for (int i = 0; i < 3; i++) {
            assertEquals(at.get(top.get(i)).y(), at.get(top.get(i + 1)).y());
            assertTrue(at.get(top.get(i)).bounds().maxX() < at.get(top.get(i + 1)).x(), "top row runs left to right");
        }
        List<Stage> bottom = List.of(Stage.MODEL, Stage.EVALUATION, Stage.SERVING, Stage.MONITORING);
        for (int i = 0; i < 3; i++) {
            assertEquals(at.get(bottom.get(i)).y(), at.get(bottom.get(i + 1)).y());
            assertTrue(at.get(bottom.get(i + 1)).bounds().maxX() < at.get(bottom.get(i)).x(),
                    "bottom row runs right to left");
        }
        assertEquals(at.get(Stage.FEATURES).x(), at.get(Stage.MODEL).x(), "model sits under features");
        assertEquals(at.get(Stage.REQUIREMENTS).x(), at.get(Stage.MONITORING).x());
        assertTrue(at.get(Stage.FEATURES).bounds().maxY() < at.get(Stage.MODEL).y());
    }

    @Test
    void lightTextStaysCompact() {
        Board b = Seeder.seed(Fixtures.load("ride-eta"), Seeder.Mode.PRACTICE);
        assertTrue(b.nodes().stream().allMatch(n -> n.width() == PipelineLayout.MIN_BOX_WIDTH), "no need to widen");
    }

    /** A template at the schema's limits: 7 points and 2 trade-offs on every stage, in the given script. */
    private static Board synthetic(String point, String choice, String over, String because) {
        List<Node> nodes = new ArrayList<>();
        int i = 1;
        for (Stage s : Stage.pipeline()) {
            String text = String.join("\n", Collections.nCopies(7, Seeder.BULLET + point));
            TradeOff t = new TradeOff(choice, List.of(over), because);
            nodes.add(Node.of("n" + i++, s, choice, 0, 0).withText(text).withTradeoffs(List.of(t, t)));
        }
        return PipelineLayout.apply(new Board("t", "", "", "", nodes, List.of()));
    }

    @Test
    void longChineseTextFits() {
        String point = "使用过去九十天的支付记录作为训练数据并按时间切分训练集和测试集以防止泄漏"; // 37 chars
        Board b = synthetic(point, "按时间切分训练集与测试集", "随机切分", "随机切分会把同一次欺诈攻击同时放进训练集和测试集，让离线指标虚高");
        assertReadable(b, "chinese");
        assertTrue(b.nodes().get(0).width() > PipelineLayout.MIN_BOX_WIDTH, "long text widens the boxes");
    }

    @Test
    void longRussianTextFits() {
        String point = "Метки берём из чарджбэков, которые приходят с задержкой до девяноста дней"; // 73 chars
        Board b = synthetic(point, "взвешивание по зрелости меток", "ждать 90 дней",
                "свежие мошеннические схемы появляются быстрее, чем созревают метки");
        assertReadable(b, "russian");
    }

    @Test
    void textBeyondTheScreenIsNeverCutAndBoxesStillDoNotOverlap() {
        String point = "Очень длинный пункт ответа, который повторяется снова и снова ".repeat(4);
        Board b = synthetic(point, "выбор", "альтернатива", "потому что так написано в очень длинном объяснении");
        assertFalse(PipelineLayout.fitsScreen(b), "this much text cannot fit one screen");
        for (Node n : b.nodes()) {
            assertTrue(n.height() >= TextMetrics.requiredHeight(n, n.width()), n.id());
            for (Node o : b.nodes()) {
                assertTrue(n == o || !n.bounds().intersects(o.bounds()), n.id() + " overlaps " + o.id());
            }
        }
        double right = b.nodes().stream().mapToDouble(n -> n.bounds().maxX()).max().orElseThrow();
        assertTrue(right <= PipelineLayout.SCREEN.maxX(), "it grows downwards, never sideways");
    }

    @Test
    void otherBoxesAreLeftAlone() {
        Board seeded = Seeder.seed(Fixtures.load("ride-eta"), Seeder.Mode.PRACTICE);
        Node note = Node.of("n9", Stage.NOTE, "note", 1234, 777);
        Board again = PipelineLayout.apply(seeded.addNode(note));
        assertEquals(note, again.node("n9").orElseThrow());
        assertEquals(seeded.nodes(), again.nodes().subList(0, 8));
    }
}
