package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * Round 22 (from the out-of-fold misses of dev-29 and dev-30): options set side by side, then after a colon or a dash
 * a short pick, then a bare clause that says why, with no reason cue: "karaoke score vs friends' votes: model, ppl vote
 * for their friends not the singing", "tab transcription vs user tabs: model, user tabs are 40% wrong", «клёв: лунный
 * календарь / погодные правила / бустинг по уловам — бустинг, уловы пользователей и есть разметка», "人工排班还是模型排班：模型，人工排班周末总缺人".
 * The pick names one of the options (or is "model" / «модель» / 模型 when no option is called that), and the clause after
 * it speaks of an option (shares a word with one): that is what makes it the reason and not a spec ("model, 3 layers
 * of 128") or a note. The option it speaks of, other than the pick, is the alternative. A question, a deferral or a
 * long pick reads otherwise.
 */
final class PickThenWhy {
    /** What sets options side by side. */
    private static final Pattern BETWEEN = Pattern.compile("\\s(?:vs\\.?|versus|or|или|против)\\s|\\s/\\s|还是|或者");
    /** Where the options end and the pick begins. */
    private static final Pattern TO_PICK = Pattern.compile("[:：]|\\s[—–-]\\s");
    /** Where the pick ends and the reason begins. */
    private static final Pattern TO_WHY = Pattern.compile("[,，;；]|\\s[—–-]\\s");
    /** A pick that names the learned option without repeating its words. */
    private static final Set<String> MODEL_WORDS = Set.of("model", "the model", "ml", "модель", "нейросеть", "模型");
    private static final Set<String> STOP = Set.of("the", "and", "for", "not", "are", "was", "with", "our", "its",
            "than", "that", "this", "from", "для", "как", "что", "это", "или", "нет", "все", "так");

    private PickThenWhy() {
    }

    /** The three parts, or null. */
    static FoundParts read(String norm, List<Hit> hits) {
        if (norm.indexOf('?') >= 0 || norm.indexOf('？') >= 0 || hits.stream().anyMatch(h -> h.kind() == CueKind.DEFER)) {
            return null;
        }
        Matcher between = BETWEEN.matcher(norm);
        if (!between.find()) {
            return null;
        }
        int start = between.start();
        while (start > 0 && ":：\n".indexOf(norm.charAt(start - 1)) < 0) {
            start--;
        }
        Matcher toPick = TO_PICK.matcher(norm);
        if (!toPick.find(between.end())) {
            return null;
        }
        List<int[]> options = new ArrayList<>();
        int from = start;
        Matcher m = BETWEEN.matcher(norm).region(start, toPick.start());
        while (m.find()) {
            options.add(Spans.trim(norm, from, m.start()));
            from = m.end();
        }
        options.add(Spans.trim(norm, from, toPick.start()));
        Matcher toWhy = TO_WHY.matcher(norm);
        if (options.size() < 2 || options.stream().anyMatch(o -> o == null || words(norm, o) > 8)
                || !toWhy.find(toPick.end())) {
            return null;
        }
        int[] pick = Spans.trim(norm, toPick.end(), toWhy.start());
        int end = toWhy.end();
        while (end < norm.length() && ".。\n".indexOf(norm.charAt(end)) < 0) {
            end++;
        }
        int[] why = Spans.trim(norm, toWhy.end(), end);
        if (pick == null || words(norm, pick) > 3 || why == null || !longEnough(norm, why)) {
            return null;
        }
        String pickText = norm.substring(pick[0], pick[1]);
        int picked = -1;
        for (int i = 0; i < options.size(); i++) {
            if (shares(pickText, norm.substring(options.get(i)[0], options.get(i)[1]))) {
                picked = picked < 0 ? i : -2; // names two options: "both" in other words
            }
        }
        boolean modelPick = picked == -1 && MODEL_WORDS.contains(pickText);
        if (picked < 0 && !modelPick) {
            return null;
        }
        String whyText = norm.substring(why[0], why[1]);
        if (options.stream().noneMatch(o -> shares(whyText, norm.substring(o[0], o[1])))) {
            return null; // the clause speaks of no option: a spec or a note, not why
        }
        int[] alternative = null;
        for (int i = 0; i < options.size() && alternative == null; i++) {
            if (i != picked && shares(whyText, norm.substring(options.get(i)[0], options.get(i)[1]))) {
                alternative = options.get(i); // the option the reason speaks of
            }
        }
        if (alternative == null && !modelPick) {
            alternative = options.get(picked == 0 ? 1 : 0);
        }
        if (alternative == null) {
            return null;
        }
        FoundParts f = new FoundParts();
        f.choice = pick;
        f.alternative = alternative;
        f.reason = why;
        return f;
    }

    private static int words(String s, int[] span) {
        return s.substring(span[0], span[1]).strip().split("\\s+").length;
    }

    /** At least three words, or five Chinese characters. */
    private static boolean longEnough(String s, int[] span) {
        String t = s.substring(span[0], span[1]);
        return words(s, span) >= 3 || t.codePoints().filter(c -> c >= 0x4E00 && c <= 0x9FFF).count() >= 5;
    }

    /** Whether two texts share a word (its first five letters, so «уловам» meets «уловы») or two Chinese characters. */
    static boolean shares(String a, String b) {
        Set<String> keys = keys(b);
        return keys(a).stream().anyMatch(keys::contains);
    }

    private static Set<String> keys(String s) {
        Set<String> out = new HashSet<>();
        for (String w : s.split("[^\\p{L}\\d]+")) {
            if (w.isEmpty()) {
                continue;
            }
            if (w.codePoints().anyMatch(c -> c >= 0x4E00 && c <= 0x9FFF)) {
                for (int k = 0; k + 2 <= w.length(); k++) {
                    out.add(w.substring(k, k + 2));
                }
            } else if (w.length() >= 3 && !STOP.contains(w)) {
                out.add(w.substring(0, Math.min(w.length(), w.charAt(0) < 128 ? 5 : 4)));
            }
        }
        return out;
    }
}
