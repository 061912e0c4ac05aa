package org.stageboard.check;

import org.stageboard.text.Scripts;

/**
 * @deprecated moved to {@link org.stageboard.text.TextNorm} and {@link Scripts#isCjk}; kept so older callers
 *             compile.
 */
@Deprecated
public final class TextNorm {
    private TextNorm() {
    }

    public static String normalize(String s) {
        return org.stageboard.text.TextNorm.normalize(s);
    }

    public static boolean isCjk(int codePoint) {
        return Scripts.isCjk(codePoint);
    }
}
