package org.stageboard.check;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Splits what a candidate wrote into the phrases a reader would quote back: lines, then sentences, and a long
 * sentence into its clauses. Bullets and numbering are dropped; the words themselves are kept exactly as written.
 */
final class Phrases {
    /** Sentence ends: Latin/Cyrillic ones need a space after them ("0.5", "e.g.x" stay whole), Chinese ones don't. */
    private static final Pattern SENTENCE = Pattern.compile("(?<=[.!?;])\\s+|(?<=[。！？；])");
    private static final Pattern CLAUSE = Pattern.compile("(?<=[,，、:：])\\s*");
    private static final Pattern BULLET = Pattern.compile("^([•\\-*·▪◦]|\\d+[.)])\\s*");
    /** A sentence longer than this is quoted clause by clause. */
    static final int LONG = 120;

    private Phrases() {
    }

    static List<String> split(String text) {
        List<String> out = new ArrayList<>();
        for (String line : text.split("\\R")) {
            String l = BULLET.matcher(line.strip()).replaceFirst("");
            for (String sentence : SENTENCE.split(l)) {
                String st = sentence.strip();
                if (st.length() <= LONG) {
                    add(out, st);
                } else {
                    for (String clause : CLAUSE.split(st)) {
                        add(out, clause.strip());
                    }
                }
            }
        }
        return out;
    }

    private static void add(List<String> out, String s) {
        if (s.codePoints().anyMatch(Character::isLetterOrDigit)) {
            out.add(s);
        }
    }
}
