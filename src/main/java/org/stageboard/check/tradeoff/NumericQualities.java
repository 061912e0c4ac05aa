package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Measured differences read as qualities: "2x speed", "x20 дешевле", "+200ms", "-1% F1", "10倍", "$$". In a
 * trade-off they are the reason ("ANN 12ms with 97% recall"); alone they decide nothing, since a choice and an
 * alternative are still needed.
 */
final class NumericQualities {
    private static final Pattern MEASURE = Pattern.compile(
            "(?<![\\p{L}\\d])(?:\\d+(?:[.,]\\d+)?\\s?x(?![\\p{L}])|x\\d+(?:[.,]\\d+)?|[+\\-−]\\d+(?:[.,]\\d+)?\\s?(?:%|ms|мс|s\\b|pp|п\\.п\\.)"
                    + "|\\d+(?:[.,]\\d+)?\\s?(?:ms|мс|毫秒)|\\d+(?:[.,]\\d+)?倍|\\$\\$+|\\$\\d[\\d.,]*k?"
                    + "|в \\d+(?:[.,]\\d+)? раза?|на порядок|一个数量级|数量级"
                    + "|\\d+(?:[.,]\\d+)?%?\\s?(?:vs\\.?|versus)\\s?\\d+(?:[.,/]\\d+)*%?)"); // "0.61 vs 0.54"

    private NumericQualities() {
    }

    /** {@code hits} with a QUALITY hit for every measure that no cue already covers, in order. */
    static List<CueScanner.Hit> addTo(String norm, List<CueScanner.Hit> hits) {
        if (!hasDigitOrDollar(norm)) {
            return hits;
        }
        List<CueScanner.Hit> out = null;
        Matcher m = MEASURE.matcher(norm);
        while (m.find()) {
            if (overlaps(hits, m.start(), m.end())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(hits);
            }
            out.add(new CueScanner.Hit(CueKind.QUALITY, m.start(), m.end()));
        }
        if (out == null) {
            return hits;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
    }

    private static boolean hasDigitOrDollar(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if ((c >= '0' && c <= '9') || c == '$' || c == 'н' || c == '数') {
                return true;
            }
        }
        return false;
    }

    private static boolean overlaps(List<CueScanner.Hit> hits, int a, int b) {
        for (CueScanner.Hit h : hits) {
            if (h.start() < b && a < h.end()) {
                return true;
            }
        }
        return false;
    }
}
