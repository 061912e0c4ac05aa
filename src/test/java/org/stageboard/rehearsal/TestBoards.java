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
}
