package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class SeederTest {
    private final Template ride = Fixtures.load("ride-eta");

    @Test
    void boardCarriesTheTemplate() {
        for (Seeder.Mode mode : Seeder.Mode.values()) {
            Board b = Seeder.seed(ride, mode);
            assertEquals("Ride arrival time (ETA)", b.title());
            assertEquals(ride.prompt(), b.prompt());
            assertEquals("ride-eta", b.templateId());
            assertEquals("default", b.profile());
        }
    }

    @Test
    void eightBoxesInStageOrderAndArrowsAlongThePipelinePlusFeedback() {
        Board b = Seeder.seed(ride, Seeder.Mode.PRACTICE);
        assertEquals(8, b.nodes().size());
        for (int i = 0; i < 8; i++) {
            Node n = b.nodes().get(i);
            assertEquals("n" + (i + 1), n.id());
            assertEquals(Stage.pipeline().get(i), n.stage());
            assertEquals(org.stageboard.i18n.Messages.get("stage." + n.stage().id()), n.title(),
                    "a practice box is titled by its stage, not by the answer");
        }
        Board reference = Seeder.seed(ride, Seeder.Mode.REFERENCE);
        for (Node n : reference.nodes()) {
            assertEquals(ride.stage(n.stage()).title(), n.title());
        }
        assertEquals(8, b.edges().size());
        for (int i = 1; i <= 7; i++) {
            assertEquals(new Edge("e" + i, "n" + i, "n" + (i + 1), ""), b.edges().get(i - 1));
        }
        Edge feedback = b.edges().get(7);
        assertEquals(Stage.MONITORING, b.node(feedback.from()).orElseThrow().stage());
        assertEquals(Stage.DATA, b.node(feedback.to()).orElseThrow().stage());
        assertEquals("feedback", feedback.label());
        assertEquals("e8", b.freshId("e").equals("e9") ? feedback.id() : "ids not unique");
    }

    @Test
    void practiceModeGivesHintsAndEmptyBoxes() {
        Board b = Seeder.seed(ride, Seeder.Mode.PRACTICE);
        for (Node n : b.nodes()) {
            assertEquals(ride.stage(n.stage()).hint(), n.hint());
            assertEquals("", n.text());
            assertTrue(n.tradeoffs().isEmpty());
            assertTrue(n.isEmptyAnswer());
        }
    }

    @Test
    void referenceModeGivesBulletedAnswersAndTradeoffs() {
        Board b = Seeder.seed(ride, Seeder.Mode.REFERENCE);
        Node model = b.nodesOf(Stage.MODEL).get(0);
        List<String> lines = model.text().lines().toList();
        assertEquals(ride.stage(Stage.MODEL).answer().size(), lines.size());
        assertEquals("• Baseline: routing-engine ETA as is", lines.get(0));
        assertTrue(lines.stream().allMatch(l -> l.startsWith("• ")));
        assertEquals(ride.stage(Stage.MODEL).tradeoffs(), model.tradeoffs());
        assertTrue(b.nodesOf(Stage.REQUIREMENTS).get(0).tradeoffs().isEmpty());
    }

    @Test
    void seededBoardsAreLaidOut() {
        Board b = Seeder.seed(ride, Seeder.Mode.REFERENCE);
        assertTrue(PipelineLayout.fitsScreen(b));
        for (Node n : b.nodes()) {
            assertTrue(n.height() >= TextMetrics.requiredHeight(n, n.width()), n.id());
        }
    }
}
