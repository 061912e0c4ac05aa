package org.stageboard.text;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Splits normalised text into word tokens. A Latin, Cyrillic or digit word runs until any other character, so
 * "p99" is one token, "a/b" is "a" and "b", and "log-loss" is "log" and "loss"; runs of Chinese characters are
 * segmented into words by {@link Segmenter}. Punctuation, spaces and symbols are never tokens.
 */
public final class Tokenizer {
    /** One word: its normalised text and where it is, [start, end) in the text it came from. */
    public record Token(String text, int start, int end, boolean cjk) {
    }

    private final Segmenter segmenter;

    public Tokenizer(Segmenter segmenter) {
        this.segmenter = segmenter;
    }

    /** The tokens of raw text (normalised first) with the shipped Chinese word list. */
    public static List<Token> tokens(String raw) {
        return new Tokenizer(Segmenter.DEFAULT).split(TextNorm.normalize(raw));
    }

    /** Just the words of raw text, normalised. */
    public static List<String> words(String raw) {
        return tokens(raw).stream().map(Token::text).toList();
    }

    /** The tokens of text already passed through {@link TextNorm#normalize}. */
    public List<Token> split(String normalized) {
        List<Token> out = new ArrayList<>();
        int n = normalized.length();
        int i = 0;
        while (i < n) {
            int cp = normalized.codePointAt(i);
            if (Scripts.isCjk(cp)) {
                int end = i;
                while (end < n && Scripts.isCjk(normalized.codePointAt(end))) {
                    end += Character.charCount(normalized.codePointAt(end));
                }
                BitSet cuts = segmenter.cuts(normalized, i, end);
                int from = i;
                for (int c = cuts.nextSetBit(1); c >= 0; c = cuts.nextSetBit(c + 1)) {
                    out.add(new Token(normalized.substring(from, i + c), from, i + c, true));
                    from = i + c;
                }
                i = end;
            } else if (Character.isLetterOrDigit(cp)) {
                boolean number = Character.isDigit(cp);
                int end = i;
                while (end < n) {
                    int c = normalized.codePointAt(end);
                    if (!Character.isLetterOrDigit(c) || Scripts.isCjk(c) || (number && !Character.isDigit(c))) {
                        break; // a number ends where its unit starts: "100ms" is "100" and "ms", "p99" stays whole
                    }
                    end += Character.charCount(c);
                }
                out.add(new Token(normalized.substring(i, end), i, end, false));
                i = end;
            } else {
                i += Character.charCount(cp);
            }
        }
        return out;
    }
}
