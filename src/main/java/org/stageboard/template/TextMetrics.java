package org.stageboard.template;

import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;

/**
 * A conservative, screen-free estimate of how much room a box's text needs, so layouts can be computed (and tested)
 * without JavaFX. The constants describe how the box view renders a node; the renderer uses the same ones, so an
 * estimate made here is never smaller than what it draws:
 * <pre>
 *   +--------------------------------+
 *   | Title (bold, 14px)             |  PADDING all round
 *   |                                |  SECTION_GAP
 *   | text or hint (12.5px)          |
 *   |                                |  SECTION_GAP
 *   | choice › over — because        |  one wrapped row per trade-off
 *   +--------------------------------+
 * </pre>
 * Character widths are deliberately generous (a wide sans-serif): an estimate that is too large wastes a little
 * space, one that is too small cuts text off.
 */
public final class TextMetrics {
    public static final double TITLE_FONT_SIZE = 14;
    public static final double TEXT_FONT_SIZE = 12.5;
    public static final double TITLE_LINE_HEIGHT = 19;
    public static final double TEXT_LINE_HEIGHT = 17;
    public static final double PADDING = 10;
    public static final double SECTION_GAP = 6;
    private static final double BOLD_FACTOR = 1.1;

    private TextMetrics() {
    }

    /** The estimated width in pixels of one code point at {@code fontSize}. */
    public static double charWidth(int cp, double fontSize) {
        return em(cp) * fontSize;
    }

    private static double em(int cp) {
        if (isWide(cp) || (cp >= 0x2010 && cp <= 0x206F)) {
            return 1.0; // CJK, and dashes/quotes/bullets, which fonts often draw from a wide fallback font
        }
        if (cp == ' ' || ".,:;'!|`".indexOf(cp) >= 0 || cp == 'i' || cp == 'l' || cp == 'j' || cp == 'I') {
            return 0.34;
        }
        if ("mwMWшщжюыфШЩЖЮЫФ@%".indexOf(cp) >= 0) {
            return 0.95;
        }
        if (Character.isUpperCase(cp)) {
            return 0.74;
        }
        return 0.62;
    }

    /** East Asian wide or fullwidth characters (CJK, kana, Hangul, fullwidth forms) and emoji take a full em. */
    public static boolean isWide(int cp) {
        return (cp >= 0x1100 && cp <= 0x115F)
                || (cp >= 0x2E80 && cp <= 0x303E)
                || (cp >= 0x3041 && cp <= 0x33FF)
                || (cp >= 0x3400 && cp <= 0x4DBF)
                || (cp >= 0x4E00 && cp <= 0x9FFF)
                || (cp >= 0xA000 && cp <= 0xA4CF)
                || (cp >= 0xAC00 && cp <= 0xD7A3)
                || (cp >= 0xF900 && cp <= 0xFAFF)
                || (cp >= 0xFE30 && cp <= 0xFE4F)
                || (cp >= 0xFF00 && cp <= 0xFF60)
                || (cp >= 0xFFE0 && cp <= 0xFFE6)
                || (cp >= 0x1F300 && cp <= 0x1FAFF)
                || (cp >= 0x20000 && cp <= 0x3FFFD);
    }

    /** The estimated width of {@code s} on one line. */
    public static double width(String s, double fontSize, boolean bold) {
        double w = 0;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            w += charWidth(cp, fontSize);
            i += Character.charCount(cp);
        }
        return bold ? w * BOLD_FACTOR : w;
    }

    /**
     * How many lines {@code text} takes when wrapped at {@code maxWidth}: lines break at spaces, between wide (CJK)
     * characters, and inside a word only when the word alone is wider than the line. Each '\n' starts a new line;
     * an empty text takes no lines.
     */
    public static int lines(String text, double maxWidth, double fontSize, boolean bold) {
        if (text == null || text.isEmpty()) {
            return 0;
        }
        int total = 0;
        for (String paragraph : text.split("\n", -1)) {
            total += paragraphLines(paragraph, maxWidth, fontSize * (bold ? BOLD_FACTOR : 1));
        }
        return total;
    }

    private static int paragraphLines(String p, double max, double size) {
        int lines = 1;
        double x = 0;
        int i = 0;
        while (i < p.length()) {
            int cp = p.codePointAt(i);
            if (Character.isWhitespace(cp)) {
                x += charWidth(cp, size); // a space at the end of a line may hang over the edge
                i += Character.charCount(cp);
                continue;
            }
            // the next unbreakable piece: one wide character, or a run of narrow non-space characters
            int end = i + Character.charCount(cp);
            if (!isWide(cp)) {
                while (end < p.length()) {
                    int c = p.codePointAt(end);
                    if (Character.isWhitespace(c) || isWide(c)) {
                        break;
                    }
                    end += Character.charCount(c);
                }
            }
            String piece = p.substring(i, end);
            double w = width(piece, size, false);
            if (x > 0 && x + w > max) {
                lines++;
                x = 0;
            }
            if (w > max) {
                // a word wider than the line breaks anywhere
                for (int k = 0; k < piece.length(); ) {
                    int c = piece.codePointAt(k);
                    double cw = charWidth(c, size);
                    if (x > 0 && x + cw > max) {
                        lines++;
                        x = 0;
                    }
                    x += cw;
                    k += Character.charCount(c);
                }
            } else {
                x += w;
            }
            i = end;
        }
        return lines;
    }

    /** What the box body shows: the answer text, or the hint (as placeholder) when there is no text. */
    public static String body(Node n) {
        return n.text().isBlank() ? n.hint() : n.text();
    }

    /** The smallest height at which a box of {@code width} shows its title, body and trade-offs uncut. */
    public static double requiredHeight(Node n, double width) {
        double inner = width - 2 * PADDING;
        double h = 2 * PADDING;
        h += Math.max(1, lines(n.title(), inner, TITLE_FONT_SIZE, true)) * TITLE_LINE_HEIGHT;
        int bodyLines = lines(body(n), inner, TEXT_FONT_SIZE, false);
        if (bodyLines > 0) {
            h += SECTION_GAP + bodyLines * TEXT_LINE_HEIGHT;
        }
        int rows = 0;
        for (TradeOff t : n.tradeoffs()) {
            if (!t.isBlank()) {
                rows += lines(TradeOffFormat.oneLine(t), inner, TEXT_FONT_SIZE, false);
            }
        }
        if (rows > 0) {
            h += SECTION_GAP + rows * TEXT_LINE_HEIGHT;
        }
        return Math.max(Node.MIN_HEIGHT, Math.ceil(h));
    }
}
