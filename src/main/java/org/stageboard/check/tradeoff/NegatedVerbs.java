package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian rejects an option by negating the verb after it: "online learning не делаем", "ранкер не обучаем",
 * "кросс-энкодер не берём". Any first-person or past-plural verb counts ("не делаем", "не строили"), not a list of
 * verbs, as long as the clause ends right after it, so the option is on the left. Read as a REJECT cue.
 */
final class NegatedVerbs {
    private static final Pattern REJECTING = Pattern.compile(
            "(?<![\\p{L}])не [а-я]{2,}(?:ем|им|ли)(?=\\s*(?:$|[,，;；.。—–\\-→(\\n]))");

    private NegatedVerbs() {
    }

    /** {@code hits} with a REJECT hit for every negated verb that no cue already covers, in order. */
    static List<CueScanner.Hit> addTo(String norm, List<CueScanner.Hit> hits) {
        if (norm.indexOf("не ") < 0) {
            return hits;
        }
        List<CueScanner.Hit> out = null;
        Matcher m = REJECTING.matcher(norm);
        while (m.find()) {
            if (overlaps(hits, m.start(), m.end())) {
                continue;
            }
            if (out == null) {
                out = new ArrayList<>(hits);
            }
            out.add(new CueScanner.Hit(CueKind.REJECT, m.start(), m.end()));
        }
        if (out == null) {
            return hits;
        }
        out.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return out;
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
