package org.stageboard.check;

import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Once a board has arrows, a stage box no arrow touches is an island in the story. Boards without any arrow are
 * left alone (the candidate chose not to draw the flow), and notes are exempt.
 */
public final class DisconnectedBoxRule implements Rule {
    @Override
    public String id() {
        return "disconnected-box";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        if (ctx.board().edges().isEmpty()) {
            return;
        }
        for (Stage s : Stage.pipeline()) {
            for (Node n : ctx.nodes(s)) {
                if (!ctx.isConnected(n.id())) {
                    out.add(this, s, n.id(), n.title());
                }
            }
        }
    }
}
