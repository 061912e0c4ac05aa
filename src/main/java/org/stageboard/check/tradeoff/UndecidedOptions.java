package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * Options described by their pros and cons and joined by "or", with nothing that picks one: "ranking: GBDT (fast,
 * weaker) or DNN (stronger, needs GPUs)", "排序：GBDT（快）或 DNN（要 GPU）", "KYC: автоотказ (быстро) или ручная
 * проверка (дорого)". The box weighs; it does not decide, however many qualities and defects it names: the reader
 * infers no choice from it and {@link Verdict} turns it down (every such text in the corpus is a near miss).
 */
final class UndecidedOptions {
    /** A described option closed by its bracket, then "or" and the next option. */
    private static final Pattern DESCRIBED_OR = Pattern.compile("[)）]\\s*(?:or|или|либо|或者|或|还是)\\s*[\\p{L}\\d]");

    private UndecidedOptions() {
    }

    /** Words that join options without picking one ("vs" and labels are left to the reader's option forms). */
    private static final Set<String> OR = Set.of("or", "или", "либо", "或", "或者", "还是");

    /**
     * True when {@code norm} joins options by "or" (after a described option's bracket, or an "or" cue before
     * {@code before}) and no cue picks one.
     */
    static boolean in(String norm, List<Hit> hits, int before) {
        boolean or = described(norm);
        for (Hit h : hits) {
            if (h.kind() == CueKind.DECIDE || h.kind() == CueKind.ARROW || h.kind() == CueKind.CONSEQUENCE) {
                return false;
            }
            or |= h.kind() == CueKind.OPTIONS && h.start() < before && OR.contains(norm.substring(h.start(), h.end()));
        }
        return or;
    }

    /** "A (…) or B": an option described in brackets, then "or" and the next. */
    static boolean described(String norm) {
        return DESCRIBED_OR.matcher(norm).find();
    }
}
