package org.stageboard.check.tradeoff;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An option named on its own line, its pros and cons listed under it as "+ …" and "- …" lines, then a last line that
 * settles the weighing: "cold-room sensors: / + alerts before the milk turns / - $3k per site / still cheaper than
 * dumping a batch a month", "分拣线： / + 一小时 800 件 / - 一台 30 万 / 比临时工划算". The header is the choice and the
 * first pro the reason; the alternative is what the last line (or a con) measures it against ("than X", 比X, «чем
 * X»), or, when it only accepts ("worth it", 能接受, «норм»), the con it accepts, the price of not doing without.
 * Round 23, from the out-of-fold misses of sets 31 and 32 (zh-h31-0021, zh-h32-0017), a form written in every set
 * since 12, in Chinese, English and Russian; every such box in the phrase files states a trade-off, but a list without
 * a settling line only weighs ({@link ProsAndCons}), so the last line must favour or accept. Asked only when no other
 * reader found all three parts.
 */
final class PlusMinusList {
    private static final Pattern PRO = Pattern.compile("^\\s*[+＋]\\s*\\S");
    private static final Pattern CON = Pattern.compile("^\\s*[-−–—]\\s*\\S");
    /** A last line that takes the option over another, or accepts its price. */
    private static final Pattern SETTLES = Pattern.compile("(?<![\\p{L}])(?:ok|okay|fine|worth\\p{L}*|better|cheaper"
            + "|safer|beats|we take it|taking|going|acceptable|лучше|дешевле|надежнее|норм|нормально|приемлемо|ок|берем"
            + "|оставляем)(?![\\p{L}])|能接受|可以接受|值得|值|划算|强|靠谱|认了|更稳|更省");
    /** What the option is measured against: "than X", 比X, «чем X», "vs X", "instead of X". */
    private static final Pattern AGAINST = Pattern.compile("(?:(?<![\\p{L}])(?:than|vs|instead of|rather than|чем)\\s+|比\\s*)"
            + "([^,，;；.。\\n]+)");
    /** Chinese qualities that close a 比 comparison: "比夜班巡检靠谱多了" measures against 夜班巡检. */
    private static final Pattern ZH_QUALITY = Pattern.compile("(?:早|晚|好|强|贵|重|轻|快|慢|准|稳|省|划算|靠谱|便宜|安全)");

    private PlusMinusList() {
    }

    /** The three parts, or null when the box is not a header, pro and con lines, and a settling last line. */
    static FoundParts read(String norm) {
        String[] lines = norm.split("\n", -1);
        if (lines.length < 4 || norm.indexOf('?') >= 0 || norm.indexOf('？') >= 0) {
            return null;
        }
        int last = lines.length - 1;
        while (last > 0 && lines[last].isBlank()) {
            last--;
        }
        String header = lines[0];
        String verdict = lines[last];
        if (item(header) || item(verdict) || !SETTLES.matcher(verdict).find()) {
            return null;
        }
        int[] offsets = new int[lines.length + 1];
        for (int i = 0; i < lines.length; i++) {
            offsets[i + 1] = offsets[i] + lines[i].length() + 1;
        }
        int firstPro = -1;
        int firstCon = -1;
        for (int i = 1; i < last; i++) {
            if (PRO.matcher(lines[i]).find()) {
                firstPro = firstPro < 0 ? i : firstPro;
            } else if (CON.matcher(lines[i]).find()) {
                firstCon = firstCon < 0 ? i : firstCon;
            } else {
                return null; // a line that is neither: not a plain list under one option
            }
        }
        if (firstPro < 0 || firstCon < 0) {
            return null;
        }
        FoundParts f = new FoundParts();
        f.choice = Spans.trim(norm, offsets[0], offsets[0] + header.length());
        f.reason = Spans.trim(norm, offsets[firstPro], offsets[firstPro] + lines[firstPro].length());
        f.alternative = against(norm, offsets[last], offsets[last] + verdict.length());
        for (int i = firstCon; f.alternative == null && i < last; i++) {
            f.alternative = CON.matcher(lines[i]).find() ? against(norm, offsets[i], offsets[i] + lines[i].length()) : null;
        }
        if (f.alternative == null) {
            f.alternative = Spans.trim(norm, offsets[firstCon], offsets[firstCon] + lines[firstCon].length());
        }
        return f.count() == 3 ? f : null;
    }

    private static boolean item(String line) {
        return PRO.matcher(line).find() || CON.matcher(line).find();
    }

    /** The option a line measures against, or null: the words after "than" / 比 up to a Chinese quality or the clause end. */
    private static int[] against(String norm, int from, int to) {
        Matcher m = AGAINST.matcher(norm).region(from, to);
        if (!m.find()) {
            return null;
        }
        int end = m.end(1);
        if (norm.charAt(m.start(1) - 1) == '比' || norm.startsWith("比", m.start())) {
            Matcher q = ZH_QUALITY.matcher(norm).region(m.start(1), m.end(1));
            end = q.find() && q.start() > m.start(1) ? q.start() : end;
        }
        return Spans.trim(norm, m.start(1), end);
    }
}
