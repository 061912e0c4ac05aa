package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * One option compared with another, then a "but" that gives the other side its due, and nothing picked: "trueskill2
 * gives fairer matches than elo, but elo is what the community understands", "GNN 抓团伙比 GBDT 强，但训练一次要 6 小时",
 * "трансформер точнее CatBoost, но учится в 20 раз дольше". The reader reads the winner of the comparison as the choice
 * and its quality as the reason, yet the box only weighs the two (round 15: every such text of sets 15 and 16 is a near
 * miss). A pick, a rejection, an accepted cost or a reason after the "but" ("…, but we ship it", "…, но берём его",
 * "…，但够用，所以上线") makes it a trade-off again, as does a further sentence before or after it.
 */
final class ComparedWithoutPick {
    /** Cues that pick, reject, accept a cost or announce a weighing: any of them makes the box more than a comparison. */
    private static final Set<CueKind> DECIDING = Set.of(CueKind.DECIDE, CueKind.ARROW, CueKind.CONSEQUENCE,
            CueKind.REJECT, CueKind.PREFER, CueKind.COST, CueKind.WEIGH, CueKind.DEFER);
    /** Cues that set two options side by side by a quality. */
    private static final Set<CueKind> COMPARING = Set.of(CueKind.THAN, CueKind.BEATS);
    /**
     * Comparatives that put the subject down: "pgvector медленнее отдельной БД, но postgres у нас уже есть" defends
     * the slower option after the "but", which is how a choice against a cost is written.
     */
    private static final Pattern PUTS_DOWN = Pattern.compile("(?<![\\p{L}])(?:slower|worse|pricier|costlier|heavier"
            + "|weaker|медленнее|хуже|дороже|тяжелее|сложнее|слабее)(?![\\p{L}])|[慢贵差弱]");
    /** A Russian comparative before its object in the genitive: "точнее CatBoost", "быстрее бустинга". */
    private static final Pattern RU_COMPARATIVE = Pattern.compile("[а-яё]{3,}(?:ее|ей)|лучше|хуже|дешевле|дороже|проще|легче");
    /** A further sentence, before or after the "but": it may state the pick in words no cue knows. */
    private static final Pattern LATER_SENTENCE = Pattern.compile("[.。\\n;；!！]\\s*[\\p{L}\\d]");

    /**
     * Round 24: a box that breaks off after its "but" ("A finds more than B, B needs no GPU, but", "…，但是", «…, но»):
     * the writer has not got to the pick. Every such text of the thirty-seven phrase files (102, all three
     * languages, sets 6 to 34) is a near miss.
     */
    private static final Pattern BUT = Pattern.compile("(?<![\\p{L}])(?:but|however|но|однако)(?![\\p{L}])|但是?|不过|可是");

    private ComparedWithoutPick() {
    }

    /** Whether the box ends on a "but" with nothing after it. */
    static boolean brokenOff(String norm) {
        Matcher m = BUT.matcher(norm);
        int last = -1;
        while (m.find()) {
            last = m.end();
        }
        return last >= 0 && CueContext.nothingFollows(norm, last, false);
    }

    static boolean in(String norm, List<Hit> hits) {
        int but = -1;
        int comparedAt = -1;
        for (Hit h : hits) {
            if (DECIDING.contains(h.kind()) || h.kind() == CueKind.LOSES) {
                return false;
            }
            if (but < 0 && h.kind() == CueKind.CONTRAST) {
                but = h.start();
            } else if (but < 0 && (COMPARING.contains(h.kind()) || h.kind() == CueKind.QUALITY
                    && RU_COMPARATIVE.matcher(norm.substring(h.start(), h.end())).matches())) {
                comparedAt = h.end();
            } else if (but >= 0 && (h.kind() == CueKind.REASON || h.kind() == CueKind.CONTRAST)) {
                return false; // "…, but cheap enough for us", a second "but": more than the other side's due
            }
        }
        if (comparedAt < 0 || but < comparedAt) {
            return false;
        }
        // the "but" closes the comparison's own clause: "…, fog looks like smoke in one frame but doesn't drift" argues
        String between = norm.substring(comparedAt, but).strip();
        for (int k = 0; k < between.length() - 1; k++) {
            if (TradeoffReader.isBoundary(between, k) || "—–.。".indexOf(between.charAt(k)) >= 0) {
                return false;
            }
        }
        // one sentence only: in a box of several ("Затем двухбашенная модель и бустинг; нейросеть точнее, но дороже")
        // another sentence may hold the pick, and the comparison is then its reason or an aside
        return !PUTS_DOWN.matcher(norm.substring(0, but)).find() && !LATER_SENTENCE.matcher(norm).find();
    }
}
