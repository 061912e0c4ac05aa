package org.stageboard.i18n;

import org.stageboard.model.TradeOff;

/**
 * How a structured trade-off reads on a box and in exports: "choice over A, B: because". The template layout
 * sizes boxes by this same text, so what is measured is what is drawn.
 */
public final class TradeOffFormat {
    private TradeOffFormat() {
    }

    public static String oneLine(TradeOff t) {
        String choice = t.choice().isBlank() ? "?" : t.choice();
        String over = String.join(", ", t.over().stream().filter(o -> !o.isBlank()).toList());
        if (t.hasAlternative() && t.hasReason()) {
            return Messages.get("render.tradeoff.full", choice, over, t.because());
        }
        if (t.hasAlternative()) {
            return Messages.get("render.tradeoff.noReason", choice, over);
        }
        if (t.hasReason()) {
            return Messages.get("render.tradeoff.noAlternative", choice, t.because());
        }
        return choice;
    }
}
