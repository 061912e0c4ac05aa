package org.stageboard.io;

/**
 * Makes text from a file or the command line safe to quote in a one-line message: control characters, line and
 * paragraph separators (U+2028, U+2029), bidi controls and lone surrogates are escaped as {@code \\uXXXX}, and
 * anything longer than a short excerpt is cut with an ellipsis and the full length. A 1 MB value in a file then
 * gives a message of a few dozen characters, never a 1 MB "line".
 */
public final class Excerpt {
    /** Characters of a quoted value kept before cutting. */
    public static final int MAX_VALUE_CHARS = 60;
    /** No message meant as one line is longer than this, in any language. */
    public static final int MAX_LINE_CHARS = 400;

    private Excerpt() {
    }

    /** {@code value} escaped and cut to {@link #MAX_VALUE_CHARS}. */
    public static String of(String value) {
        return of(value, MAX_VALUE_CHARS);
    }

    /** {@code value} escaped and cut to about {@code max} characters, saying how long it really was. */
    public static String of(String value, int max) {
        if (value == null) {
            return "null";
        }
        int[] used = new int[1];
        String shown = escape(value, max, used);
        return used[0] < value.length() ? shown + "\u2026 (" + value.length() + " chars)" : shown;
    }

    /**
     * A whole message made safe as one line: every unsafe character escaped (line breaks become a space), then cut
     * to {@link #MAX_LINE_CHARS}. Used as the last guard before a message reaches the user.
     */
    public static String line(String message) {
        if (message == null) {
            return "";
        }
        String flat = message.replaceAll("\\s*[\\r\\n\\u2028\\u2029]+\\s*", " ").strip();
        int[] used = new int[1];
        String escaped = escape(flat, MAX_LINE_CHARS, used);
        return used[0] < flat.length() || escaped.length() > MAX_LINE_CHARS
                ? cut(escaped, MAX_LINE_CHARS - 1) + "\u2026" : escaped;
    }

    /** Escapes {@code s} until about {@code maxChars} are out; {@code used[0]} is how many chars were consumed. */
    private static String escape(String s, int maxChars, int[] used) {
        StringBuilder out = new StringBuilder(Math.min(s.length(), maxChars) + 8);
        int i = 0;
        for (; i < s.length() && out.length() < maxChars; i++) {
            char c = s.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < s.length() && Character.isLowSurrogate(s.charAt(i + 1))) {
                out.append(c).append(s.charAt(++i));
            } else if (unsafe(c)) {
                out.append(String.format("\\u%04X", (int) c));
            } else {
                out.append(c);
            }
        }
        used[0] = i;
        return out.toString();
    }

    /** Cuts without splitting a surrogate pair. */
    private static String cut(String s, int max) {
        if (s.length() <= max) {
            return s;
        }
        int end = Character.isLowSurrogate(s.charAt(max)) ? max - 1 : max;
        return s.substring(0, end);
    }

    private static boolean unsafe(char c) {
        return Character.isISOControl(c) || Character.isSurrogate(c)
                || c == '\u2028' || c == '\u2029' || c == '\u0085'
                || (c >= '\u202A' && c <= '\u202E') || (c >= '\u2066' && c <= '\u2069') // bidi overrides
                || c == '\u200E' || c == '\u200F' || c == '\uFEFF';
    }
}
