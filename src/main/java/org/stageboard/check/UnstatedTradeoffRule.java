package org.stageboard.check;

import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * A decision stage is on the board but none of its boxes states a trade-off, either as a structured trade-off
 * (an alternative and a reason) or in words ({@link TradeoffText}). Stages whose boxes are all empty are left to
 * "empty-stage", so one gap is not reported twice.
 */
public final class UnstatedTradeoffRule implements Rule {
    @Override
    public String id() {
        return "unstated-tradeoff";
    }

    @Override
    public Severity severity() {
        return Severity.WARNING;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        for (Stage s : ctx.profile().decisionStages()) {
            if (ctx.hasStage(s) && !ctx.allEmpty(s) && !states(ctx, s)) {
                out.add(this, s, ctx.firstAnswered(s));
            }
        }
    }

    /** True when some box of the stage states a trade-off; used by the summary too. */
    public static boolean states(CheckContext ctx, Stage s) {
        for (Node n : ctx.nodes(s)) {
            if (statesStructured(n)) {
                return true;
            }
            if (!ctx.isEmpty(n) && ctx.test(n, TradeoffText.class, TradeoffText::states)) {
                return true;
            }
        }
        return false;
    }

    private static boolean statesStructured(Node n) {
        for (TradeOff t : n.tradeoffs()) {
            if (t.hasAlternative() && hasRealReason(t)) {
                return true;
            }
        }
        return false;
    }

    /** A reason of "TBD" or "?" is a placeholder, not a reason. */
    static boolean hasRealReason(TradeOff t) {
        return t.hasReason() && !TradeoffText.isPlaceholderOnly(t.because());
    }
}
