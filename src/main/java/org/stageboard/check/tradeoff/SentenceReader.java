package org.stageboard.check.tradeoff;

import static org.stageboard.check.tradeoff.Spans.*;
import static org.stageboard.check.tradeoff.TradeoffReader.*;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.check.tradeoff.CueScanner.Hit;
import org.stageboard.check.tradeoff.Sentences.Sentence;

/**
 * Turns the cues of one sentence into spans for the three parts: hands each cue, left to right, to the reader of
 * its form family, reads the weak cues (weighing, "but", arrows) last, and falls back on a quality as the reason.
 * Decisions, preferences and rejections are read here; the other families live in {@link ComparisonForms},
 * {@link OptionForms}, {@link CostForms} and {@link ReasonForms}.
 */
final class SentenceReader extends ClauseReader {
    private final ComparisonForms comparisons = new ComparisonForms(this);
    private final OptionForms options = new OptionForms(this);
    private final CostForms costs = new CostForms(this);
    private final ReasonForms reasons = new ReasonForms(this);

    SentenceReader(String norm, Sentence sentence, List<Hit> all) {
        super(norm, sentence, all);
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
                case DECIDE -> decide(i);
                case PREFER -> prefer(i, cue);
                case REJECT -> reject(i, cue);
                case BEATS -> comparisons.beats(i);
                case LOSES -> comparisons.loses(i, cue);
                case THAN -> comparisons.than(i, cue);
                case VERSUS_NAMED -> comparisons.versusNamed(i);
                case OPTIONS -> options.options(i, cue);
                case DEFECT -> reasons.defect(i);
                case REASON -> reasons.reason(i, cue);
                case CONSEQUENCE -> reasons.consequence(i, cue);
                case COST -> costs.cost(i, cue);
                case QUALITY -> {
                    qualities.add(h);
                    comparisons.ruComparative(i, cue);
                }
                default -> {
                }
            }
        }
        for (int i : weak) {
            switch (hits.get(i).kind()) {
                case WEIGH -> options.weigh(i);
                case ARROW -> options.arrow(i);
                default -> costs.contrast(i);
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
        reasons.punctuationReason();
        collectQualityClauses();
        return found;
    }

    /** "went with X", "选 X", "выбрали X": the words after the verb (else before it) are the choice. */
    private void decide(int i) {
        int[] r = right(i);
        if (r != null && s.startsWith("предпоч", hits.get(i).start()) && preferredToDative(r)) {
            return;
        }
        int end = hits.get(i).end();
        if (r == null && end < sentence.end() && ":：".indexOf(s.charAt(end)) >= 0) {
            r = nextClause(end + 1); // round 17: «решили: одна модель на регион», "决定：每个大区一个": the clause after the colon
        }
        found.set(Part.CHOICE, r != null ? r : left(i, false));
    }

    /**
     * «предпочитаем точность полноте»: Russian prefers A (accusative) to B (dative), so a last word in the dative
     * is the alternative.
     */
    private boolean preferredToDative(int[] r) {
        int last = s.lastIndexOf(' ', r[1] - 1);
        if (last <= r[0] || !RU_DATIVE.matcher(s.substring(last + 1, r[1])).matches()) {
            return false;
        }
        found.set(Part.CHOICE, trim(s, r[0], last));
        found.set(Part.ALTERNATIVE, trim(s, last + 1, r[1]));
        return true;
    }

    private static final java.util.regex.Pattern RU_DATIVE = java.util.regex.Pattern.compile(
            "[а-я-]{3,}(?:у|ю|е|и|ам|ям|ому|ему|ой|ей)");

    /** "not Y", "skip Y", "不用 Y", "отказались от Y": the rejected alternative; the clause's subject may be the choice. */
    private void reject(int i, String cue) {
        int[] r = right(i);
        int[] alt = r != null ? r : left(i, false);
        if (alt == null && r == null && (alt = left(i, true)) != null) {
            TrailingRejection.read(s, hits, alt, found); // "pointwise 对头部不敏感，放弃", "… adds 120ms, nope"
            return;
        }
        if (alt != null) {
            found.set(Part.ALTERNATIVE, alt);
            found.altNeedsChoiceFromContext = true;
            int[] l = r != null && !SWITCH_FROM.contains(cue) ? left(i, false) : null;
            if (l != null && !isPronoun(l)) {
                found.set(Part.CHOICE, l); // "召回看 recall@k 不看 ndcg": the clause's own subject
            }
        }
    }

    /** "X instead of Y", "X, not Y"; at the start of a sentence, "instead of Y, X". */
    private void prefer(int i, String cue) {
        Hit h = hits.get(i);
        int[] r = right(i);
        if (r == null) {
            return;
        }
        boolean leading = s.substring(sentence.start(), h.start()).isBlank();
        if (leading && sentence.start() > 0 && (reasonMarkAfter(r[1]) || !LEADING_PREFER.contains(cue))) {
            // a line of its own after the choice's line: "YandexGPT API + RAG\nа не Llama 3 у себя: своих GPU нет",
            // "GPT-4o API\n而不是自建 Llama：没有 GPU"; what follows the rejected option is why, not a choice
            found.set(Part.ALTERNATIVE, r);
            found.altNeedsChoiceFromContext = true;
            return;
        }
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

    /** Whether a colon or a dash, the mark a reason follows, comes next after {@code from}. */
    private boolean reasonMarkAfter(int from) {
        int k = from;
        while (k < sentence.end() && s.charAt(k) == ' ') {
            k++;
        }
        return k < sentence.end() && ":：—–".indexOf(s.charAt(k)) >= 0;
    }

    /** Clauses that only describe an option by a quality ("batch is cheap"), for weighing described options. */
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
}
