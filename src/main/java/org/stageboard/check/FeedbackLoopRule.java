package org.stageboard.check;

import java.util.Map;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * No arrow leads from a monitoring box back to a data or model box: the design never closes the loop from
 * production logs to the next training set. Only checked when monitoring is on the board and the board has arrows:
 * a candidate who drew no arrows at all chose not to draw the flow, as for {@link DisconnectedBoxRule}.
 */
public final class FeedbackLoopRule implements Rule {
    @Override
    public String id() {
        return "no-feedback-loop";
    }

    @Override
    public Severity severity() {
        return Severity.INFO;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        if (!ctx.hasStage(Stage.MONITORING) || ctx.board().edges().isEmpty()) {
            return;
        }
        Map<String, Node> byId = ctx.board().nodesById();
        for (Edge e : ctx.board().edges()) {
            Node from = byId.get(e.from());
            Node to = byId.get(e.to());
            if (from != null && to != null && from.stage() == Stage.MONITORING
                    && (to.stage() == Stage.DATA || to.stage() == Stage.MODEL)) {
                return;
            }
        }
        out.add(this, Stage.MONITORING, ctx.nodes(Stage.MONITORING).get(0).id());
    }
}
