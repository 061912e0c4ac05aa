package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.TradeoffReader.*;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.text.Scripts;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.check.tradeoff.Sentences.Sentence;

/** Turns the cues of one sentence into spans for the three parts. */
final class SentenceReader {
    private final String s;
    private final Sentence sentence;
    private final List<Hit> hits = new ArrayList<>();
    /** The deferrals among the hits (usually none), checked for every candidate span. */
    private final List<Hit> defers = new ArrayList<>(0);
    private final FoundParts found = new FoundParts();

    SentenceReader(String norm, Sentence sentence, List<Hit> all) {
        this.s = norm;
        this.sentence = sentence;
        for (Hit h : all) {
            if (h.start() >= sentence.start() && h.end() <= sentence.end()) {
                hits.add(h);
                if (h.kind() == CueKind.DEFER) {
                    defers.add(h);
                }
            }
        }
    }

    FoundParts read() {
        List<Hit> qualities = new ArrayList<>();
        List<Integer> weak = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            Hit h = hits.get(i);
            if (deferredClause(h)) {
                continue; // "maybe online later", "reason: TBD" decide nothing
            }
            if (h.kind() == CueKind.WEIGH || h.kind() == CueKind.CONTRAST || h.kind() == CueKind.ARROW) {
                weak.add(i); // read last: they only fill in what the sharper cues left open
                continue;
            }
            String cue = s.substring(h.start(), h.end());
            switch (h.kind()) {
                case DECIDE -> {
                    int[] r = right(i);
                    found.set(Part.CHOICE, r != null ? r : left(i, false));
                }
                case PREFER -> prefer(i, cue);
                case BEATS -> {
                    int[] l = left(i, true);
                    int[] r = right(i);
                    if (l != null || r != null) {
                        found.set(Part.CHOICE, l);
                        boolean on = r != null && (s.startsWith("on ", r[0]) || s.startsWith("in ", r[0]));
                        int ground = r == null || on ? -1 : groundOfTheWin(r);
                        if (ground > 0) { // "X wins over Y on AUC", "X бьёт Y по recall": the ground is the reason
                            found.set(Part.ALTERNATIVE, trim(s, r[0], ground));
                            found.set(Part.REASON, trim(s, ground, r[1]));
                        } else {
                            found.set(on ? Part.REASON : Part.ALTERNATIVE, r);
                        }
                    }
                }
                case LOSES -> {
                    int[] l = left(i, true);
                    int[] r = right(i);
                    if (l != null && r != null) {
                        found.set(Part.ALTERNATIVE, l);
                        found.set(Part.CHOICE, r);
                        if (!SWAP_ONLY.contains(cue)) {
                            found.set(Part.REASON, new int[] {h.start(), h.end()});
                        }
                    }
                }
                case THAN -> than(i, cue);
                case VERSUS_NAMED -> {
                    int[] r = right(i);
                    if (r != null) {
                        found.set(Part.ALTERNATIVE, r);
                        boolean leading = s.substring(sentence.start(), h.start()).isBlank();
                        int[] l = leading ? null : left(i, true);
                        int[] next = nextClause(r[1]);
                        if (l != null && next != null) {
                            found.set(Part.REASON, next); // "X: unlike Y, no GPU needed"
                            next = null;
                        }
                        found.set(Part.CHOICE, l != null ? l : next);
                        if (next != null) { // "compared with Y, X is cheaper": the quality inside X is the reason
                            for (Hit q : hits) {
                                if (q.kind() == CueKind.QUALITY && inside(q, next)) {
                                    found.set(Part.REASON, new int[] {q.start(), next[1]});
                                    break;
                                }
                            }
                        }
                    }
                }
                case OPTIONS -> {
                    int[] l = left(i, false);
                    int[] r = right(i);
                    if (cue.endsWith(":") || LIST_INTROS.contains(cue)) {
                        listedOptions(h.end());
                        break;
                    }
                    if (l == null && r != null && !isOptionLabel(cue) && !cue.equals("or")) {
                        found.set(Part.ALTERNATIVE, r); // "…, vs computing on the fly": the choice came first
                        break;
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
                case REJECT -> {
                    int[] r = right(i);
                    int[] alt = r != null ? r : left(i, false);
                    if (alt != null) {
                        found.set(Part.ALTERNATIVE, alt);
                        found.altNeedsChoiceFromContext = true;
                        int[] l = r != null && !SWITCH_FROM.contains(cue) ? left(i, false) : null;
                        if (l != null && !isPronoun(l)) {
                            found.set(Part.CHOICE, l); // "召回看 recall@k 不看 ndcg": the clause's own subject
                        }
                    }
                }
                case DEFECT -> {
                    int end = clauseEnd(h.end());
                    found.set(Part.REASON, trim(s, h.start(), end));
                    int[] subject = left(i, true);
                    if (subject != null && !isPronoun(subject) && !avoids(subject)) {
                        found.set(Part.ALTERNATIVE, subject);
                        found.altNeedsChoiceFromContext = true;
                    }
                }
                case REASON -> {
                    int[] r = toSentenceEnd(h.end());
                    if (r != null) {
                        found.set(Part.REASON, r);
                        if (OTHERWISE.contains(cue)) {
                            found.set(Part.ALTERNATIVE, r); // "X, else recruiters get spammed": not-X is weighed
                            found.altNeedsChoiceFromContext = true;
                        }
                    }
                }
                case CONSEQUENCE -> {
                    int[] r = right(i);
                    int[] l = left(i, true);
                    if (OTHERWISE.contains(cue) || found.choice != null && found.alternative != null) {
                        // "X instead of Y, so we can explain it": what follows is the reason
                        found.set(Part.REASON, toSentenceEnd(h.end()));
                        if (OTHERWISE.contains(cue)) {
                            found.set(Part.ALTERNATIVE, toSentenceEnd(h.end()));
                            found.altNeedsChoiceFromContext = true;
                        }
                    } else if (l != null) {
                        found.set(Part.REASON, l);
                        found.set(Part.CHOICE, r);
                    }
                }
                case COST -> {
                    if (costFrame(i, cue)) {
                        break;
                    }
                    int[] l = left(i, true);
                    int[] r = right(i);
                    if (r != null && (l != null || h.start() > sentence.start())) {
                        found.set(Part.CHOICE, l != null && !isPronoun(l) ? l : r);
                        found.set(Part.ALTERNATIVE, r);
                        found.set(Part.REASON, new int[] {h.start(), h.end()});
                    } else if (r != null) {
                        // "Downside of on-device: updates ship with releases": the frame names choice and price
                        int[] rest = toSentenceEnd(h.end());
                        int[] price = nextClause(r[1]);
                        found.set(Part.CHOICE, stripOf(r));
                        found.set(Part.ALTERNATIVE, price != null ? price : rest);
                        found.set(Part.REASON, new int[] {h.start(), rest[1]});
                    }
                }
                case QUALITY -> {
                    qualities.add(h);
                    ruComparative(i, cue);
                }
                default -> {
                }
            }
        }
        for (int i : weak) {
            switch (hits.get(i).kind()) {
                case WEIGH -> weigh(i);
                case ARROW -> arrow(i);
                default -> contrast(i);
            }
        }
        // a quality counts as the reason unless it is part of the very option it would justify
        if (found.reason == null) {
            for (Hit q : qualities) {
                if (!inside(q, found.choice) && !inside(q, found.alternative) && !deferredClause(q)
                        && !insideAny(q, found.options)) {
                    found.set(Part.REASON, new int[] {q.start(), q.end()});
                    break;
                }
            }
        }
        punctuationReason();
        collectQualityClauses();
        return found;
    }

    /** Where "on"/"по"/"在" opens the ground of a win inside span {@code r} ("LR on AUC"), or -1. */
    private int groundOfTheWin(int[] r) {
        for (String w : new String[] {" on ", " по ", " in "}) {
            int at = s.indexOf(w, r[0]);
            if (at > r[0] && at + w.length() < r[1]) {
                return at + 1;
            }
        }
        return -1;
    }

    /** "X instead of Y", "X, not Y"; at the start of a sentence, "instead of Y, X". */
    private void prefer(int i, String cue) {
        Hit h = hits.get(i);
        int[] r = right(i);
        if (r == null) {
            return;
        }
        boolean leading = s.substring(sentence.start(), h.start()).isBlank();
        if (leading && LEADING_PREFER.contains(cue)) {
            found.set(Part.ALTERNATIVE, r);
            found.set(Part.CHOICE, nextClause(r[1]));
            return;
        }
        int[] l = left(i, true);
        if (l != null) {
            found.set(Part.CHOICE, l);
            found.set(Part.ALTERNATIVE, r);
        }
    }

    /** "X cheaper than Y", "X 比 Y 便宜", "X дешевле, чем Y": the comparative is the reason. */
    private void than(int i, String cue) {
        Hit h = hits.get(i);
        if (cue.equals("比")) {
            int[] l = left(i, false);
            int q = h.end() + 1; // the compared option has at least one character: "比大模型快"
            while (q < sentence.end() && ZH_QUALITY_HEADS.indexOf(s.charAt(q)) < 0) {
                q++;
            }
            int[] alt = trim(s, h.end(), q);
            if (l != null && alt != null) {
                found.set(Part.CHOICE, l);
                found.set(Part.ALTERNATIVE, alt);
                int[] why = trim(s, q, clauseEnd(q));
                if (why != null && !BARE_VERDICTS.contains(s.substring(why[0], why[1]))) {
                    found.set(Part.REASON, why); // "比 IVF 强" says which wins, not why
                }
            }
            return;
        }
        int[] r = right(i);
        int[] l = left(i, true);
        if (r == null || l == null) {
            return;
        }
        // the word just before "than" is the comparative ("cheaper", "дешевле"); "more accurate" keeps two
        int cut = l[1];
        while (cut > l[0] && CueScanner.isWordChar(s.charAt(cut - 1))) {
            cut--;
        }
        String before = CueGuards.wordBefore(s, cut);
        if (before.equals("more") || before.equals("less") || before.equals("более") || before.equals("менее")) {
            cut = s.lastIndexOf(before, cut);
        }
        int[] choice = trim(s, l[0], cut);
        if (choice == null && l[0] > sentence.start()) {
            // "Real-time scoring, cheaper than a GPU farm": the subject is the clause before
            int b = clauseOrSentenceStartBefore(l[0]) - 1;
            if (b >= sentence.start()) {
                choice = trim(s, clauseOrSentenceStartBefore(b), b);
            }
        }
        found.set(Part.ALTERNATIVE, r);
        found.set(Part.REASON, new int[] {cut, l[1]});
        if (choice != null && !isPronoun(choice)) {
            found.set(Part.CHOICE, stripLinkingVerb(choice));
        } else {
            found.altNeedsChoiceFromContext = true; // "Online on 3 servers; cheaper than batch rebuilds."
        }
    }

    /**
     * "trade some accuracy for latency" (price, then gain) and "以召回率为代价换取精确率" (price before the cue):
     * frames whose halves are not choice-then-alternative.
     */
    private boolean costFrame(int i, String cue) {
        Hit h = hits.get(i);
        if (cue.startsWith("trad")) {
            int end = clauseEnd(h.end());
            int f = s.indexOf(" for ", h.end());
            if (f < 0 || f >= end) {
                return false;
            }
            int[] price = trim(s, h.end(), f);
            int[] gain = trim(s, f + 5, end);
            if (price != null && gain != null) {
                found.set(Part.ALTERNATIVE, price);
                found.set(Part.REASON, gain);
                int[] by = trim(s, Math.max(gain[0], s.indexOf(" by ", gain[0]) + 4), gain[1]);
                found.set(Part.CHOICE, s.indexOf(" by ", gain[0]) >= 0 && by != null ? by : gain);
            }
            return true;
        }
        if (cue.equals("为代价")) {
            int[] price = left(i, false);
            int[] gain = trim(s, h.end(), clauseEnd(h.end()));
            if (gain != null && (s.startsWith("换取", gain[0]) || s.startsWith("换来", gain[0]))) {
                gain = trim(s, gain[0] + 2, gain[1]);
            }
            if (price != null && s.charAt(price[0]) == '以') {
                price = trim(s, price[0] + 1, price[1]);
            }
            if (price != null) {
                found.set(Part.ALTERNATIVE, price);
                found.set(Part.REASON, new int[] {h.start(), gain != null ? gain[1] : h.end()});
                found.set(Part.CHOICE, gain != null ? gain : left(i, true));
            }
            return true;
        }
        return false;
    }

    private void collectQualityClauses() {
        int a = sentence.start();
        for (int k = sentence.start(); k <= sentence.end(); k++) {
            if (k == sentence.end() || isBoundary(s, k)) {
                boolean quality = false;
                boolean other = false;
                for (Hit h : hits) {
                    if (h.start() >= a && h.end() <= k) {
                        quality |= h.kind() == CueKind.QUALITY;
                        other |= h.kind() != CueKind.QUALITY;
                    }
                }
                int[] span = trim(s, a, k);
                if (quality && !other && span != null) {
                    found.qualityClauses.add(span);
                }
                a = k + 1;
            }
        }
    }

    /** "… → WAPE": the conclusion is the choice; "GBDT → DNN too slow": the defect makes the left the choice. */
    private void arrow(int i) {
        Hit h = hits.get(i);
        if (i > 0 && hits.get(i - 1).kind() == CueKind.OPTIONS && h.start() - hits.get(i - 1).end() <= 2) {
            return; // "choices -> BM25, dense, hybrid" lists options
        }
        int[] r = right(i);
        if (r == null) {
            return;
        }
        if (containsKind(r, CueKind.DEFECT)) {
            found.set(Part.CHOICE, left(i, true));
            return;
        }
        found.set(Part.CHOICE, r);
        int[] l = left(i, true);
        if (l != null && found.reason == null && found.alternative != null) {
            found.set(Part.REASON, l);
        }
    }

    static boolean isOptionLabel(String cue) {
        return cue.startsWith("option ") || cue.startsWith("方案") || cue.startsWith("вариант ")
                || cue.endsWith(")");
    }

    /** "options: batch, online, hybrid": each listed item is an option. */
    private void listedOptions(int start) {
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

    private boolean containsKind(int[] span, CueKind kind) {
        for (Hit h : hits) {
            if (h.kind() == kind && h.start() >= span[0] && h.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** "X надёжнее случайного", "полнота важнее точности": a Russian comparative before a noun names both. */
    private void ruComparative(int i, String cue) {
        if (!RU_COMPARATIVE.matcher(cue).matches() || cue.equals("более") || cue.equals("менее")) {
            return;
        }
        Hit h = hits.get(i);
        String next = CueGuards.wordAfter(s, h.end());
        if (next.isEmpty() || Character.isDigit(next.charAt(0)) || RU_NOT_NOUN.contains(next)
                || s.substring(h.end()).startsWith(",")) {
            return;
        }
        int[] l = left(i, true);
        int[] r = right(i);
        if (l != null && r != null) {
            found.set(Part.CHOICE, l);
            found.set(Part.ALTERNATIVE, r);
            found.set(Part.REASON, new int[] {h.start(), h.end()});
        }
    }

    /** "Trade-off: batch is cheap, online is fresh": content weighing two qualities states one by itself. */
    private void weigh(int i) {
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

    /** "fresher but pricier", "准但慢", "точнее, но дороже": a bare "but" with no qualities weighs nothing. */
    private void contrast(int i) {
        Hit h = hits.get(i);
        Hit before = null;
        Hit after = null;
        for (Hit q : hits) {
            if (q.kind() != CueKind.QUALITY && q.kind() != CueKind.DEFECT
                    || isMetricNoun(s.substring(q.start(), q.end()))) {
                continue; // "precision matters but so does recall" weighs nothing
            }
            if (q.end() <= h.start() && q.start() >= sentence.start()) {
                before = q;
            } else if (q.start() >= h.end() && after == null && q.start() < clauseEnd(h.end()) + 1) {
                after = q;
            }
        }
        if (before == null || after == null || deferredClause(after)) {
            return;
        }
        int subjectStart = clauseOrSentenceStartBefore(before.start());
        int[] subject = trim(s, subjectStart, before.start());
        found.set(Part.CHOICE, subject != null ? stripLinkingVerb(subject) : new int[] {before.start(),
            before.end()});
        found.set(Part.REASON, new int[] {before.start(), h.start()});
        found.set(Part.ALTERNATIVE, trim(s, h.start(), clauseEnd(after.end())));
    }

    /**
     * "X, not Y: cheaper", "X (Y needs 10x the data)", "X, а не Y — дешевле": content after a colon, dash,
     * bracket or arrow that follows the alternative is its reason.
     */
    private void punctuationReason() {
        if (found.reason != null || found.alternative == null || found.choice == null) {
            return;
        }
        int from = Math.max(found.alternative[1], found.choice[1]);
        for (int k = from; k < sentence.end(); k++) {
            char c = s.charAt(k);
            boolean mark = ":：(（—–→⇒,，;；".indexOf(c) >= 0 || s.startsWith("->", k) || s.startsWith("=>", k)
                    || s.startsWith(" - ", k);
            if (mark) {
                int a = k + (s.startsWith(" - ", k) ? 3 : s.startsWith("->", k) || s.startsWith("=>", k) ? 2 : 1);
                int[] span = trim(s, a, clauseEndAfterMark(a));
                if (span != null && hasContent(s, span[0], span[1], defers) && !deferred(span)
                        && !restatesAnOption(span) && ADDITIONS.stream().noneMatch(w -> s.startsWith(w, span[0]))) {
                    found.set(Part.REASON, span);
                }
                return;
            }
        }
    }

    /** "Batch vs online: batch, …": a clause that only repeats an option is the choice, not a reason. */
    private boolean restatesAnOption(int[] span) {
        String t = s.substring(span[0], span[1]);
        if (t.length() > 24) {
            return false;
        }
        for (int[] o : found.options) {
            if (s.substring(o[0], o[1]).contains(t)) {
                return true;
            }
        }
        return found.choice != null && s.substring(found.choice[0], found.choice[1]).contains(t);
    }

    private int clauseEndAfterMark(int a) {
        for (int k = a; k < sentence.end(); k++) {
            if (")）;；".indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return sentence.end();
    }

    /** The words left of cue {@code i} in its clause (after any earlier cue); else, if allowed, the previous clause. */
    private int[] left(int i, boolean previousClause) {
        Hit h = hits.get(i);
        int lo = clauseOrSentenceStartBefore(h.start());
        for (int k = i - 1; k >= 0; k--) {
            Hit p = hits.get(k);
            if (p.kind() != CueKind.QUALITY && p.end() <= h.start()) {
                lo = Math.max(lo, p.end());
                break;
            }
        }
        int[] span = trim(s, lo, h.start());
        if (span != null && hasContent(s, span[0], span[1], defers)) {
            return span;
        }
        if (!previousClause || lo <= sentence.start() || lo != clauseOrSentenceStartBefore(h.start())) {
            return null;
        }
        int b = lo - 1; // the boundary that opened this clause
        int start = clauseOrSentenceStartBefore(b);
        int[] prev = trim(s, start, b);
        return prev != null && hasContent(s, prev[0], prev[1], defers) ? prev : null;
    }

    /** The words right of cue {@code i} up to the end of its clause or the next cue. */
    private int[] right(int i) {
        Hit h = hits.get(i);
        int from = h.end();
        if (i + 1 < hits.size() && hits.get(i + 1).kind() == CueKind.DECIDE && h.kind() != CueKind.DECIDE
                && hits.get(i + 1).start() - h.end() <= 1) {
            from = hits.get(i + 1).end(); // "而不是用全部曝光", "instead of using Y": the verb is not the option
            i++;
        }
        int hi = clauseEnd(from);
        for (int k = i + 1; k < hits.size(); k++) {
            Hit n = hits.get(k);
            if (n.kind() != CueKind.QUALITY && n.start() >= h.end()
                    && !(n.kind() == CueKind.OPTIONS && isOptionLabel(s.substring(n.start(), n.end())))) {
                hi = Math.min(hi, n.start());
                break;
            }
        }
        int[] span = trim(s, from, hi);
        return span != null && hasContent(s, span[0], span[1], defers) && !deferred(span) ? span : null;
    }

    private int[] nextClause(int from) {
        int a = from;
        while (a < sentence.end() && (BOUNDARY.indexOf(s.charAt(a)) >= 0 || s.charAt(a) == ' ')) {
            a++;
        }
        int[] span = trim(s, a, clauseEnd(a));
        return span != null && hasContent(s, span[0], span[1], defers) ? span : null;
    }

    private int[] toSentenceEnd(int from) {
        int[] span = trim(s, from, sentence.end());
        return span != null && hasContent(s, span[0], span[1], defers) && !deferred(span) ? span : null;
    }

    private int clauseOrSentenceStartBefore(int pos) {
        for (int k = pos - 1; k >= sentence.start(); k--) {
            if (isBoundary(s, k) || s.startsWith("->", k) || s.startsWith(" - ", k)) {
                return k + 1;
            }
        }
        return sentence.start();
    }

    private int clauseEnd(int pos) {
        for (int k = pos; k < sentence.end(); k++) {
            if (isBoundary(s, k) || s.startsWith("->", k) || s.startsWith("=>", k)
                    || s.startsWith(" - ", k)) {
                return k;
            }
        }
        return sentence.end();
    }

    /** True when the clause around {@code h} defers ("maybe later", "TBD", "потом", "待定"). */
    private boolean deferredClause(Hit h) {
        int a = clauseOrSentenceStartBefore(h.start());
        int b = clauseEnd(h.end());
        return deferred(new int[] {a, b});
    }

    private boolean deferred(int[] span) {
        for (Hit d : defers) {
            if (d.start() >= span[0] && d.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** "防止泄漏", "чтобы не было утечки", "to avoid leakage": the defect is what the choice avoids, no option's. */
    private boolean avoids(int[] subject) {
        String t = s.substring(subject[0], subject[1]);
        for (String w : AVOIDING) {
            if (t.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    private boolean isPronoun(int[] span) {
        return PRONOUNS.contains(s.substring(span[0], span[1]).strip());
    }

    /** "of on-device inference" → "on-device inference". */
    private int[] stripOf(int[] span) {
        for (String p : new String[] {"of ", "is ", "is that ", "that "}) {
            if (s.startsWith(p, span[0]) && span[1] - span[0] > p.length()) {
                return trim(s, span[0] + p.length(), span[1]);
            }
        }
        return span;
    }

    /** "batch is" → "batch": the linking verb is not part of the option. */
    private int[] stripLinkingVerb(int[] span) {
        String t = s.substring(span[0], span[1]);
        for (String v : new String[] {" is", " are", " would be", " was", " будет", " —", " -"}) {
            if (t.endsWith(v) && t.length() > v.length()) {
                return trim(s, span[0], span[1] - v.length());
            }
        }
        return span;
    }

    private static boolean inside(Hit h, int[] span) {
        return span != null && h.start() >= span[0] && h.end() <= span[1];
    }

    private static boolean insideAny(Hit h, List<int[]> spans) {
        for (int[] sp : spans) {
            if (inside(h, sp)) {
                return true;
            }
        }
        return false;
    }

    /** [a, b) without surrounding spaces and punctuation, or null when nothing is left. */
    static int[] trim(String s, int a, int b) {
        while (a < b && !Character.isLetterOrDigit(s.charAt(a))) {
            a++;
        }
        while (b > a && !Character.isLetterOrDigit(s.charAt(b - 1)) && s.charAt(b - 1) != ')'
                && s.charAt(b - 1) != '%') {
            b--;
        }
        return a < b ? new int[] {a, b} : null;
    }

    /** Real content: a Chinese character, or a Latin/Cyrillic word of two letters or a number, not a pronoun or cue only. */
    static boolean hasContent(String s, int a, int b, List<Hit> hits) {
        int i = a;
        while (i < b) {
            char c = s.charAt(i);
            if (Scripts.isCjk(c)) {
                if (!coveredByCue(hits, i, CueKind.DEFER)) {
                    return true;
                }
                i++;
                continue;
            }
            if (Character.isLetterOrDigit(c)) {
                int e = i;
                while (e < b && (Character.isLetterOrDigit(s.charAt(e)) || s.charAt(e) == '\'')) {
                    e++;
                }
                String w = s.substring(i, e);
                boolean variant = i > 0 && s.charAt(i - 1) == '-'; // "YOLOv8-n instead of -m"
                if ((w.length() >= 2 || Character.isDigit(c) || variant) && !PRONOUNS.contains(w)
                        && !coveredByCue(hits, i, CueKind.DEFER)) {
                    return true;
                }
                i = e;
                continue;
            }
            i++;
        }
        return false;
    }

    private static boolean coveredByCue(List<Hit> hits, int pos, CueKind kind) {
        for (Hit h : hits) {
            if (h.kind() == kind && h.start() <= pos && pos < h.end()) {
                return true;
            }
        }
        return false;
    }
}
