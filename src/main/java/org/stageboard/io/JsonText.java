package org.stageboard.io;

/** Helpers for JSON text this app writes. */
public final class JsonText {
    private JsonText() {
    }

    /**
     * Writes every lone UTF-16 surrogate in {@code json} as a {@code \\uXXXX} escape. Jackson writes such a char
     * as it is, and encoding the text as UTF-8 would then turn it into "?": text the user typed or opened would
     * change on save. A lone surrogate can only occur inside a JSON string, where the escape means the same char,
     * so the file reads back exactly as it was.
     */
    public static String escapeLoneSurrogates(String json) {
        StringBuilder out = null;
        for (int i = 0; i < json.length(); i++) {
            char c = json.charAt(i);
            boolean pair = Character.isHighSurrogate(c) && i + 1 < json.length()
                    && Character.isLowSurrogate(json.charAt(i + 1));
            if (pair) {
                if (out != null) {
                    out.append(c).append(json.charAt(i + 1));
                }
                i++;
            } else if (Character.isSurrogate(c)) {
                if (out == null) {
                    out = new StringBuilder(json.length() + 16).append(json, 0, i);
                }
                out.append(String.format("\\u%04X", (int) c));
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? json : out.toString();
    }
}
