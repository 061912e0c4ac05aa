package org.stageboard.check.tradeoff;

import java.util.List;
import java.util.regex.Pattern;
import org.stageboard.check.tradeoff.CueScanner.Hit;

/**
 * Pros and cons written out with no verdict: "pHash 优点是便宜，缺点是换个角度拍就认不出", "LSTM: плюс — учится на
 * данных; минус — не экстраполирует", "MILP pros = predictable, cons = needs a forecast. RL pros = adapts, cons = …".
 * The reader takes the con for a rejected option and the pro for the reason, and "con:" announces a trade-off, so such
 * a box read as stated even though nothing was picked. Every such positive in the corpus says what was done with the
 * weighing: a decision verb or an arrow ("going student", "=> rules now", "итог:", "先批量"), or that the cost is
 * accepted ("worth it", "可以接受", "认了", "ок"); without one, the box only weighs.
 */
final class ProsAndCons {
    private static final Pattern PRO = Pattern.compile("(?<![\\p{L}])pros?(?![\\p{L}])|优点|好处|优势|(?<![\\p{L}])плюс[ыа]?(?![\\p{L}])");
    private static final Pattern CON = Pattern.compile("(?<![\\p{L}])cons?(?![\\p{L}])|缺点|坏处|劣势|弊端|(?<![\\p{L}])минус[ыа]?(?![\\p{L}])");
    /** Words that close a weighing with its verdict, where no decision cue does. */
    private static final Pattern VERDICT = Pattern.compile("(?<![\\p{L}])(?:ok|okay|worth it|worth|fine|accept\\w*|net:"
            + "|for now|go|ок|норм\\w*|приемлем\\w*|устраивает|пока|оставляем|итог\\w*)(?![\\p{L}])"
            + "|接受|认了|值|划算|结论|同意|上|先");
    private static final List<CueKind> DECIDING = List.of(CueKind.DECIDE, CueKind.ARROW, CueKind.CONSEQUENCE);

    private ProsAndCons() {
    }

    /**
     * "Pros/cons:", "плюсы/минусы", "pros and cons of" opening the box: a header announcing a trade-off, not a pro and a
     * con listed ("Плюсы/минусы ручной разметки: точно, но медленно" weighs one option against its own cost, and
     * counts); at the end ("…, pros/cons of each") the box still only weighs.
     */
    private static final Pattern HEADER = Pattern.compile("^\\s*(?:pros?\\s*(?:/|&|and)\\s*cons?|плюсы?\\s*(?:/|и)\\s*минусы?"
            + "|优缺点|优点和缺点|优点/缺点)");

    /** Pros and cons both listed, and neither a decision cue nor an accepting word anywhere in the box. */
    static boolean withoutVerdict(String norm, List<Hit> hits) {
        if (HEADER.matcher(norm).find() || !PRO.matcher(norm).find() || !CON.matcher(norm).find()) {
            return false;
        }
        for (Hit h : hits) {
            if (DECIDING.contains(h.kind())) {
                return false;
            }
        }
        return !VERDICT.matcher(norm).find();
    }
}
