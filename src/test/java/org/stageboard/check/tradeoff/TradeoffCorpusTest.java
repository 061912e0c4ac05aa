package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

/**
 * Precision and recall of "states a trade-off" on the labelled phrase corpus (src/test/resources/tradeoff-corpus).
 * Development data (tuned on, looked at): {@link #DEVELOPMENT}. Held-out data (written independently, never seen by
 * whoever tunes the reader): {@link #HELDOUT}, added at merge. Each side writes its own report in target/: figures
 * per language, per file, and per form (recall for each positive form, false-positive rate for each near-miss kind).
 */
class TradeoffCorpusTest {
    /**
     * The files tuned on: the first dev half, the burned held-out sets 1-4 (dev-2, dev-3, dev-4, dev-5), the extra dev
     * set, the weak-forms set (cost, decision verbs, colon reasons and bare "but", written for issue 8's sixth round)
     * the burned held-out set 6 (dev-6h, measured once as heldout.tsv, development data since round 7) and dev-6 (450
     * texts weighted to the weak forms and their near misses, written independently for round 7; the reader's rules
     * were not tuned on it, it served as round 7's validation set, then the model was trained on it) and the burned
     * held-out set 7 (dev-7, measured once as heldout.tsv, development data since round 8) and the burned held-out set
     * 8 (dev-8, measured once as heldout.tsv before and after round 8, development data since round 9) and the burned
     * held-out sets 9 and 10 (dev-9, measured as heldout.tsv before and after round 9, and dev-10, measured once as
     * heldout-10.tsv after round 9; both development data since round 11, whose rules were tuned on their misses) and
     * the burned held-out sets 11 and 12 (dev-11 and dev-12, measured as heldout.tsv and heldout-12.tsv in rounds 11 and
     * 12; development data since round 13, which trained the model on them and wrote no rule from their misses) and
     * the burned held-out sets 13 and 14 (dev-13 and dev-14, measured once as heldout-13.tsv and heldout-14.tsv in round
     * 13; development data since round 14, which read their misses) and the burned held-out sets 15 and 16 (dev-15 and
     * dev-16, measured as heldout-15.tsv and heldout-16.tsv before and after round 14; development data since round 15,
     * which read their misses) and the burned held-out sets 17 and 18 (dev-17 and dev-18, measured as heldout-17.tsv and
     * heldout-18.tsv before and after round 15; development data since round 16, which read their misses) and the burned
     * held-out sets 19 and 20 (dev-19 and dev-20, measured as heldout-19.tsv and heldout-20.tsv before and after round
     * 16; development data since round 17, which read their misses) and the burned held-out sets 21 and 22 (dev-21 and
     * dev-22, measured as heldout-21.tsv and heldout-22.tsv before and after round 17; development data since round 18,
     * which read their misses) and the burned held-out sets 23 to 26 (dev-23 and dev-24, measured as heldout-23.tsv and
     * heldout-24.tsv before and after round 18, dev-25 and dev-26, measured as heldout-25.tsv and heldout-26.tsv after
     * it; development data since round 20, which read their misses) and the burned held-out sets 27 and 28 (dev-27 and
     * dev-28, measured as heldout-27.tsv and heldout-28.tsv before and after round 20; development data since round 21,
     * which read their misses) and the burned held-out sets 29 and 30 (dev-29 and dev-30, measured as heldout-29.tsv and
     * heldout-30.tsv before and after round 21; development data since round 22, which read their misses) and the burned
     * held-out sets 31 and 32 (dev-31 and dev-32, measured as heldout-31.tsv and heldout-32.tsv before and after round
     * 22; development data since round 23, which read their misses) and the burned held-out sets 33 and 34 (dev-33 and
     * dev-34, measured as heldout-33.tsv and heldout-34.tsv before and after round 23; development data since round 24,
     * which read their misses).
     */
    static final List<String> DEVELOPMENT = List.of("dev.tsv", "dev-2.tsv", "dev-3.tsv", "extra-dev.tsv", "dev-4.tsv",
            "dev-5.tsv", "dev-weak-forms.tsv", "dev-6h.tsv", "dev-6.tsv",
            "dev-7.tsv", "dev-8.tsv", "dev-9.tsv", "dev-10.tsv", "dev-11.tsv", "dev-12.tsv", "dev-13.tsv", "dev-14.tsv",
            "dev-15.tsv", "dev-16.tsv", "dev-17.tsv", "dev-18.tsv", "dev-19.tsv", "dev-20.tsv",
            "dev-21.tsv", "dev-22.tsv", "dev-23.tsv", "dev-24.tsv", "dev-25.tsv", "dev-26.tsv", "dev-27.tsv",
            "dev-28.tsv", "dev-29.tsv", "dev-30.tsv", "dev-31.tsv", "dev-32.tsv",
            "dev-33.tsv", "dev-34.tsv");
    /**
     * The fresh held-out file: absent on a development branch, added when merging (same six-column TSV as the dev
     * files); scored whenever it is present.
     */
    static final String HELDOUT = "heldout.tsv";
    /**
     * Further fresh files added at merge beside {@link #HELDOUT} ("heldout-12.tsv", "heldout-13.tsv", …), each scored
     * the same way: two sets written apart say more than one.
     */
    static final String HELDOUT_MORE = "heldout-";
    /**
     * Floors on the held-out file, per language: set by the lead at merge, from the looks at set 9 before and after
     * round 9 (precision 0.90-0.98, recall 0.82-0.96), a little under the weakest language so a regression shows; they
     * held on set 10 too (precision 0.89-0.94, recall 0.94). Both sets are development data now (dev-9, dev-10); the
     * floors apply to set 11, added at round 11's merge, which reads precision 0.88-0.92 and recall 0.90-0.92, and to
     * set 12, added at round 12's merge (precision 0.87-0.89, recall 0.88-0.94). Sets 11 and 12 are development data
     * since round 13 (dev-11, dev-12); the floors apply to sets 13 and 14, added at round 13's merge (set 13: precision
     * 0.83-0.96, recall 0.82-0.88; set 14: precision 0.91-0.96, recall 0.86-0.96), a little under set 13's weakest.
     * Sets 13 and 14 are development data since round 14 (dev-13, dev-14); the floors apply to sets 15 and 16, added
     * at round 14's merge (set 15: precision 0.95-0.98, recall 0.80-0.94; set 16: precision 0.90-1.00, recall 0.94-0.96).
     * Sets 15 and 16 are development data since round 15 (dev-15, dev-16); the floors applied to sets 17 and 18, added
     * at round 15's merge (set 17: precision 0.92-1.00, recall 0.92-0.96; set 18: precision 0.92-0.96, recall
     * 0.94-0.98). Sets 17 and 18 are development data since round 16 (dev-17, dev-18); the floors applied to sets 19
     * and 20, added at round 16's merge (set 19: precision 0.94-0.98, recall 0.88-0.96; set 20: precision 0.92-1.00,
     * recall 0.84-0.94). Sets 19 and 20 are development data since round 17 (dev-19, dev-20); the floors applied to sets
     * 21 and 22, added at round 17's merge (set 21: precision 0.92-0.98, recall 0.92-0.98; set 22: precision
     * 0.96-0.98, recall 0.90-0.98). Sets 21 and 22 are development data since round 18 (dev-21, dev-22); the floors
     * apply to sets 23 and 24, added at round 18's merge (precision 0.94-1.00, recall 0.88-0.98), and sets 25 and 26,
     * added the same day and measured once (precision 0.96-1.00, recall 0.92-0.98). Sets 23 to 28 are development
     * data since rounds 20 and 21; the floors applied to sets 29 and 30, added at round 21's merge (precision 0.94-0.98,
     * recall 0.86-0.98), development data since round 22 (dev-29, dev-30); the floors applied to sets 31 and 32, added
     * at round 22's merge (precision 0.92-0.96, recall 0.84-0.98), development data since round 23 (dev-31, dev-32);
     * the floors applied to sets 33 and 34, added at round 23's merge (precision 0.92-1.00, recall 0.86-0.96),
     * development data since round 24 (dev-33, dev-34).
     */
    static final double HELDOUT_PRECISION_FLOOR = 0.80;
    static final double HELDOUT_RECALL_FLOOR = 0.78;
    /**
     * Floors on the development files: in-sample (the rules were tuned on them and the shipped model is trained on all of
     * them), so they only guard against regressions and claim nothing about fresh boards. Generalisation is the
     * leave-one-set-out report ({@link TradeoffLeaveOneSetOutTest}) and the held-out file.
     */
    static final double DEV_PRECISION_FLOOR = 0.96;
    static final double DEV_RECALL_FLOOR = 0.91;
    /** The files the floors above were set on (issue 8's fifth round); they still hold there. */
    static final List<String> FLOORED_DEVELOPMENT = List.of("dev.tsv", "dev-2.tsv", "dev-3.tsv", "extra-dev.tsv",
            "dev-4.tsv");
    /**
     * Floors on the files added to development in the sixth round (dev-5 was the fourth held-out set, measured once;
     * dev-weak-forms was written for the weak forms): just under their in-sample figures when added (en/zh/ru
     * 0.86/0.83/0.78 recall with the weak forms, precision 0.99-1.00), so they guard against regressions on the harder writing.
     */
    static final List<String> ADDED_DEVELOPMENT = List.of("dev-5.tsv", "dev-weak-forms.tsv");
    static final double ADDED_PRECISION_FLOOR = 0.96;
    static final double ADDED_RECALL_FLOOR = 0.75;

