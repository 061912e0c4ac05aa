package org.stageboard.text;

/**
 * Which characters belong to words, by script: Latin, Cyrillic and digits form space-separated words; Chinese (and
 * Japanese kana) is written without spaces and is segmented by {@link Segmenter}. The one place these tests live.
 */
public final class Scripts {
    /**
     * A Latin or Cyrillic letter or a digit in normalised (lower-case, NFKC) text, as a regex class. Written as
     * code-point ranges because {@code \\p{IsLatin}} looks the script up by binary search on every character; the
     * ranges cover ASCII, Latin-1, Latin Extended A/B and Additional, and Cyrillic.
     */
    public static final String LETTER = "[a-z0-9\\u00c0-\\u024f\\u1e00-\\u1eff\\u0400-\\u052f]";

    private Scripts() {
    }

    /** True for Chinese/Japanese ideographs and kana, which have no spaces between words. */
    public static boolean isCjk(int codePoint) {
        if (codePoint < 0x2e80) {
            return false; // fast path: Latin, Cyrillic, punctuation
        }
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }

    /** The same test as {@link #LETTER}, without a regex: part of a Latin or Cyrillic word, or a digit. */
    public static boolean isWordChar(char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || (c >= '\u00c0' && c <= '\u024f')
                || (c >= '\u1e00' && c <= '\u1eff') || (c >= '\u0400' && c <= '\u052f');
    }
}
