package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Options listed with their scores, then one picked: "MAPE: hierarchical 19% / per-station 31% / global 24% -> going
 * hierarchical", "CSI：UNet 0.41，光流 0.29 ⇒ 切 UNet", "MAPE: LightGBM 18%, Prophet 27% → берём LightGBM". The scores
 * are the reason and the options not picked the alternative: the result of a comparison, in a list rather than with
 * "vs".
 */
final class ScoredList {
    /** One listed option and its score: a name, then a number (with a unit or a percent sign). */
    private static final Pattern ITEM = Pattern.compile(
            "(?<=^|[,，;；/\\n:：])\\s*(?:-\\s*)?([\\p{L}][\\p{L}\\p{N} _+\\-]{0,30}?)\\s*[:：=]?\\s*(\\d+(?:[.,]\\d+)?\\s?%?)"
                    + "(?=\\s*(?:$|[,，;；/\\n→⇒]|->|=>))");

    private ScoredList() {
    }

    /** Fills in the alternative and the reason of a pick among scored options, where they were not read. */
    static void apply(String norm, FoundParts f) {
        if (f.choice == null || f.alternative != null && f.reason != null) {
            return;
        }
        List<int[]> items = new ArrayList<>();
        Matcher m = ITEM.matcher(norm);
        while (m.find()) {
            items.add(new int[] {m.start(1), m.end(1), m.end(2)});
        }
        if (items.size() < 2 || f.choice[0] < items.get(items.size() - 1)[2]) {
            return; // the pick comes after the list ("0.6, а не 0.8" is one threshold against another, no scores)
        }
        String chosen = norm.substring(f.choice[0], f.choice[1]);
        int[] picked = null;
        int[] other = null;
        for (int[] it : items) {
            String name = norm.substring(it[0], it[1]).strip();
            boolean restated = !name.isEmpty() && (chosen.equals(name) || chosen.startsWith(name + " ")
                    || TradeoffReader.indexOfWord(chosen, name) >= 0);
            if (restated && picked == null) {
                picked = it;
            } else if (other == null) {
                other = it;
            }
        }
        if (picked == null || other == null) {
            return;
        }
        if (f.alternative == null) {
            f.alternative = new int[] {other[0], other[2]};
        }
        if (f.reason == null) {
            f.reason = new int[] {items.get(0)[0], items.get(items.size() - 1)[2]};
        }
    }
}
