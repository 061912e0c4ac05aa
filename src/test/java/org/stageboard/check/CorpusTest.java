package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Runs the checker over the labelled corpus: only the documented known misses may differ from the labels. */
class CorpusTest {
    private final List<Corpus.Entry> corpus = Corpus.load();

    @Test
    void corpusIsLargeAndTrilingual() {
        assertTrue(corpus.size() >= 40, "boards: " + corpus.size());
        for (String lang : List.of("en-", "zh-", "ru-")) {
            assertTrue(corpus.stream().filter(e -> e.name().startsWith(lang)).count() >= 10, lang);
        }
        for (Corpus.Entry e : corpus) {
            assertTrue(Rules.ids().containsAll(e.labelled()), e.name() + " labels an unknown rule");
            for (String k : e.expected()) {
                assertTrue(e.labelled().contains(k.substring(0, k.indexOf('@'))), e.name() + ": unlabelled " + k);
            }
        }
    }

    @Test
    void findingsMatchTheLabelsExceptKnownMisses() {
        List<String> unexpected = new ArrayList<>();
        for (Corpus.Entry e : corpus) {
            List<String> mismatches = new ArrayList<>();
            Corpus.score(List.of(e), mismatches);
            List<String> known = e.knownMisses().stream().map(k -> e.name() + ": " + k).toList();
            if (!mismatches.equals(known)) {
                unexpected.add(e.name() + " got " + mismatches + ", documented " + known);
            }
        }
        assertEquals(List.of(), unexpected);
    }

    @Test
    void everyRuleIsExercisedAndAccurate() {
        Map<String, Corpus.Score> scores = Corpus.score(corpus, new ArrayList<>());
        scores.forEach((rule, s) -> {
            assertTrue(s.support() >= 4, rule + " has only " + s.support() + " positive labels");
            assertTrue(s.precision() >= 0.8, rule + " precision " + s.precision());
            assertTrue(s.recall() >= 0.9, rule + " recall " + s.recall());
        });
    }
}
