package org.stageboard.check;

import java.text.Normalizer;
import java.util.Locale;

/** The one normal form all text matching works on: NFKC (full-width digits and letters become ASCII), lower case, ё as е. */
public final class TextNorm {
    private TextNorm() {
    }

    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        String n = Normalizer.normalize(s, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
        return n.replace('ё', 'е');
    }

    /** True for Chinese/Japanese ideographs, which have no spaces between words and are matched as substrings. */
    public static boolean isCjk(int codePoint) {
        Character.UnicodeScript s = Character.UnicodeScript.of(codePoint);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                || s == Character.UnicodeScript.KATAKANA;
    }
}
