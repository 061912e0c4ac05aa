package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * A downside of the option taken, then accepted: "precomputing nightly means stale results for new users, fine for a
 * weekly digest", "离线批量算会旧一天，对周报来说没问题", "ночной пересчёт даёт устаревшие рекомендации, для
 * еженедельной рассылки норм". The subject of the defect is then the choice, not an option given up; the defect is
 * the price paid (the alternative it implies is not paying it) and the acceptance says why.
 */
final class AcceptedDownside {
    /** Words that accept a downside, with what follows them in the clause. */
    private static final Pattern ACCEPTED = Pattern.compile("(?<![\\p{L}])(?:fine|ok|okay|acceptable|tolerable|no problem"
            + "|not a problem|good enough|worth it)(?![\\p{L}])|(?<![\\p{L}])(?:норм|нормально|приемлемо|терпимо|допустимо"
            + "|не страшно|не критично|ок)(?![\\p{L}])|没问题|问题不大|可以接受|能接受|无所谓|不要紧|可以忍受");
    /** Verbs that link an option to its consequence: "X means Y", "X даёт Y", "X 会 Y". */
    private static final Pattern LINK = Pattern.compile("\\s*(?:means|gives|causes|leads to|=|даёт|дает|значит|означает|会)\\s*$");

    private AcceptedDownside() {
    }

    static void apply(String norm, List<Hit> hits, FoundParts f) {
        if (f.alternative == null) {
            return;
        }
        for (Hit h : hits) {
            if (h.kind() != CueKind.DEFECT || h.start() < f.alternative[1] || h.start() - f.alternative[1] > 3
                    || f.choice != null && f.choice[0] < h.end()) {
                continue; // a choice read before the downside is not the option that has it
            }
            int end = sentenceEnd(norm, h.end());
            Matcher ok = ACCEPTED.matcher(norm).region(h.end(), end);
            if (!ok.find()) {
                return;
            }
            int[] subject = f.alternative;
            Matcher link = LINK.matcher(norm).region(subject[0], subject[1]);
            int[] choice = link.find() ? Spans.trim(norm, subject[0], link.start()) : subject;
            int split = ok.start(); // "…, для рассылки норм": the acceptance's own clause says for what
            for (int k = ok.start() - 1; k > h.end(); k--) {
                if (TradeoffReader.isBoundary(norm, k)) {
                    split = k;
                    break;
                }
            }
            int[] price = Spans.trim(norm, h.start(), split);
            int[] why = Spans.trim(norm, split, end);
            if (choice != null && price != null && why != null) {
                f.choice = choice;
                f.alternative = price;
                f.reason = why;
            }
            return;
        }
    }

    private static int sentenceEnd(String s, int from) {
        for (int k = from; k < s.length(); k++) {
            if (".。\n!?！？".indexOf(s.charAt(k)) >= 0) {
                return k;
            }
        }
        return s.length();
    }
}
