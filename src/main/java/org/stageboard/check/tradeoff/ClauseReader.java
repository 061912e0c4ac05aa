package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.Spans.*;
import static org.stageboard.check.tradeoff.TradeoffReader.*;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.check.tradeoff.Sentences.Sentence;

/**
 * What the readers of one sentence share: the text, the sentence, its cues, and the parts found so far; and how to
 * find the words on either side of a cue, clause by clause. Each form family ({@link ComparisonForms},
 * {@link OptionForms}, {@link CostForms}, {@link ReasonForms}) reads its cues into the same {@link FoundParts}.
 */
abstract class ClauseReader {
    final String s;
    final Sentence sentence;
    final List<Hit> hits;
    /** The deferrals among the hits (usually none), checked for every candidate span. */
    final List<Hit> defers;
    final FoundParts found;

    /** A reader of {@code sentence} of {@code norm}, keeping the cues that fall inside it. */
    ClauseReader(String norm, Sentence sentence, List<Hit> all) {
        this.s = norm;
        this.sentence = sentence;
        this.hits = new ArrayList<>();
        this.defers = new ArrayList<>(0);
        this.found = new FoundParts();
        for (Hit h : all) {
            if (h.start() >= sentence.start() && h.end() <= sentence.end()) {
                hits.add(h);
                if (h.kind() == CueKind.DEFER) {
                    defers.add(h);
                }
            }
        }
    }

    /** Another reader of the same sentence, sharing its cues and the parts found. */
    ClauseReader(ClauseReader same) {
        this.s = same.s;
        this.sentence = same.sentence;
        this.hits = same.hits;
        this.defers = same.defers;
        this.found = same.found;
    }

    /** The words left of cue {@code i} in its clause (after any earlier cue); else, if allowed, the previous clause. */
    int[] left(int i, boolean previousClause) {
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
        if (trim(s, start, b) == null && start > 0 && ")）".indexOf(s.charAt(start - 1)) >= 0) {
            start = besideAside(start - 1); // "uplift (T-learner), not propensity": the option with its aside
        }
        int[] prev = trim(s, start, b);
        return prev != null && hasContent(s, prev[0], prev[1], defers) ? prev : null;
    }

    /** The start of the clause holding the option that the bracket closing at {@code close} describes. */
    private int besideAside(int close) {
        int open = close;
        while (open > sentence.start() && "(（".indexOf(s.charAt(open)) < 0) {
            open--;
        }
        return "(（".indexOf(s.charAt(open)) < 0 ? close + 1 : clauseOrSentenceStartBefore(open);
    }

    /** The words right of cue {@code i} up to the end of its clause or the next cue. */
    int[] right(int i) {
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

    int[] nextClause(int from) {
        int a = from;
        while (a < sentence.end() && (BOUNDARY.indexOf(s.charAt(a)) >= 0 || s.charAt(a) == ' ')) {
            a++;
        }
        int[] span = trim(s, a, clauseEnd(a));
        return span != null && hasContent(s, span[0], span[1], defers) ? span : null;
    }

    int[] toSentenceEnd(int from) {
        int[] span = trim(s, from, sentence.end());
        return span != null && hasContent(s, span[0], span[1], defers) && !deferred(span) ? span : null;
    }

    /** The reason after a cue or mark at {@code from}: {@link #toSentenceEnd}, a modal word inside it allowed. */
    int[] reasonToSentenceEnd(int from) {
        int[] span = trim(s, from, sentence.end());
        return span != null && hasContent(s, span[0], span[1], defers) && !deferredReason(span, span[0]) ? span : null;
    }

    int clauseOrSentenceStartBefore(int pos) {
        for (int k = pos - 1; k >= sentence.start(); k--) {
            if (isBoundary(s, k) || s.startsWith("->", k) || s.startsWith(" - ", k)) {
                return k + 1;
            }
        }
        return sentence.start();
    }

    int clauseEnd(int pos) {
        for (int k = pos; k < sentence.end(); k++) {
            if (isBoundary(s, k) || s.startsWith("->", k) || s.startsWith("=>", k)
                    || s.startsWith(" - ", k)) {
                return k;
            }
        }
        return sentence.end();
    }

    /**
     * True when the clause around {@code h} defers ("maybe later", "TBD", "потом", "待定"). After a reason or a defect
     * cue a modal word says what an option would do ("because Y might leak labels", "Y 可能漏掉"), not that the
     * decision waits, so only what comes before such a cue counts there.
     */
    boolean deferredClause(Hit h) {
        int a = clauseOrSentenceStartBefore(h.start());
        int b = clauseEnd(h.end());
        if (h.kind() == CueKind.REASON || h.kind() == CueKind.DEFECT) {
            return deferredReason(new int[] {a, b}, h.start());
        }
        return deferred(new int[] {a, b});
    }

    /**
     * Whether a reason span defers: a deferral anywhere in it ("reason: TBD", "because we decide later"), except a
     * modal word after {@code reasonStart} ("…: the kids may not renew", "…可能不续", "…может протечь"), which
     * describes the world the reason is about.
     */
    boolean deferredReason(int[] span, int reasonStart) {
        for (Hit d : defers) {
            if (d.start() >= span[0] && d.end() <= span[1]
                    && !(d.start() > reasonStart && MODALS.contains(s.substring(d.start(), d.end())))) {
                return true;
            }
        }
        return false;
    }

    /** Deferral cues that are also plain modal words inside a reason: "might", "可能", "может". */
    private static final Set<String> MODALS = Set.of("may", "might", "maybe", "perhaps", "可能",
            "也许", "或许", "может", "возможно", "наверное");

    boolean deferred(int[] span) {
        for (Hit d : defers) {
            if (d.start() >= span[0] && d.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** "防止泄漏", "чтобы не было утечки", "to avoid leakage": the defect is what the choice avoids, no option's. */
    boolean avoids(int[] subject) {
        String t = s.substring(subject[0], subject[1]);
        for (String w : AVOIDING) {
            if (t.endsWith(w)) {
                return true;
            }
        }
        return false;
    }

    boolean isPronoun(int[] span) {
        return PRONOUNS.contains(s.substring(span[0], span[1]).strip());
    }

    /** "of on-device inference" → "on-device inference". */
    int[] stripOf(int[] span) {
        for (String p : new String[] {"of ", "is ", "is that ", "that "}) {
            if (s.startsWith(p, span[0]) && span[1] - span[0] > p.length()) {
                return trim(s, span[0] + p.length(), span[1]);
            }
        }
        return span;
    }

    /** "batch is" → "batch": the linking verb is not part of the option. */
    int[] stripLinkingVerb(int[] span) {
        String t = s.substring(span[0], span[1]);
        for (String v : new String[] {" is", " are", " would be", " was", " будет", " —", " -"}) {
            if (t.endsWith(v) && t.length() > v.length()) {
                return trim(s, span[0], span[1] - v.length());
            }
        }
        return span;
    }

    boolean containsKind(int[] span, CueKind kind) {
        for (Hit h : hits) {
            if (h.kind() == kind && h.start() >= span[0] && h.end() <= span[1]) {
                return true;
            }
        }
        return false;
    }

    /** "Option B", "方案二", "вариант 2", "b)": a labelled option. */
    static boolean isOptionLabel(String cue) {
        return cue.startsWith("option ") || cue.startsWith("方案") || cue.startsWith("вариант ")
                || cue.endsWith(")");
    }
}
