package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Russian rejects an option by negating a verb next to it: after the option and closing the clause ("online
 * learning не делаем", "ранкер не обучаем"), or opening a clause before it ("не обучаем свою модель, берём
 * готовую"). Any first-person or past-plural verb counts ("не делаем", "не строили"), not a list of verbs, except
 * those that say what cannot be done or is not known ("не знаем", "не успели"). Read as a REJECT cue.
 */
final class NegatedVerbs {
    private static final Pattern REJECTING = Pattern.compile(
            "(?<![\\p{L}])не ([а-я]{2,}(?:ем|им|ли))(?=\\s*(?:$|[,，;；:.。—–\\-→(\\n]))"
                    + "|(?:^|(?<=[,，;；.\\n—–(]\\s?))не ([а-я]{2,}(?:ем|им|ли))(?= [\\p{L}\\d])");
    /** Negated verbs that say what cannot be done or is not known, not which option is turned down. */
    private static final java.util.Set<String> NOT_REJECTING = java.util.Set.of("знаем", "знали", "успели",
            "успеем", "смогли", "сможем", "можем", "хотим", "хотели", "видим", "видели", "понимаем", "решили",
            "нашли", "найдем", "получили", "получим", "уверены", "были", "имеем", "дошли", "дойдем");

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
            String verb = m.group(1) != null ? m.group(1) : m.group(2);
            if (overlaps(hits, m.start(), m.end()) || NOT_REJECTING.contains(verb)) {
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
