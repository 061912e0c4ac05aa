package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

@ExtendWith(InEnglish.class)
class ChangeSummaryTest {
    private final Board b0 = Board.empty()
            .addNode(Node.of("d", Stage.DATA, "Labels", 0, 0))
            .addNode(Node.of("m", Stage.MODEL, "", 300, 0).withText("GBDT on\\n tabular features"));


    @Test
    void namesTheBoxItsStageAndTheKindOfEdit() {
        Node d = b0.node("d").orElseThrow();
        assertEquals(List.of("edited the text of \"Labels\" (Data)"),
                ChangeSummary.changes(b0, b0.replaceNode(d.withText("chargebacks"))));
        assertEquals(List.of("moved \"Labels\" (Data)"), ChangeSummary.changes(b0, b0.replaceNode(d.withPosition(9, 9))));
        assertEquals(List.of("changed the stage of \"Labels\" from Data to Features"),
                ChangeSummary.changes(b0, b0.replaceNode(d.withStage(Stage.FEATURES))));
        assertEquals(List.of("edited the trade-offs of \"Labels\" (Data)"), ChangeSummary.changes(b0,
                b0.replaceNode(d.withTradeoffs(List.of(new TradeOff("matured labels", List.of("fresh"), "fraud"))))));
        assertEquals(List.of("added box \"Serving\" (Serving)"),
                ChangeSummary.changes(b0, b0.addNode(Node.of("s", Stage.SERVING, "Serving", 600, 0))));
        assertEquals(List.of("connected \"Labels\" → \"GBDT on\\n tabular features\""),
                ChangeSummary.changes(b0, b0.addEdge(new Edge("e", "d", "m", ""))));
        assertEquals(List.of("removed box \"Labels\" (Data)"), ChangeSummary.changes(b0, b0.remove(List.of("d"), List.of())));
    }

    @Test
    void aLongEditSaysHowManyMore() {
        Board after = b0.addNode(Node.of("a", Stage.SERVING, "A", 0, 300))
                .addNode(Node.of("b", Stage.SERVING, "B", 0, 600))
                .addNode(Node.of("c", Stage.SERVING, "C", 0, 900));
        String line = ChangeSummary.describe(b0, after);
        assertTrue(line.startsWith("added box \"A\" (Serving); added box \"B\" (Serving)"), line);
        assertTrue(line.endsWith("and 1 more"), line);
    }

    @Test
    void replayStepsCarryTheEditItsStagesAndWhatChanged() {
        FakeClock clock = new FakeClock(0);
        SessionLog log = new SessionLog(b0, clock);
        clock.advance(5_000);
        Board b1 = b0.replaceNode(b0.node("d").orElseThrow().withText("chargebacks"));
        log.recordEdit(b0, b1, "Edit text");
        log.finished();
        Replay r = new Replay(log);
        assertEquals(List.of(new Replay.Step(5_000, "Edit text", java.util.Set.of(Stage.DATA),
                "edited the text of \"Labels\" (Data)")), r.steps());
        assertTrue(r.stepAt(4_999).isEmpty());
        assertEquals(5_000, r.stepAt(9_000).orElseThrow().at());
    }
}
