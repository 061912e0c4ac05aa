package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Trade-off round 25 (issue 8): a box of several lines states a trade-off only when one of its lines, or lines that
 * run on from each other, holds it. Candidates write a Data or Serving box as one fact per line ("label = hours
 * billed (invoices, ~3 wk lag)", "2020-21 remote = 15-min billing vs 2h min in person", "time split: …"); the
 * reader's window of three sentences could assemble a choice from one fact, an alternative from the next and a
 * reason from a third, and credit a box that decides nothing. On the writers' tagged decision boxes of sets 38 to 43
 * that was most of the near misses and plain decisions credited (recall of the flag 0.57).
 *
 * <p>A <b>unit</b> is one line; a line that opens with a rejection or a reason ("not GBDT: …", «а не …», "不用公有云
 * API：…", "b/c …", «т.к. …», "因为 …") runs on from the unit above it, and a line that opens with a pick ("going
 * with B", «выбираем», "用 B，…") closes every line above it into its unit. A unit counts when the reading of it
 * alone states the trade-off from at least two parts its structures found: a lone line is not given the benefit
 * of the doubt that a one-line box is.
 *
 * <p>Texts laid out as options, pros and cons or results over lines ("1) … 2) … → 2, because …", "+ … − … worth it")
 * are one structure spread over lines by design, and are read whole as before: two lines or more that open with a
 * list marker, a line that opens with an arrow, or options labelled inline ("(a) … (b) …").
 */
final class LineUnits {
    /** Parts the structures must find in a unit before its reading counts. */
    static final int MIN_PARTS = 2;

    private static final Pattern BULLET = Pattern.compile("^[\\s\\-*•·]*");
    private static final Pattern RUNS_ON = Pattern.compile("^(?:not |instead of|rather than|vs\\.? |over |b/c|bc |"
            + "because|since |as |so |hence|coz|cuz|otherwise|else |why|=> |а не |не |вместо|т\\.\\s?к\\.|так как|"
            + "потому|поэтому|иначе|зато|почему|不用|不是|而不是|而非|不选|因为|由于|所以|因此|否则|不然|原因|"
            // a comparison with the line above's choice: "比 Prophet 单店模型好", "better than per-store"
            + "比|优于|好于|强于|better than|beats|cheaper than|faster than|лучше|хуже|дешевле|быстрее)");
    private static final Pattern PICKS = Pattern.compile("^(?:pick|picked|we pick|going|go with|went with|chose|"
            + "choose|choice:|decision:|verdict|winner|идём|идем|выбира|выбрал|берём|берем|решение:|итог|选|最终|决定|"
            + "(?:用|定|选择|采用) ?[a-zа-я0-9]{1,2}[，, ])");
    private static final Pattern LIST_MARKER = Pattern.compile("^\\s*(?:[-+−—•*]|\\d[).]|[a-zа-я][).:]\\s|"
            + "(?:option|вариант|方案|优点|缺点|pros|cons|плюсы|минусы)|(?-i:[A-ZА-Я]) )", Pattern.CASE_INSENSITIVE);
    private static final Pattern ARROW_LINE = Pattern.compile("^\\s*(?:->|→|=>)");
    private static final Pattern INLINE_OPTIONS = Pattern.compile(
            "\\([a-cа-в]\\).*\\([b-cб-в]\\)|(?-i:\\b[AА]\\)).*(?-i:\\b[BБ]\\))", Pattern.CASE_INSENSITIVE);

    private LineUnits() {
    }

    /**
     * Whether a text whose whole reading states a trade-off holds it in one unit: the parts it read lie in one, or
     * one unit read alone states it. Always true for one line and for texts laid out over lines by design.
     */
    static boolean holdOne(TradeoffReader.Analysis whole) {
        String norm = whole.norm();
        List<int[]> lines = lines(norm);
        // the writer's own case, where offsets allow, tells a labelled option ("A 编辑打分") from an article
        if (lines.size() <= 1 || laidOutOverLines(whole.shown(), lines)) {
            return true;
        }
        List<int[]> units = units(norm, lines);
        if (partsInOneUnit(whole.best(), lines, units)) {
            return true;
        }
        for (int[] u : units) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(
                    norm.substring(lines.get(u[0])[0], lines.get(u[1])[1]));
            if (a.reading().found() >= MIN_PARTS && Verdict.decide(a).stated()) {
                return true;
            }
        }
        return false;
    }

    /** [start, end) of each non-blank line. */
    private static List<int[]> lines(String norm) {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i <= norm.length(); i++) {
            if (i == norm.length() || norm.charAt(i) == '\n') {
                if (!norm.substring(start, i).isBlank()) {
                    out.add(new int[] {start, i});
                }
                start = i + 1;
            }
        }
        return out;
    }

    private static boolean laidOutOverLines(String shown, List<int[]> lines) {
        int markers = 0;
        for (int[] l : lines) {
            String line = shown.substring(l[0], l[1]);
            if (ARROW_LINE.matcher(line).find() || INLINE_OPTIONS.matcher(line).find()) {
                return true;
            }
            markers += LIST_MARKER.matcher(line).find() ? 1 : 0;
        }
        return markers >= 2;
    }

    /**
     * Whether all three parts were read and lie on the lines of one unit. With a part missing the model credited the
     * text as a whole, so the unit has to convince it alone.
     */
    private static boolean partsInOneUnit(FoundParts best, List<int[]> lines, List<int[]> units) {
        if (best == null || best.choice == null || best.alternative == null || best.reason == null) {
            return false;
        }
        int first = Integer.MAX_VALUE;
        int last = -1;
        for (int[] span : new int[][] {best.choice, best.alternative, best.reason}) {
            int line = lineOf(span[0], lines);
            first = Math.min(first, line);
            last = Math.max(last, line);
        }
        for (int[] u : units) {
            if (u[0] <= first && last <= u[1]) {
                return true;
            }
        }
        return false;
    }

    private static int lineOf(int offset, List<int[]> lines) {
        for (int i = lines.size() - 1; i >= 0; i--) {
            if (lines.get(i)[0] <= offset) {
                return i;
            }
        }
        return 0;
    }

    /** The units of a text as [first line, last line], in order (a line may belong to more than one). */
    static List<int[]> units(String norm, List<int[]> lines) {
        List<int[]> out = new ArrayList<>();
        for (int i = 0; i < lines.size(); i++) {
            int start = PICKS.matcher(head(norm, lines.get(i))).find() ? 0 : i;
            int end = i;
            while (end + 1 < lines.size() && RUNS_ON.matcher(head(norm, lines.get(end + 1))).find()) {
                end++;
            }
            out.add(new int[] {start, end});
        }
        return out;
    }

    private static String head(String norm, int[] line) {
        return BULLET.matcher(norm.substring(line[0], line[1])).replaceFirst("");
    }
}
