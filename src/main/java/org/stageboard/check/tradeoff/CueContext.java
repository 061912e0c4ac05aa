package org.stageboard.check.tradeoff;

import java.util.regex.Pattern;

/**
 * What surrounds a cue in the normalised text: the word before or after it, whether it opens a clause, follows a
 * comma or sits between digits. {@link CueGuards} decides from these whether a cue does trade-off work; the helpers
 * live here so the guards read as a list of decisions.
 */
final class CueContext {
    private CueContext() {
    }

    /** What may trail a cue that still has nothing after it: spaces, stops, an ellipsis, commas. */
    private static final String TRAILING = " .…,;!。，！";

    /**
     * Nothing but trailing punctuation follows {@code end}, up to the end of the text or, when {@code toLineEnd}, of
     * its line: a "but" written there was broken off ("…, but", «…, но», "…但是。").
     */
    static boolean nothingFollows(String s, int end, boolean toLineEnd) {
        int b = end;
        while (b < s.length() && (TRAILING.indexOf(s.charAt(b)) >= 0
                || !toLineEnd && Character.isWhitespace(s.charAt(b)))) {
            b++;
        }
        return b == s.length() || toLineEnd && s.charAt(b) == '\n';
    }

    /** True when {@code p} matches at {@code at} (without copying the rest of the text). */
    static boolean startsWith(Pattern p, String s, int at) {
        java.util.regex.Matcher m = p.matcher(s);
        m.region(at, s.length());
        if (at >= s.length()) {
            return p.matcher("").lookingAt();
        }
        return m.lookingAt();
    }

    /** The text of the clause before {@code start} (up to 60 characters back, stopping at a comma or sentence end). */
    static String clauseBefore(String s, int start) {
        int from = Math.max(0, start - 60);
        String before = s.substring(from, start);
        int stop = -1;
        for (int i = before.length() - 1; i >= 0 && stop < 0; i--) {
            stop = ".;,\n".indexOf(before.charAt(i)) >= 0 ? i : -1;
        }
        return before.substring(stop + 1);
    }

    /** "+2.4%", "-3 ms": a signed measured difference, the verdict of "X 比 Y 时长 +2.4%". */
    static boolean signedMeasureAt(String s, int i) {
        return "+-−".indexOf(s.charAt(i)) >= 0 && i + 1 < s.length() && Character.isDigit(s.charAt(i + 1));
    }

    /** The next non-space character in {@code dir} from {@code i} is a digit or a percent sign: "27% vs 18%". */
    static boolean digitNear(String s, int i, int dir) {
        while (i >= 0 && i < s.length() && s.charAt(i) == ' ') {
            i += dir;
        }
        return i >= 0 && i < s.length() && (Character.isDigit(s.charAt(i)) || s.charAt(i) == '%');
    }

    /** The next non-space character in {@code dir} from {@code i} is a letter (not a digit): "GBDT > DNN". */
    static boolean letterNear(String s, int i, int dir) {
        while (i >= 0 && i < s.length() && s.charAt(i) == ' ') {
            i += dir;
        }
        if (dir > 0) { // "model >> 7B": a model size names an option, "p99 > 50" compares numbers
            int k = i;
            while (k < s.length() && (Character.isDigit(s.charAt(k)) || s.charAt(k) == '.')) {
                k++;
            }
            i = k > i && k < s.length() && "bm".indexOf(s.charAt(k)) >= 0 && !letterAt(s, k + 1) ? k : i;
        }
        return i >= 0 && i < s.length() && Character.isLetter(s.charAt(i));
    }

    static boolean letterAt(String s, int i) {
        return i < s.length() && Character.isLetter(s.charAt(i));
    }

    static String wordBefore(String s, int start) {
        int e = start;
        while (e > 0 && s.charAt(e - 1) == ' ') {
            e--;
        }
        int b = e;
        while (b > 0 && CueScanner.isWordChar(s.charAt(b - 1))) {
            b--;
        }
        return s.substring(b, e);
    }

    static String wordAfter(String s, int end) {
        int b = end;
        while (b < s.length() && s.charAt(b) == ' ') {
            b++;
        }
        int e = b;
        while (e < s.length() && CueScanner.isWordChar(s.charAt(e))) {
            e++;
        }
        return s.substring(b, e);
    }

    static int lineEnd(String s, int from) {
        int nl = s.indexOf('\n', from);
        return nl < 0 ? s.length() : nl;
    }

    static boolean hasWordBefore(String s, int start) {
        for (int i = start - 1; i >= 0; i--) {
            char c = s.charAt(i);
            if (Character.isLetterOrDigit(c)) {
                return true;
            }
            if (c != ' ') {
                return false;
            }
        }
        return false;
    }

    static boolean precededByComma(String s, int start) {
        int i = start - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && ",，;；、—–-():：".indexOf(s.charAt(i)) >= 0; // 、 lists options as a comma does
    }

    /**
     * Round 22: "按场次不按周", "按小时预测 不按天": the word after 不 is a way of doing (按, 走, 放, 存, 靠, 挂) that the
     * same clause used before it, so 不 rejects the parallel option as a comma before it would show.
     */
    static boolean parallelWay(String s, int start, int end) {
        if (end >= s.length() || "按走放存靠挂".indexOf(s.charAt(end)) < 0) {
            return false;
        }
        int b = start;
        while (b > 0 && ",，;；。.\n:：".indexOf(s.charAt(b - 1)) < 0) {
            b--;
        }
        return s.substring(b, start).indexOf(s.charAt(end)) >= 0;
    }

    static boolean latinAfter(String s, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        return i < s.length() && s.charAt(i) < 128 && Character.isLetter(s.charAt(i));
    }

    static boolean clauseStart(String s, int start) {
        int i = start - 1;
        while (i >= 0 && s.charAt(i) == ' ') {
            i--;
        }
        return i < 0 || ",，;—–-(:.\n".indexOf(s.charAt(i)) >= 0;
    }

    /**
     * The cue closes its clause after a word: "nearest first", "ближайшие сначала" order a list by a quality, where a
     * pick names the option after the cue ("first GBDT", «сначала бустинг»).
     */
    static boolean closesClauseAfterWord(String s, int start, int end) {
        int i = end;
        while (i < s.length() && s.charAt(i) == ' ') {
            i++;
        }
        boolean closes = i >= s.length() || ",，;；.。\n)）".indexOf(s.charAt(i)) >= 0
                || s.startsWith("then", i) || s.startsWith("потом", i) || s.startsWith("затем", i);
        return closes && !wordBefore(s, start).isEmpty();
    }
}
