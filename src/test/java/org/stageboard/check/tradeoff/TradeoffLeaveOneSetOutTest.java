package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/**
 * The honest comparison of the hand rules alone against the learned model: leave-one-set-out over the corpus files
 * (train on all but one, test on that one; the penalty chosen inside each fold, on the training files only, by
 * {@link TradeoffTraining#INNER_FOLDS} grouped inner folds). Writes target/tradeoff-loso-report.md. Run:
 * {@code mvn -q -B test -Dtest=TradeoffLeaveOneSetOutTest} (about 3 minutes on two cores; it was 15 with an inner
 * leave-one-set-out, {@code -Dtradeoff.loso.inner=0}).
 */
class TradeoffLeaveOneSetOutTest {
    @Test
    void modelAgainstRulesWithEachSetHeldOutInTurn() throws IOException {
        List<TradeoffTraining.Example> all = TradeoffTraining.trainingSet();
        TradeoffTraining.Fold fold = TradeoffTraining.leaveOneSetOut(all, true);
        StringBuilder md = new StringBuilder("# Trade-off detector: leave-one-set-out\n\n");
        md.append("Each row: trained on every other corpus file (and board folder of near-miss boxes), tested on ")
                .append("this one (the L2 penalty chosen by ").append(TradeoffTraining.INNER_FOLDS)
                .append(" grouped inner folds of the training files; 0 = inner leave-one-set-out). The model is always out of fold; the reader's rules are not: round 8 read the ")
                .append("options-then-a-pick and defect misses of dev-4, dev-5, dev-6, dev-6h and dev-7, round 9 every ")
                .append("miss of dev-8, so for its ")
                .append("rules only dev, dev-2, dev-3, extra-dev and dev-weak-forms are unseen. The model is trained ")
                .append("on the texts it is asked about only, so \"model alone\" (every text) is not what ships. ")
                .append("The board rows hold near misses only (precision reads 1 or 0, ")
                .append("FP counts the boxes wrongly credited). Shipped = the rules' reading, or the model's once it is ")
                .append("asked (`Verdict`: two parts read, or one in a one-line box).\n\n");
        md.append("| held-out set | lang | texts | rules P | rules R | model alone P | model alone R | shipped P | shipped R | shipped TP / FP / FN | L2 |\n");
        md.append("|---|---|---|---|---|---|---|---|---|---|---|\n");
        fold.rules().forEach((key, r) -> {
            if (key.startsWith(TradeoffTraining.FORM)) {
                return; // the per-form table below
            }
            int[] m = fold.model().get(key);
            int[] o = fold.either().get(key);
            String[] k = key.split("\\|");
            Double l2 = fold.penalty().get(k[0]);
            md.append(String.format(Locale.ROOT, "| %s | %s | %d | %.2f | %.2f | %.2f | %.2f | %.3f | %.3f | %d / %d / %d | %s |%n", k[0],
                    k[1], r[0] + r[1] + r[2] + r[3], p(r), rc(r), p(m), rc(m), p(o), rc(o), o[0], o[1], o[2],
                    l2 == null ? "" : l2));
        });
        perForm(fold, md);
        Path out = Path.of("target", "tradeoff-loso-report.md");
        Files.createDirectories(out.getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        System.out.println(md);
        // every text scored out of fold, for reading misses by cause (ok/FP/FN, file, id, lang, form, label, model
        // score, parts found, asked, rules' reading, announced, text)
        Files.writeString(Path.of("target", "tradeoff-loso-scores.tsv"), String.join("\n", fold.misses()) + "\n",
                StandardCharsets.UTF_8);
        int[] total = fold.either().get("all|all");
        long heldOut = all.stream().filter(e -> TradeoffTraining.heldOutInTurn(e.row().file())).count();
        assertEquals(heldOut, total[0] + total[1] + total[2] + total[3], "every text is tested exactly once");
        assertTrue(f1(total) > 0.5, "the model learns something: LOSO F1 " + f1(total));
        if (System.getProperty("tradeoff.loso.only", "").isBlank()) {
            // every set held out in turn: floors a little under round 17's figures (0.969 / 0.944 before its rules)
            assertTrue(p(total) >= 0.95, "leave-one-set-out precision " + p(total));
            assertTrue(rc(total) >= 0.92, "leave-one-set-out recall " + rc(total));
        }
        // the penalty of every fold comes from its own training files, and only from the grid
        assertTrue(TradeoffTraining.PENALTIES.containsAll(fold.penalty().values()), "penalties " + fold.penalty());
    }

    /**
     * Per form over every phrase file, each text scored by the fold that held its file out: recall for a positive
     * form, the share wrongly credited for a near-miss kind (nm-…), so work on one form shows what it did to its
     * near misses.
     */
    private static void perForm(TradeoffTraining.Fold fold, StringBuilder md) {
        md.append("\n## Per form (all phrase files, out of fold)\n\n")
                .append("Positive forms: recall. Near-miss kinds (nm-…): share wrongly credited.\n\n")
                .append("| form | texts | rules | model alone | shipped | shipped en | shipped zh | shipped ru |\n")
                .append("|---|---|---|---|---|---|---|---|\n");
        fold.rules().forEach((key, r) -> {
            if (!key.startsWith(TradeoffTraining.FORM) || !key.endsWith("|all")) {
                return;
            }
            String form = key.substring(TradeoffTraining.FORM.length(), key.length() - "|all".length());
            StringBuilder row = new StringBuilder(String.format(Locale.ROOT, "| %s | %d | %.2f | %.2f | %.2f |", form,
                    r[0] + r[1] + r[2] + r[3], rate(r), rate(fold.model().get(key)), rate(fold.either().get(key))));
            for (String lang : List.of("en", "zh", "ru")) {
                int[] o = fold.either().get(TradeoffTraining.FORM + form + "|" + lang);
                row.append(o == null ? " – |" : String.format(Locale.ROOT, " %.2f |", rate(o)));
            }
            md.append(row).append('\n');
        });
    }

    /** Recall when the cell holds positives, else the false-positive rate. */
    private static double rate(int[] c) {
        return c[0] + c[2] > 0 ? rc(c) : (c[1] + c[3] == 0 ? 0 : c[1] / (double) (c[1] + c[3]));
    }

    static double p(int[] c) {
        return c[0] + c[1] == 0 ? 1 : c[0] / (double) (c[0] + c[1]);
    }

    static double rc(int[] c) {
        return c[0] + c[2] == 0 ? 1 : c[0] / (double) (c[0] + c[2]);
    }

    static double f1(int[] c) {
        return 2 * p(c) * rc(c) / (p(c) + rc(c));
    }
}
