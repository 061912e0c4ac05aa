package org.stageboard.check;

import java.util.List;
import java.util.Map;
import org.stageboard.check.tradeoff.Part;
import org.stageboard.check.tradeoff.StageReading;
import org.stageboard.check.tradeoff.TradeoffReading;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * A decision stage is on the board but none of its boxes, nor a note an arrow links to one of them, states a
 * trade-off: a complete structured one, or a choice, an alternative and a reason in words
 * ({@link TradeoffReadings}). The finding says what the closest box lacks ("a choice and a reason, but no
 * alternative"). Stages whose boxes are all empty are left to "empty-stage", so one gap is not reported twice.
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
        Map<Stage, List<Node>> notes = null;
        for (Stage s : ctx.profile().decisionStages()) {
            if (!ctx.hasStage(s) || ctx.allEmpty(s)) {
                continue;
            }
            if (notes == null) {
                notes = TradeoffReadings.linkedNotes(ctx);
            }
            List<Node> linked = notes.getOrDefault(s, List.of());
            if (TradeoffReadings.states(ctx, s, linked)) {
                continue;
            }
            StageReading r = TradeoffReadings.read(ctx, s, linked);
            String node = r.nodeId() != null ? r.nodeId() : ctx.firstAnswered(s);
            TradeoffReading t = r.reading();
            out.add(this, variant(t), s, node, quote(t.choice()), quote(t.alternative()), quote(t.reason()));
        }
    }

    /** The message key that says what is missing: {@code check.unstated-tradeoff.<variant>}. */
    static String variant(TradeoffReading t) {
        switch (t.hint()) {
            case PLACEHOLDER:
                return "placeholder";
            case QUESTION:
                return "question";
            case OPTIONS_ONLY:
                // the options are quoted when the reader has their words; never as an empty ("")
                return t.alternative().isBlank() ? "options-unquoted" : "options";
            case NOT_ONE_DECISION:
                return "not-one-decision";
            case SEPARATE_LINES:
                // the words are quoted only when all three were read; a credit from the model alone has none
                return t.choice().isBlank() || t.alternative().isBlank() || t.reason().isBlank()
                        ? "separate-lines-unquoted" : "separate-lines";
            default:
                break;
        }
        boolean c = t.has(Part.CHOICE);
        boolean a = t.has(Part.ALTERNATIVE);
        boolean r = t.has(Part.REASON);
        if (c && r) {
            return "no-alternative";
        }
        if (c && a) {
            return "no-reason";
        }
        if (a && r) {
            return "no-choice";
        }
        if (c) {
            return "only-choice";
        }
        if (a) {
            return "only-alternative";
        }
        // a reason word alone ("only 11 price changes", "since launch") is no decision begun: the plain message
        return "message";
    }

    /** Keeps a quoted span short enough for one line of the panel. */
    private static String quote(String s) {
        return s.length() <= 40 ? s : s.substring(0, 39) + "…";
    }

    /** True when some box of the stage (or a linked note) states a trade-off; used by the summary too. */
    public static boolean states(CheckContext ctx, Stage s) {
        return TradeoffReadings.states(ctx, s, TradeoffReadings.linkedNotes(ctx).getOrDefault(s, List.of()));
    }
}
