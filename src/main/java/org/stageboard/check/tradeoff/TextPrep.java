package org.stageboard.check.tradeoff;

/**
 * The normalised text as {@link TradeoffReader} scans it: abbreviations whose period is no sentence end, the dashes
 * candidates type for "—", and template slots blanked out; every change keeps the length, so offsets still point
 * into the writer's own text.
 */
final class TextPrep {
    private TextPrep() {
    }

    /** Abbreviations whose period is not a sentence end: "vs." reads as "vs" (same length, so offsets hold). */
    static String prepare(String norm) {
        // "不但…而且" (not only … but also) and "不仅" hold no "but" and no rejection
        String out = norm.replace("vs.", "vs ").replace("v.s.", "vs  ").replace("不但", "  ").replace("不仅", "  ");
        // the Chinese dash "——" is typed as U+2015 by many input methods, "－－" folds to "--", and ASCII writers
        // type "--": all are the dash that puts a reason after a decision (same length, so offsets hold)
        out = out.replace('\u2015', '\u2014');
        if (out.contains("--")) {
            out = DOUBLE_HYPHEN.matcher(out).replaceAll("\u2014\u2014");
        }
        if (out.indexOf('<') >= 0 || out.indexOf('{') >= 0 || out.indexOf('[') >= 0) { // "<choice> over {alts}": a template's slots
            java.util.regex.Matcher m = PLACEHOLDER_SLOT.matcher(out);
            StringBuilder sb = new StringBuilder(out);
            while (m.find()) {
                for (int i = m.start(); i < m.end(); i++) {
                    sb.setCharAt(i, ' ');
                }
            }
            out = sb.toString();
        }
        return out;
    }

    /** Two hyphens that are not the arrow "-->". */
    private static final java.util.regex.Pattern DOUBLE_HYPHEN = java.util.regex.Pattern.compile("--(?!>)");

    /** A template slot: "<choice>", "<альтернатива>", "<理由>". */
    private static final java.util.regex.Pattern PLACEHOLDER_SLOT = java.util.regex.Pattern.compile(
            "<[\\p{L} _-]{1,30}>|\\{\\{?[\\p{L} _-]{1,30}}}?"
                    // round 16: "[what we picked] vs [alternative] because [reason]", "[选择]", "[причина]"
                    + "|\\[(?=[^\\]\\n]{0,30}(?:what|which|option|choice|alternative|reason|why|pick|选择|选项|方案|备选|理由|原因"
                    + "|вариант|выбор|альтернатив|причин|почему))[\\p{L} _-]{2,30}]");
}
