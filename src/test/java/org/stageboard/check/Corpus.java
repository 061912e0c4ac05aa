package org.stageboard.check;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;

/**
 * The labelled corpus under src/test/resources/check-corpus: each board file carries an {@code expected} list of
 * {rule, stage} pairs a careful reviewer would report, and optionally {@code labelled}, the rules those labels
 * cover (focused boards label only the rules they are about; without it every rule is labelled), and
 * {@code knownMisses}, the mismatches ("unexpected rule@stage" / "missed rule@stage") the checker is known to make
 * on it, so the test fails on any new mismatch and the README table stays honest about the old ones.
 */
public final class Corpus {
    public static final Path DIR = Path.of("src/test/resources/check-corpus");

    /** One board with its labels. */
    public record Entry(String name, Board board, Set<String> expected, Set<String> labelled, Set<String> knownMisses) {
        /** "rule@stage" pairs the checker reports for the rules this board labels. */
        public Set<String> found() {
            Set<String> out = new LinkedHashSet<>();
            for (Finding f : Checker.check(board, Profiles.forBoard(board))) {
                if (labelled.contains(f.ruleId())) {
                    out.add(key(f.ruleId(), f.stage() == null ? "" : f.stage().id()));
                }
            }
            return out;
        }
    }

    /** True positives, false positives and false negatives of one rule over the corpus. */
    public static final class Score {
        int tp;
        int fp;
        int fn;

        public double precision() {
            return tp + fp == 0 ? 1.0 : (double) tp / (tp + fp);
        }

        public double recall() {
            return tp + fn == 0 ? 1.0 : (double) tp / (tp + fn);
        }

        public int support() {
            return tp + fn;
        }
    }

    private Corpus() {
    }

    static String key(String rule, String stage) {
        return rule + "@" + stage;
    }

    /** The in-sample corpus under {@link #DIR}. */
    public static List<Entry> load() {
        return load(DIR);
    }

    /** Every labelled board in {@code dir} (same format as {@link #DIR}), sorted by file name. */
    public static List<Entry> load(Path dir) {
        List<Entry> out = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : files.filter(f -> f.toString().endsWith(".stageboard")).sorted().toList()) {
                try (InputStream in = Files.newInputStream(p)) {
                    JsonNode root = TestBoards.readTree(in);
                    Set<String> expected = new LinkedHashSet<>();
                    root.path("expected").forEach(e -> expected.add(key(e.path("rule").asText(), e.path("stage").asText())));
                    Set<String> labelled = new LinkedHashSet<>();
                    root.path("labelled").forEach(e -> labelled.add(e.asText()));
                    if (!root.has("labelled")) {
                        labelled.addAll(Rules.ids());
                    }
                    Set<String> known = new LinkedHashSet<>();
                    root.path("knownMisses").forEach(e -> known.add(e.asText()));
                    String name = p.getFileName().toString().replace(".stageboard", "");
                    out.add(new Entry(name, TestBoards.fromJson(root), expected, labelled, known));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    /** Scores per rule id, in rule order; each mismatch is added to {@code mismatches} as one readable line. */
    public static java.util.Map<String, Score> score(List<Entry> corpus, List<String> mismatches) {
        java.util.Map<String, Score> scores = new java.util.LinkedHashMap<>();
        for (String id : Rules.ids()) {
            scores.put(id, new Score());
        }
        for (Entry e : corpus) {
            Set<String> found = e.found();
            for (String k : found) {
                Score s = scores.get(k.substring(0, k.indexOf('@')));
                if (e.expected().contains(k)) {
                    s.tp++;
                } else {
                    s.fp++;
                    mismatches.add(e.name() + ": unexpected " + k);
                }
            }
            for (String k : e.expected()) {
                if (!found.contains(k)) {
                    scores.get(k.substring(0, k.indexOf('@'))).fn++;
                    mismatches.add(e.name() + ": missed " + k);
                }
            }
        }
        return scores;
    }
}
