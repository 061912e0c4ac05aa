package org.stageboard.check;

import java.util.regex.Pattern;

/**
 * A share of predictions within a tolerance ("boundary within +-2s: 81%", "误差 ±2 秒以内 81%", «в пределах ±2 с —
 * 81%»): the accuracy of a boundary, a time or an amount, however the metric is named, so an evaluation box that
 * gives one states an offline metric. A tolerance alone ("latency ±2 s") or a share alone ("81% of episodes") is not.
 */
final class ToleranceAccuracy {
    /** "±2", "+-2 s", "+/- 5%", then a share on the same line. */
    private static final Pattern WITHIN = Pattern.compile(
            "(?:±|\\+-|\\+/-)\\s*\\d+(?:[.,]\\d+)?[^\\n]{0,60}?\\d+(?:[.,]\\d+)?\\s*%");

    private ToleranceAccuracy() {
    }

    static boolean in(String normalized) {
        return WITHIN.matcher(normalized).find();
    }
}
