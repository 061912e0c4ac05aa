package org.stageboard.check;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Prints precision and recall of every rule over the labelled corpus as a Markdown table, followed by the
 * mismatches. Run with {@code mvn -q -B -o test -Dtest=CorpusReportTest}; the table is written to
 * {@code target/check-corpus-report.md}.
 */
public final class CorpusReport {
    private CorpusReport() {
    }

    public static String render() {
        List<Corpus.Entry> corpus = Corpus.load();
        List<String> mismatches = new ArrayList<>();
        Map<String, Corpus.Score> scores = Corpus.score(corpus, mismatches);
        StringBuilder sb = new StringBuilder();
        sb.append(String.format(Locale.ROOT, "Corpus: %d boards (%d en, %d zh, %d ru).%n%n", corpus.size(),
                count(corpus, "en-"), count(corpus, "zh-"), count(corpus, "ru-")));
        sb.append("| rule | support | TP | FP | FN | precision | recall |\n|---|---|---|---|---|---|---|\n");
        int tp = 0;
        int fp = 0;
        int fn = 0;
        for (Map.Entry<String, Corpus.Score> e : scores.entrySet()) {
            Corpus.Score s = e.getValue();
            tp += s.tp;
            fp += s.fp;
            fn += s.fn;
            sb.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %.2f | %.2f |%n", e.getKey(), s.support(),
                    s.tp, s.fp, s.fn, s.precision(), s.recall()));
        }
        sb.append(String.format(Locale.ROOT, "| **all** | %d | %d | %d | %d | %.2f | %.2f |%n", tp + fn, tp, fp, fn,
                tp + fp == 0 ? 1.0 : (double) tp / (tp + fp), tp + fn == 0 ? 1.0 : (double) tp / (tp + fn)));
        sb.append("\nMismatches:\n");
        for (String m : mismatches) {
            sb.append("- ").append(m).append('\n');
        }
        return sb.toString();
    }

    private static long count(List<Corpus.Entry> corpus, String prefix) {
        return corpus.stream().filter(e -> e.name().startsWith(prefix)).count();
    }

    public static void main(String[] args) throws IOException {
        String report = render();
        System.out.println(report);
        Path out = Path.of("target", "check-corpus-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, report);
    }
}
