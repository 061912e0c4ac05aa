package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.Spans.*;
import static org.stageboard.check.tradeoff.TradeoffReader.*;

import org.stageboard.check.tradeoff.CueScanner.Hit;

/** Options and conclusions: "X vs Y", "Option A … Option B", "options: a, b, c", "… → X", "trade-off: …". */
final class OptionForms extends ClauseReader {
    OptionForms(ClauseReader same) {
        super(same);
    }

    /** "X vs Y", "Option A", "options: a, b, c", "选方案二": options named, or one picked by its label. */
    void options(int i, String cue) {
        Hit h = hits.get(i);
        int[] l = left(i, false);
        int[] r = right(i);
        if (cue.endsWith(":") || LIST_INTROS.contains(cue)) {
            listedOptions(h.end());
            return;
        }
        if (l == null && r != null && !isOptionLabel(cue) && !cue.equals("or")) {
            found.set(Part.ALTERNATIVE, r); // "…, vs computing on the fly": the choice came first
            return;
        }
        if (isOptionLabel(cue) && i > 0
                && (hits.get(i - 1).kind() == CueKind.DECIDE || hits.get(i - 1).kind() == CueKind.ARROW)
                && h.start() - hits.get(i - 1).end() <= 2) {
            found.set(Part.CHOICE, new int[] {h.start(), h.end()}); // "选方案二"
        } else if (isOptionLabel(cue)) {
            found.options.add(new int[] {h.start(), h.end()}); // "Option B: …" is chosen as "B"
        } else if (l != null && r != null) {
            found.options.add(l);
            found.options.add(r);
        }
    }


    /** "options: batch, online, hybrid": each listed item is an option. */
    void listedOptions(int start) {
        int from = start; // "choices -> BM25, dense, hybrid": the list starts after its own arrow or colon
        while (from < sentence.end() && (" :：→".indexOf(s.charAt(from)) >= 0 || s.startsWith("->", from))) {
            from += s.startsWith("->", from) ? 2 : 1;
        }
        int a = from;
        int end = clauseEndOfList(from);
        for (int k = from; k <= end; k++) {
            if (k == end || ",，/、|和".indexOf(s.charAt(k)) >= 0 || s.startsWith(" or ", k)
                    || s.startsWith(" vs ", k) || s.startsWith(" или ", k) || s.startsWith(" and ", k)
                    || s.startsWith(" и ", k)) {
                int[] item = trim(s, a, k);
                if (item != null && found.options.size() >= 2 && containsKind(item, CueKind.QUALITY)) {
                    break; // "tried faiss and scann, scann 2x faster": a judged item ends the list
                }
                if (item != null && hasContent(s, item[0], item[1], defers)) {
                    found.options.add(item);
                }
                a = k + 1;
            }
        }
    }

    private int clauseEndOfList(int from) {
        for (int k = from; k < sentence.end(); k++) {
            char c = s.charAt(k);
            if (c == '.' || c == ';' || c == '；' || c == ':' || c == '：' || s.startsWith("->", k) || c == '→') {
                return k;
            }
        }
        return sentence.end();
    }

    /** "… → WAPE": the conclusion is the choice; "GBDT → DNN too slow": the defect makes the left the choice. */
    void arrow(int i) {
        Hit h = hits.get(i);
        if (i > 0 && hits.get(i - 1).kind() == CueKind.OPTIONS && h.start() - hits.get(i - 1).end() <= 2) {
            return; // "choices -> BM25, dense, hybrid" lists options
        }
        if (inPipeline(i)) {
            return; // "MT → правка → публикация", "召回→排序→重排": stages in order, not a conclusion
        }
        int[] r = right(i);
        if (r == null) {
            return;
        }
        if (containsKind(r, CueKind.DEFECT)) {
            found.set(Part.CHOICE, left(i, true));
            return;
        }
        if (onlyAQuality(r)) {
            found.set(Part.REASON, r); // "= 40k QPS → дорого", "batch → stale": a verdict on the left, no choice
            return;
        }
        if (Character.isDigit(s.charAt(r[0]))) {
            return; // "rules -> 22% auto-approved", "→ 9k alerts/day": what the left yields, measured, not a pick
        }
        int[] l = left(i, true);
        if (found.choice != null && found.alternative != null && found.reason == null && l != null
                && (overlaps(l, found.alternative) || overlaps(l, found.choice))) {
            found.set(Part.REASON, r); // "uplift, not propensity -> propensity targets …": why, after the pair
            return;
        }
        if (routes(l, r)) {
            return; // "超时 2 s -> 预设台词 fallback", "топ-150 -> КРО": where items or requests go, not an option taken
        }
        found.set(Part.CHOICE, r);
        if (l != null && found.reason == null && found.alternative != null && saysSomething(l)) {
            found.set(Part.REASON, l);
        }
    }

