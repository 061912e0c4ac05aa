package org.stageboard.check.tradeoff;

import java.util.Set;
import java.util.regex.Pattern;

/**
 * Round 20 (from the misses of dev-23 to dev-26): cues whose meaning turns on the clause around them.
 * <ul>
 * <li>Round 21: a hedge or "later" inside what a rejected option would lead to is no deferral either ("ranges, not one
 * number, otherwise sellers hold us to it later", «иначе продавцы потом …», "否则卖家以后会追责").</li>
 * <li>A hedge inside a reason is no deferral: "cams rather than POS drops because no sales might just be a slow day",
 * «камеры, а не кассы, потому что продаж может не быть просто из-за дождя», "用相机不用销量，因为没销量可能只是淡季". A
 * hedge in a clause of its own ("LR bc explainable, maybe GBDT later") still defers.</li>
 * <li>"as" after a rejected or compared option opens a reason when a clause follows: "retrain monthly not nightly as
 * schedules only change per season", "15 min steps vs hourly as switching needs 30 min lead"; "LR not GBDT as a
 * baseline" gives none.</li>
 * <li>更 after a time unit is an update cadence (周更, 日更), not "more"; 掉点 before 赞 is 替掉 + 点赞 (replaces likes),
 * not an accuracy drop.</li>
 * </ul>
 */
final class ReasonClauses {
    private static final Set<String> HEDGES = Set.of("might", "maybe", "perhaps", "may", "可能", "也许", "或许", "может",
            "возможно", "наверное");
    /** A reason word earlier in the same clause. */
    private static final Pattern REASON_BEFORE = Pattern.compile("(?<![\\p{L}])(?:because|bc|b/c|since|coz|cuz|cause"
            + "|'cause|потому что|так как|т\\.к\\.?|поскольку|ибо)(?![\\p{L}])|因为|由于|毕竟");
    /**
     * Round 21: what the rejected option would lead to, earlier in the same clause: "otherwise sellers hold us to it
     * later", «иначе продавцы потом …», "否则卖家以后…" tell when the harm comes; nothing is put off.
     */
    private static final Pattern CONSEQUENCE_BEFORE = Pattern.compile("(?<![\\p{L}])(?:otherwise|else|иначе|а то)"
            + "(?![\\p{L}])|否则|不然");
    private static final Set<String> LATER = Set.of("later", "потом", "позже", "以后", "之后", "回头");
    /** A rejected or compared option earlier in the same clause. */
    private static final Pattern REJECTED_BEFORE = Pattern.compile("(?<![\\p{L}])(?:not|rather than|instead of|over"
            + "|vs\\.?|versus)\\s+\\S");
    /** Words that make the words after "as" a clause of their own. */
    private static final Set<String> CLAUSE_WORDS = Set.of("is", "are", "was", "were", "has", "have", "had", "need",
            "needs", "can", "cannot", "could", "will", "would", "must", "should", "do", "does", "only", "change",
            "changes", "take", "takes", "cost", "costs", "get", "gets", "lag", "lags", "arrive", "arrives", "come",
            "comes", "run", "runs", "stay", "stays", "make", "makes", "drift", "drifts", "update", "updates", "matter",
            "matters", "move", "moves", "happen", "happens", "fail", "fails", "never", "always", "already");
    private static final String CLAUSE_ENDS = ",;.:!?\n—–→()，；。：";

    private ReasonClauses() {
    }

    /** Whether the deferral cue at [start, end) of {@code s} is a hedge inside a reason clause. */
    static boolean hedgeInReason(String s, int start, int end) {
        String cue = s.substring(start, end);
        String before = clauseBefore(s, start);
        // the clause ends at full-width marks too, should a text reach here unnormalised
        before = before.substring(Math.max(before.lastIndexOf('，'), before.lastIndexOf('；')) + 1);
        return HEDGES.contains(cue) && (REASON_BEFORE.matcher(before).find() || CONSEQUENCE_BEFORE.matcher(before).find())
                || LATER.contains(cue) && CONSEQUENCE_BEFORE.matcher(before).find();
    }

    /** Whether "as" at [start, end) follows a rejected or compared option and a clause of its own follows it. */
    static boolean asAfterRejection(String s, int start, int end) {
        if (!REJECTED_BEFORE.matcher(clauseBefore(s, start)).find()) {
            return false;
        }
        int stop = end;
        while (stop < s.length() && CLAUSE_ENDS.indexOf(s.charAt(stop)) < 0) {
            stop++;
        }
        String[] words = s.substring(end, stop).strip().split("\\s+");
        if (words.length < 3) {
            return false;
        }
        for (int i = 1; i < words.length; i++) {
            if (CLAUSE_WORDS.contains(words[i]) || words[i].endsWith("n't")) {
                return true;
            }
        }
        return false;
    }

    /** 周更, 日更, 月更: an update cadence. */
    static boolean updateCadence(String s, int start) {
        return start > 0 && "周日天月年时".indexOf(s.charAt(start - 1)) >= 0;
    }

    /** 替掉点赞数: 掉 closes 替掉, 点 opens 点赞. */
    static boolean likesAfter(String s, int end) {
        return end < s.length() && s.charAt(end) == '赞';
    }

    private static String clauseBefore(String s, int start) {
        int k = start;
        while (k > 0 && CLAUSE_ENDS.indexOf(s.charAt(k - 1)) < 0) {
            k--;
        }
        return s.substring(k, start);
    }
}
