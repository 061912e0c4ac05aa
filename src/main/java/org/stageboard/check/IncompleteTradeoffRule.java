package org.stageboard.check;

import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/** A structured trade-off that is started but lacks an alternative or a reason ("TBD" is no reason). */
public final class IncompleteTradeoffRule implements Rule {
    @Override
    public String id() {
        return "incomplete-tradeoff";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        for (Stage s : Stage.values()) {
            for (Node n : ctx.nodes(s)) {
                for (TradeOff t : n.tradeoffs()) {
                    if (t.isBlank()) {
                        continue;
                    }
                    String label = t.choice().isBlank() ? "…" : t.choice().strip();
                    if (!t.hasAlternative()) {
                        out.add(this, "no-alternative", s, n.id(), label);
                    } else if (!TradeoffReadings.hasRealReason(t)) {
                        out.add(this, "no-reason", s, n.id(), label);
                    }
                }
            }
        }
    }
}
