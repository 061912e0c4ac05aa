package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stageboard.text.TextNorm;

/**
 * Time per box of reading a trade-off, uncached, over every corpus text: the hand rules alone, and the rules plus
 * the model's features and score, each as a ratio to normalising the same text (a same-run baseline). A benchmark,
 * not a timed test: {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none -Dtest=TradeoffReaderBenchmarkTest}.
 * Writes target/tradeoff-benchmark.md.
 */
@Tag("benchmark")
class TradeoffReaderBenchmarkTest {
    @Test
    void rulesAndModelPerBox() throws Exception {
        List<String> texts = TradeoffCorpusTest.loadAll(TradeoffCorpusTest.DEVELOPMENT).stream()
                .map(TradeoffCorpusTest.Row::text).toList();
        int sink = 0;
        double[] norm = new double[15];
        double[] rules = new double[15];
        double[] model = new double[15];
        for (int rep = 0; rep < 20; rep++) {
            long t0 = System.nanoTime();
            for (String t : texts) {
                sink += TextNorm.normalize(t).length();
            }
            long t1 = System.nanoTime();
            for (String t : texts) {
                sink += TradeoffReader.readByRules(t).found();
            }
            long t2 = System.nanoTime();
            for (String t : texts) {
                sink += TradeoffReader.readUncached(t).found();
            }
            long t3 = System.nanoTime();
            if (rep >= 5) { // the first five warm up the JIT
                norm[rep - 5] = (t1 - t0) / 1000.0 / texts.size();
                rules[rep - 5] = (t2 - t1) / 1000.0 / texts.size();
                model[rep - 5] = (t3 - t2) / 1000.0 / texts.size();
            }
        }
        double n = median(norm);
        double r = median(rules);
        double m = median(model);
        String md = String.format(Locale.ROOT, "| per box (median of 15 passes over %d texts) | µs | ratio to normalising |%n"
                + "|---|---|---|%n| normalise the text (baseline) | %.2f | 1.0x |%n| hand rules alone | %.1f | %.0fx |%n"
                + "| rules + features + model | %.1f | %.0fx |%n", texts.size(), n, r, r / n, m, m / n);
        System.out.println(md);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "tradeoff-benchmark.md"), md, StandardCharsets.UTF_8);
        assertTrue(sink > 0, "the readings were used");
    }

    private static double median(double[] xs) {
        double[] c = xs.clone();
        Arrays.sort(c);
        return c[c.length / 2];
    }
}
