package org.stageboard.rehearsal;

import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** Boards written in a line for the curveball and scorecard tests: one box per (stage, text) pair. */
public final class TestBoards {
    private TestBoards() {
    }

    public static Board board(String title, Object... stageAndText) {
        Board b = Board.empty().withTitle(title);
        for (int i = 0; i < stageAndText.length; i += 2) {
            b = b.addNode(Node.of("n" + i, (Stage) stageAndText[i], "", 200 * (i / 2), 0)
                    .withText((String) stageAndText[i + 1]));
        }
        return b;
    }

    /** A fraud board; the curveball at 20:00 is answered by adding a Monitoring box and a baseline. */
    public static SavedSession curveballSession() {
        FakeClock clock = new FakeClock(0);
        Board b0 = board("Card fraud", Stage.REQUIREMENTS, "20k QPS, p99 50 ms", Stage.DATA, "chargebacks as labels",
                Stage.MODEL, "GBDT", Stage.SERVING, "online scoring");
        SessionLog log = new SessionLog(b0, clock);
        clock.advanceMinutes(20);
        log.curveballThrown(Stage.DATA, "Labels now arrive 60 days late.");
        clock.advanceMinutes(1);
        log.curveballAnswered(Stage.DATA, "Labels now arrive 60 days late.", "train on matured labels");
        clock.advanceMinutes(2);
        Board b1 = b0.replaceNode(b0.node("n4").orElseThrow().withText("GBDT, logistic regression baseline"))
                .addNode(Node.of("m", Stage.MONITORING, "", 0, 300)
                        .withText("drift on early proxies, retrain weekly"));
        log.recordEdit(b0, b1, "edit");
        clock.advanceMinutes(5);
        log.finished();
        return new SavedSession(log, PhasePlan.preset45());
    }

}
