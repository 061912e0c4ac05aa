package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * Round 21 (from the near misses of dev-28): a box whose heading is followed at once by the decision put off, and whose
 * other clauses only say why: "wait time - put off until the new POS, the old one can't export kitchen load", «ожидание
 * столика — отложили до нового POS, старый не отдаёт загрузку кухни», "排队预估：推迟到新 POS 上线，旧系统拿不到后厨负载",
 * «музей: подсчёт потом, камеры ставят только в марте». The heading is a topic, not a choice, and "the new POS" against
 * "the old one" is no pair of options: the box decides nothing yet. A box that puts one option off and picks another
 * ("model: GBDT later, LR for now since no labels") still reads.
 */
final class DeferredTopic {
    /** A topic, then a colon or a dash. */
    private static final Pattern HEADING = Pattern.compile("^[^,.;:：，。(（\\n—–-]{1,40}?\\s*(?::|：|—|–|\\s-)\\s*");
    /** Putting the decision off until something: the first clause after the heading. */
    private static final Pattern PUT_OFF = Pattern.compile("(?<![\\p{L}])(?:put off|postponed?|on hold|parked|deferred"
            + "|отложил\\p{L}*|отложен\\p{L}*|перенесли|ждём|ждем)(?![\\p{L}])|推迟|延后|搁置|暂缓");
    /** Cue kinds that pick or turn down an option. */
    private static final Set<CueKind> PICKING = Set.of(CueKind.DECIDE, CueKind.PREFER, CueKind.BEATS, CueKind.REJECT,
            CueKind.THAN, CueKind.LOSES);
    /** Deferral cues that hedge or ask ("maybe", "可能", "?"), putting nothing off. */
    private static final Set<String> NOT_PUTTING_OFF = Set.of("?", "maybe", "perhaps", "might", "may", "可能", "也许",
            "或许", "может", "возможно", "наверное");
    /** Cue kinds that only explain, so they pick nothing. */
    private static final Set<CueKind> EXPLAINING = Set.of(CueKind.REASON, CueKind.DEFECT, CueKind.QUALITY,
            CueKind.CONSEQUENCE, CueKind.DEFER);
    /** Something kept or done meanwhile picks after all: "LR for now", «пока правила», "先用规则". */
    private static final Pattern MEANWHILE = Pattern.compile("(?<![\\p{L}])(?:for now|now|meanwhile|instead"
            + "|пока|сейчас|вместо)(?![\\p{L}])|先用|暂时用|目前用|现在用");

    private DeferredTopic() {
    }

    /** True when the box only puts its decision off (after a heading) and says why. */
    static boolean only(String norm, List<Hit> hits) {
        Matcher h = HEADING.matcher(norm);
        if (!h.find()) {
            return false;
        }
        int start = h.end();
        int end = start;
        while (end < norm.length() && ",;.?\n，。；？".indexOf(norm.charAt(end)) < 0) {
            end++;
        }
        String first = norm.substring(start, end);
        boolean deferred = PUT_OFF.matcher(first).find();
        for (Hit c : hits) {
            boolean inFirst = c.start() >= start && c.end() <= end;
            deferred |= inFirst && c.kind() == CueKind.DEFER && !NOT_PUTTING_OFF.contains(norm.substring(c.start(), c.end()));
            if (c.start() < start && PICKING.contains(c.kind())) {
                return false; // "kept GBDT over DNN: reason tbd" picks in its heading; only the reason is put off
            }
            if (!inFirst && c.start() >= start && !EXPLAINING.contains(c.kind())) {
                return false;
            }
        }
        return deferred && !MEANWHILE.matcher(norm.substring(start)).find();
    }
}
