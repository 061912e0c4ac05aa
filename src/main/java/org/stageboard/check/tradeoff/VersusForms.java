package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * Round 21 (from the out-of-fold misses of dev-27 and dev-28): two English shorthands built on "vs" that no cue reads
 * whole, each written by several writers and always meant as a decision.
 * <ul>
 * <li>"A vs B cuz R": the first option named is the one taken, the reason follows at once ("overbooking per room type
 * vs per hotel cuz suites almost never cancel", "outage model: boosted trees vs lstm cuz the NOC wants …"). A question,
 * a deferral or a pick after an arrow reads otherwise.</li>
 * <li>"A costs N vs B, but G" / «A стоит N против B, зато G»: the option priced against B is taken for the gain after
 * "but" / "tho" / «зато» ("hourly aggregates cost us ~20 min of lead vs raw counters, storage 40x cheaper tho").</li>
 * </ul>
 * Chinese and Russian writers do not write the first without a pick (the corpora hold none), so it is read in English
 * only.
 */
final class VersusForms {
    private static final Pattern VS = Pattern.compile("(?<![\\p{L}])(?:vs\\.?|versus)(?![\\p{L}])");
    private static final Pattern PRICED = Pattern.compile("(?<![\\p{L}])(?:costs?|cost us|стоит|стоят|обходится"
            + "|обходятся)(?![\\p{L}])");
    private static final Pattern AGAINST = Pattern.compile("(?<![\\p{L}])(?:vs\\.?|versus|против|по сравнению с)"
            + "(?![\\p{L}])");
    private static final Pattern GAIN = Pattern.compile("(?<![\\p{L}])(?:but|tho|though|зато|но)(?![\\p{L}])");
    private static final String CLAUSE_ENDS = ",;.?!\n→";

    private VersusForms() {
    }

    /**
     * Either form's three parts, or null; "A vs B cuz R" only when nothing else read all three ({@code open}), the
     * priced form always, since its words place each part ("… стоит N против B, зато G" had read «зато» as the reason).
     */
    static FoundParts read(String norm, List<Hit> hits, boolean open) {
        FoundParts f = open ? becauseAfter(norm, hits) : null;
        f = f == null && open ? PickThenWhy.read(norm, hits) : f; // round 22: "A vs B: model, R"
        return f != null ? f : pricedAgainst(norm);
    }

    /** The three parts of "A vs B cuz R", or null. */
    static FoundParts becauseAfter(String norm, List<Hit> hits) {
        Matcher vs = VS.matcher(norm);
        if (norm.codePoints().anyMatch(c -> Character.isLetter(c) && c > 0x24F) || !vs.find() || vs.find(vs.end()) || norm.indexOf('?') >= 0 || norm.contains("->") || has(hits, CueKind.DEFER)) {
            return null;
        }
        vs.find(0);
        int a = vs.start();
        while (a > 0 && ":\n".indexOf(norm.charAt(a - 1)) < 0 && !norm.startsWith(" - ", a - 3)) {
            a--;
        }
        for (Hit h : hits) {
            if (h.kind() != CueKind.REASON || h.start() < vs.end()) {
                continue;
            }
            String between = norm.substring(vs.end(), h.start());
            if (between.strip().replaceAll("[,-]+$", "").chars().anyMatch(c -> CLAUSE_ENDS.indexOf(c) >= 0)
                    || between.strip().split("\\s+").length > 6) {
                return null;
            }
            int end = h.end();
            while (end < norm.length() && ".\n".indexOf(norm.charAt(end)) < 0) {
                end++;
            }
            FoundParts f = new FoundParts();
            f.choice = Spans.trim(norm, a, vs.start());
            f.alternative = Spans.trim(norm, vs.end(), h.start());
            f.reason = Spans.trim(norm, h.end(), end);
            return f.count() == 3 && words(norm, f.reason) >= 2 && letters(norm, f.choice) && letters(norm, f.alternative)
                    ? f : null;
        }
        return null;
    }

    /** The three parts of "A costs N vs B, but G", or null. */
    static FoundParts pricedAgainst(String norm) {
        Matcher cost = PRICED.matcher(norm);
        if (!cost.find()) {
            return null;
        }
        Matcher against = AGAINST.matcher(norm);
        Matcher gain = GAIN.matcher(norm);
        if (!against.find(cost.end()) || !gain.find(against.end())) {
            return null;
        }
        int a = cost.start();
        while (a > 0 && ":\n".indexOf(norm.charAt(a - 1)) < 0) {
            a--;
        }
        int altEnd = against.end();
        while (altEnd < gain.start() && CLAUSE_ENDS.indexOf(norm.charAt(altEnd)) < 0) {
            altEnd++;
        }
        int end = gain.end();
        while (end < norm.length() && ".\n".indexOf(norm.charAt(end)) < 0) {
            end++;
        }
        FoundParts f = new FoundParts();
        f.choice = Spans.trim(norm, a, cost.start());
        f.alternative = Spans.trim(norm, against.end(), altEnd);
        boolean after = !gain.group().startsWith("tho"); // "storage 40x cheaper tho": the gain before the word
        f.reason = after ? Spans.trim(norm, gain.end(), end) : Spans.trim(norm, Math.min(altEnd + 1, gain.start()), gain.start());
        boolean gainRightAfter = norm.substring(altEnd, gain.start()).chars().filter(c -> c == ',' || c == '.').count() <= 1;
        return f.count() == 3 && gainRightAfter && words(norm, f.reason) >= 2 && letters(norm, f.choice) ? f : null;
    }

    private static boolean has(List<Hit> hits, CueKind kind) {
        return hits.stream().anyMatch(h -> h.kind() == kind);
    }

    private static int words(String s, int[] span) {
        return s.substring(span[0], span[1]).strip().split("\\s+").length;
    }

    private static boolean letters(String s, int[] span) {
        return s.substring(span[0], span[1]).codePoints().anyMatch(Character::isLetter);
    }
}