    /** A trigger (a timeout, an error) or a cut of the ranking ("top-200", "топ-150", "前 50") before an arrow. */
    private static final java.util.regex.Pattern ROUTED_FROM = java.util.regex.Pattern.compile(
            "(?:on |при )?(?:timeouts?|time-?outs?|errors?|fail\\w*|таймаут\\w*|ошибк\\w*|сбо\\w*|超时|失败|报错|异常|出错)"
            + "(?![\\p{L}])|(?:top|топ|前)\\s*-?\\s*\\d+");
    /** A fallback as the arrow's target: what runs when the main path fails. */
    private static final java.util.regex.Pattern FALLBACK = java.util.regex.Pattern.compile(
            "(?<![\\p{L}])(?:fallback|fall back|фолбэк|запасн\\w*)(?![\\p{L}])|兜底|降级");

    /**
     * The arrow routes rather than concludes: it starts from a trigger or a top-k cut, or ends in a fallback. "timeout
     * 2 s -> canned line", "top-150 -> inspectors" say where a request or a cut of the ranking goes; the words after
     * the arrow are no choice weighed against anything (an arrow after a reason, "Y too slow -> X", still picks X).
     */
    private boolean routes(int[] l, int[] r) {
        return l != null && ROUTED_FROM.matcher(s.substring(l[0], l[1]).strip()).lookingAt()
                || FALLBACK.matcher(s.substring(r[0], r[1])).find();
    }

    private static boolean overlaps(int[] a, int[] b) {
        return a[0] < b[1] && b[0] < a[1];
    }

    /**
     * Whether the words before an arrow can be its reason: a quality, a defect, a number or a clause of some length; a short
     * topic label ("workout recs -> rules over RL") only names what the box is about.
     */
    private boolean saysSomething(int[] l) {
        if (containsKind(l, CueKind.QUALITY) || containsKind(l, CueKind.DEFECT) || containsKind(l, CueKind.REASON)) {
            return true;
        }
        String t = s.substring(l[0], l[1]);
        if (t.chars().anyMatch(Character::isDigit)) {
            return true; // "kappa 0.41 -> in-house moderators": a measurement
        }
        long cjk = t.codePoints().filter(org.stageboard.text.Scripts::isCjk).count();
        return cjk >= 6 || t.split("\\s+").length >= 4;
    }

    /** An arrow chained to another arrow by a plain segment (no clause boundary, no other cue between them). */
    private boolean inPipeline(int i) {
        return chained(i - 1, i) || chained(i, i + 1);
    }

    private boolean chained(int a, int b) {
        if (a < 0 || b >= hits.size() || hits.get(a).kind() != CueKind.ARROW || hits.get(b).kind() != CueKind.ARROW) {
            return false;
        }
        for (int k = hits.get(a).end(); k < hits.get(b).start(); k++) {
            if (isBoundary(s, k) || s.charAt(k) == '.') {
                return false;
            }
        }
        return true;
    }

    /** "Trade-off: batch is cheap, online is fresh": content weighing two qualities states one by itself. */
    void weigh(int i) {
        Hit h = hits.get(i);
        int[] r = toSentenceEnd(h.end());
        int[] clause = right(i);
        if (r == null) {
            return;
        }
        int qualities = 0;
        for (Hit q : hits) {
            if (q.kind() == CueKind.QUALITY && q.start() >= r[0] && !deferredClause(q)) {
                qualities++;
            }
        }
        found.set(Part.ALTERNATIVE, clause != null ? clause : r);
        if (qualities >= 2) {
            found.set(Part.CHOICE, r);
            found.set(Part.REASON, r);
        }
    }

    /** Quality words that judge what the arrow leaves ("→ дорого"), unlike "→ real-time", which names an option. */
    private static final java.util.Set<String> ARROW_VERDICTS = java.util.Set.of("slow", "expensive", "costly",
            "pricey", "stale", "noisy", "heavy", "cheap", "fast", "дорого", "медленно", "долго", "дешево", "быстро",
            "贵", "慢", "快", "便宜");

    /** True when span {@code r} is one judging quality word and nothing else ("дорого", "slow", "贵"). */
    private boolean onlyAQuality(int[] r) {
        for (Hit q : hits) {
            if (q.kind() == CueKind.QUALITY && q.start() == r[0] && q.end() == r[1]) {
                return ARROW_VERDICTS.contains(s.substring(r[0], r[1]));
            }
        }
        return false;
    }
}
