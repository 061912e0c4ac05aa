package org.stageboard.text;

import java.text.Normalizer;
import java.util.Locale;

/**
 * The one normal form all text matching works on. NFKC folds full-width letters, digits and punctuation to their
 * ASCII forms ("ＡＵＣ１００ｍｓ" becomes "auc100ms", "：" becomes ":"), then everything is lower-cased and ё is read
 * as е, because Russian writers use the two interchangeably.
 */
public final class TextNorm {
    private TextNorm() {
    }

    public static String normalize(String s) {
        if (s == null || s.isEmpty()) {
            return "";
        }
        // plain ASCII is its own NFKC form: most terms and much of a board skip the normaliser's tables
        String n = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC)).toLowerCase(Locale.ROOT);
        return n.replace('ё', 'е');
    }

    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            if (s.charAt(i) >= 0x80) {
                return false;
            }
        }
        return true;
    }
}
