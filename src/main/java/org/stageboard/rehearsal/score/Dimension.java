package org.stageboard.rehearsal.score;

import java.util.Locale;

/**
 * What a rehearsal is scored on, in the order the scorecard lists them. The ids are stored in the
 * history and in session reports, so they never change once released.
 */
public enum Dimension {
    FRAMING, DATA_FEATURES, MODELLING, EVALUATION, SERVING_OPS, TIME, FOLLOW_UPS;

    /** The dimension's name in the interface language, as the scorecard, the history and the charts show it. */
    public String displayName() {
        return org.stageboard.i18n.Messages.get("score.dimension." + id());
    }

    public String id() {
        return name().toLowerCase(Locale.ROOT).replace('_', '-');
    }

    /** The dimension with this id, or null when the id is unknown (a store written by a newer version). */
    public static Dimension byId(String id) {
        for (Dimension d : values()) {
            if (d.id().equals(id)) {
                return d;
            }
        }
        return null;
    }
}
