package org.stageboard.text;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.BitSet;
import java.util.Collection;
import java.util.HashSet;
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
    public static final Segmenter DEFAULT = new Segmenter(loadLexicon(), Set.of());

    private final Set<String> lexicon;
    private final Set<String> extra;
    private final int maxLength;

    private Segmenter(Set<String> lexicon, Set<String> extra) {
        this.lexicon = lexicon;
        this.extra = extra;
        int max = 1;
        for (String w : lexicon) {
            max = Math.max(max, w.length());
        }
        for (String w : extra) {
            max = Math.max(max, w.length());
        }
        this.maxLength = max;
    }

    /** This dictionary plus {@code words} (normalised Chinese words; others are ignored). */
    public Segmenter with(Collection<String> words) {
        Set<String> more = new HashSet<>(extra);
        for (String w : words) {
            if (!w.isEmpty() && w.codePoints().allMatch(Scripts::isCjk)) {
                more.add(w);
            }
        }
        return new Segmenter(lexicon, Set.copyOf(more));
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
            for (int l = Math.min(maxLength, end - i); l > 1; l--) {
                if (knows(text.substring(i, i + l))) {
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