    record Row(String file, String id, String lang, boolean label, String form, String text) {
    }

    record Score(int tp, int fp, int fn, int tn) {
        double precision() {
            return tp + fp == 0 ? 1 : tp / (double) (tp + fp);
        }

        double recall() {
            return tp + fn == 0 ? 1 : tp / (double) (tp + fn);
        }

        /** Of the texts labelled 0, the share read as a trade-off. */
        double falsePositiveRate() {
            return fp + tn == 0 ? 0 : fp / (double) (fp + tn);
        }

        int size() {
            return tp + fp + fn + tn;
        }
    }

    static boolean exists(String name) {
        return TradeoffCorpusTest.class.getResource("/tradeoff-corpus/" + name) != null;
    }

    static List<Row> load(String name) throws IOException {
        try (InputStream in = TradeoffCorpusTest.class.getResourceAsStream("/tradeoff-corpus/" + name)) {
            if (in == null) {
                throw new IOException("missing corpus file " + name);
            }
            List<Row> rows = new ArrayList<>();
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] c = lines[i].split("\t", 6);
                if (c.length < 6) {
                    throw new IOException(name + " line " + (i + 1) + ": expected 6 tab-separated columns");
                }
                rows.add(new Row(name, c[0], c[1], c[2].equals("1"), c[3], c[5].replace("\\n", "\n")));
            }
            return rows;
        }
    }

    static List<Row> loadAll(List<String> names) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (String n : names) {
            rows.addAll(load(n));
        }
        return rows;
    }

    /** Scores per language, plus "all". */
    static Map<String, Score> score(List<Row> rows) {
        return scoreBy(rows, Row::lang);
    }

    /** Scores grouped by {@code key}, plus "all". */
    static Map<String, Score> scoreBy(List<Row> rows, Function<Row, String> key) {
        Map<String, int[]> counts = new TreeMap<>();
        for (Row r : rows) {
            boolean got = TradeoffReader.readUncached(r.text()).stated();
            for (String k : List.of(key.apply(r), "all")) {
                int[] c = counts.computeIfAbsent(k, x -> new int[4]);
                c[got ? (r.label() ? 0 : 1) : (r.label() ? 2 : 3)]++;
            }
        }
        Map<String, Score> out = new TreeMap<>();
        counts.forEach((k, c) -> out.put(k, new Score(c[0], c[1], c[2], c[3])));
        return out;
    }

    @Test
    void developmentFiguresPerLanguageFileAndForm() throws IOException {
        List<Row> dev = loadAll(DEVELOPMENT);
        assertTrue(dev.size() >= 1000, "development rows: " + dev.size());
        write("tradeoff-corpus-report.md", report("development (tuned on): " + String.join(" + ", DEVELOPMENT), dev));
        Map<String, Score> floored = score(loadAll(FLOORED_DEVELOPMENT));
        Map<String, Score> added = score(loadAll(ADDED_DEVELOPMENT));
        for (String lang : List.of("en", "zh", "ru")) {
            Score s = floored.get(lang);
            assertTrue(s.precision() >= DEV_PRECISION_FLOOR, lang + " development precision " + s.precision());
            assertTrue(s.recall() >= DEV_RECALL_FLOOR, lang + " development recall " + s.recall());
            Score a = added.get(lang);
            assertTrue(a.precision() >= ADDED_PRECISION_FLOOR, lang + " dev-5 + weak forms precision " + a.precision());
            assertTrue(a.recall() >= ADDED_RECALL_FLOOR, lang + " dev-5 + weak forms recall " + a.recall());
        }
    }

    @Test
    void heldoutFiguresPerLanguage() throws IOException {
        scoreHeldOut(HELDOUT, "tradeoff-corpus-heldout-report.md");
    }

    @Test
    void furtherHeldoutFiguresPerLanguage() throws IOException {
        List<String> more = furtherHeldOut();
        if (more.isEmpty()) {
            System.out.println("NOTE: no further held-out corpus src/test/resources/tradeoff-corpus/" + HELDOUT_MORE
                    + "*.tsv: written independently and added at merge; held-out figures skipped");
        }
        assumeTrue(!more.isEmpty(), "no " + HELDOUT_MORE + "*.tsv in src/test/resources/tradeoff-corpus (written "
                + "independently, added at merge): held-out figures skipped");
        for (String file : more) {
            scoreHeldOut(file, "tradeoff-corpus-" + file.replace(".tsv", "").replace("-", "") + "-report.md");
        }
    }

    /** The "heldout-*.tsv" files present, by name: never a development file. */
    static List<String> furtherHeldOut() throws IOException {
        java.net.URL dir = TradeoffCorpusTest.class.getResource("/tradeoff-corpus/");
        if (dir == null) {
            return List.of();
        }
        try (java.util.stream.Stream<Path> files = Files.list(Path.of(java.net.URI.create(dir.toString())))) {
            return files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith(HELDOUT_MORE) && n.endsWith(".tsv") && !DEVELOPMENT.contains(n))
                    .sorted().toList();
        }
    }

    private static void scoreHeldOut(String file, String reportName) throws IOException {
        if (!exists(file)) {
            // visible in the surefire output and the report as a skipped test, not a silent pass
            System.out.println("NOTE: held-out corpus src/test/resources/tradeoff-corpus/" + file + " is absent: "
                    + "it is written independently and added at merge; held-out figures skipped");
        }
        assumeTrue(exists(file), "held-out corpus src/test/resources/tradeoff-corpus/" + file
                + " is absent (written independently, added at merge): held-out figures skipped");
        List<Row> held = load(file);
        Map<String, Score> perLanguage = score(held);
        write(reportName, report("held-out (never tuned on): " + file, held));
        for (String lang : List.of("en", "zh", "ru")) {
            Score s = perLanguage.get(lang);
            assertTrue(s != null, file + " has no " + lang + " rows");
            assertTrue(s.precision() >= HELDOUT_PRECISION_FLOOR, lang + " " + file + " precision " + s.precision());
            assertTrue(s.recall() >= HELDOUT_RECALL_FLOOR, lang + " " + file + " recall " + s.recall());
        }
    }

    /** Per language, per file, per language and form. */
    static String report(String title, List<Row> rows) {
        StringBuilder md = new StringBuilder("# Trade-off corpus: ").append(title).append("\n\n");
        md.append("## Per language\n\n");
        table(md, "language", score(rows));
        md.append("\n## Per file and language\n\n");
        table(md, "file / language", scoreBy(rows, r -> r.file() + " / " + r.lang()));
        md.append("\n## Positive forms: recall\n\n| form | en | zh | ru | all |\n|---|---|---|---|---|\n");
        formTable(md, rows, true);
        md.append("\n## Near misses: false-positive rate\n\n| kind | en | zh | ru | all |\n|---|---|---|---|---|\n");
        formTable(md, rows, false);
        return md.toString();
    }

    private static void formTable(StringBuilder md, List<Row> rows, boolean positive) {
        List<Row> side = rows.stream().filter(r -> r.label() == positive).toList();
        Map<String, Score> byForm = scoreBy(side, Row::form);
        Map<String, Score> byFormLang = scoreBy(side, r -> r.form() + "|" + r.lang());
        for (String form : byForm.keySet()) {
            if (form.equals("all")) {
                continue;
            }
            md.append("| ").append(form);
            for (String lang : List.of("en", "zh", "ru")) {
                md.append(" | ").append(cell(byFormLang.get(form + "|" + lang), positive));
            }
            md.append(" | ").append(cell(byForm.get(form), positive)).append(" |\n");
        }
        md.append("| all");
        Map<String, Score> byLang = score(side);
        for (String lang : List.of("en", "zh", "ru")) {
            md.append(" | ").append(cell(byLang.get(lang), positive));
        }
        md.append(" | ").append(cell(byLang.get("all"), positive)).append(" |\n");
    }

    private static String cell(Score s, boolean positive) {
        if (s == null) {
            return "-";
        }
        return positive
                ? String.format(Locale.ROOT, "%.2f (%d/%d)", s.recall(), s.tp(), s.tp() + s.fn())
                : String.format(Locale.ROOT, "%.2f (%d/%d)", s.falsePositiveRate(), s.fp(), s.fp() + s.tn());
    }

    private static void table(StringBuilder md, String what, Map<String, Score> scores) {
        md.append("| ").append(what).append(" | texts | TP | FP | FN | TN | precision | recall |\n");
        md.append("|---|---|---|---|---|---|---|---|\n");
        scores.forEach((k, s) -> md.append(String.format(Locale.ROOT, "| %s | %d | %d | %d | %d | %d | %.2f | %.2f |%n",
                k, s.size(), s.tp(), s.fp(), s.fn(), s.tn(), s.precision(), s.recall())));
    }

    private static void write(String name, String md) throws IOException {
        Path out = Path.of("target", name);
        Files.createDirectories(out.getParent());
        Files.writeString(out, md, StandardCharsets.UTF_8);
        System.out.println(md);
    }
}
