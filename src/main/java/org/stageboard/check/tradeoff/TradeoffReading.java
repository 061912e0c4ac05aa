package org.stageboard.check.tradeoff;

import java.util.EnumSet;
import java.util.Set;

/**
 * What the reader made of a text: the words it read as the choice, the alternative and the reason (empty when
 * not found), which of the three are missing, and why a near miss fell short when that is more telling than the
 * missing parts ("a question, not a decision").
 *
 * @param choice      the option taken, as written ("" when none)
 * @param alternative the option(s) it was weighed against ("" when none)
 * @param reason      why ("" when none)
 * @param missing     the parts not found; empty when the text states a trade-off
 * @param hint        what kind of near miss this is, beyond the missing parts
 */
public record TradeoffReading(String choice, String alternative, String reason, Set<Part> missing, Hint hint) {

    /** Near misses that deserve their own words. */
    public enum Hint {
        /** Nothing special: the missing parts say it all. */
        NONE,
        /** The text asks ("batch or online?") instead of deciding. */
        QUESTION,
        /** The text is a placeholder or a deferral ("TBD", "待定", "потом"). */
        PLACEHOLDER,
        /** Options are listed, none is chosen ("batch vs online"). */
        OPTIONS_ONLY,
        /**
         * Words were read as a choice, an alternative and a reason, but they do not make one decision ("GBDT works
         * well but the feature pipeline is fragile"): the learned model turned the reading down.
         */
        NOT_ONE_DECISION,
        /**
         * Words were read as a choice, an alternative and a reason on separate lines of facts ("label = hours
         * billed" / "remote = 15-min billing vs 2h in person"), and no line decides anything by itself.
         */
        SEPARATE_LINES
    }

    public TradeoffReading {
        choice = choice == null ? "" : choice;
        alternative = alternative == null ? "" : alternative;
        reason = reason == null ? "" : reason;
        missing = missing.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(missing));
        hint = hint == null ? Hint.NONE : hint;
    }

    /** A text with nothing read in it. */
    public static TradeoffReading nothing(Hint hint) {
        return new TradeoffReading("", "", "", EnumSet.allOf(Part.class), hint);
    }

    /** True when a choice, an alternative and a reason were all found. */
    public boolean stated() {
        return missing.isEmpty();
    }

    /** How many of the three parts were found: a reading with more is the better explanation of a box. */
    public int found() {
        return 3 - missing.size();
    }

    public boolean has(Part p) {
        return !missing.contains(p);
    }
}
