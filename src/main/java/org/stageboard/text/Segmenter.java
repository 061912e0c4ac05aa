package org.stageboard.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Splits a run of Chinese characters into words by forward maximum matching: from the left, take the longest word
 * the dictionary knows, else one character. The dictionary is a shipped word list of the vocabulary ML design
 * answers use (zh-words.txt) plus, for a {@link Terms} matcher, its own terms. That is enough to keep a short term
 * from matching inside a longer word (流 is not in 流失, 人工 is not in 人工智能, 更 is not in 更新) without
 * shipping a general-purpose segmenter and its multi-megabyte model.
 */
public final class Segmenter {
    /** The shipped word list alone. */
    public static final Segmenter DEFAULT = new Segmenter(loadLexicon(), Set.of(), null);

    /** Longest word looked for; longer dictionary words are never matched (none of the shipped ones is). */
    private static final int MAX_LENGTH = 31;

    private final Set<String> lexicon;
    private final Set<String> extra;
    /**
     * Bit {@code l} of {@code lengths[c]} is set when a shipped word of length {@code l} starts with {@code c}
     * ({@code extraLengths} likewise for the added words): at each position only those lengths are looked up, so
     * segmenting allocates a substring only where a word may be. The array is shared by every segmenter.
     */
    private final int[] lengths;
    private final Map<Character, Integer> extraLengths;

    private Segmenter(Set<String> lexicon, Set<String> extra, int[] lengths) {
        this.lexicon = lexicon;
        this.extra = extra;
        this.lengths = lengths == null ? lengthsOf(lexicon) : lengths;
        this.extraLengths = new HashMap<>();
        for (String w : extra) {
            if (w.length() >= 2 && w.length() <= MAX_LENGTH) {
                extraLengths.merge(w.charAt(0), 1 << w.length(), (a, b) -> a | b);
            }
        }
    }

    private static int[] lengthsOf(Set<String> words) {
        int[] out = new int[1 << 16];
        for (String w : words) {
            if (w.length() >= 2 && w.length() <= MAX_LENGTH) {
                out[w.charAt(0)] |= 1 << w.length();
            }
        }
        return out;
    }

    /** This dictionary plus {@code words} (normalised Chinese words; others are ignored). */
    public Segmenter with(Collection<String> words) {
        Set<String> more = new HashSet<>(extra);
        for (String w : words) {
            if (!w.isEmpty() && w.codePoints().allMatch(Scripts::isCjk)) {
                more.add(w);
            }
        }
        return new Segmenter(lexicon, Set.copyOf(more), lengths);
    }

    public boolean knows(String word) {
        return lexicon.contains(word) || extra.contains(word);
    }

    /**
     * Word boundaries of {@code text[start, end)}, a run of Chinese characters: bit {@code i - start} is set when a
     * word starts or ends at {@code i}. Both ends of the run are always boundaries.
     */
    public BitSet cuts(String text, int start, int end) {
        BitSet cuts = new BitSet(end - start + 1);
        cuts.set(0);
        int i = start;
        while (i < end) {
            int len = 1;
            char first = text.charAt(i);
            int candidates = lengths[first] | (extraLengths.isEmpty() ? 0 : extraLengths.getOrDefault(first, 0));
            for (int l = Math.min(MAX_LENGTH, end - i); l > 1 && candidates != 0; l--) {
                if ((candidates & (1 << l)) != 0 && knows(text.substring(i, i + l))) {
                    len = l;
                    break;
                }
            }
            i += len;
            cuts.set(i - start);
        }
        return cuts;
    }

    private static Set<String> loadLexicon() {
        Set<String> words = new HashSet<>();
        try (InputStream in = Segmenter.class.getResourceAsStream("zh-words.txt")) {
            if (in == null) {
                throw new IllegalStateException("zh-words.txt is missing from the jar");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (line.strip().startsWith("#")) {
                    continue;
                }
                for (String w : line.split("\\s+")) {
                    String n = TextNorm.normalize(w);
                    if (!n.isEmpty()) {
                        words.add(n);
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Set.copyOf(words);
    }
}
