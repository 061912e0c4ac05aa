package org.stageboard.check.tradeoff;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.IntStream;

/**
 * Training and leave-one-set-out evaluation of {@link TradeoffModel} on the phrase corpus. Each corpus file was
 * written by a different writer at a different time, as fresh boards differ, so a file is the unit held out.
 * The L2 penalty is chosen inside each fold by an inner leave-one-set-out on the training files only.
 */
final class TradeoffTraining {
    /** One held-out file's fit: the penalty chosen for it and the model trained with that penalty. */
    private record Fit(double l2, TradeoffModel model) {
    }

    static final List<Double> PENALTIES = List.of(3e-5, 1e-4, 3e-4, 1e-3);
    static final int MIN_COUNT = 2;
    /**
     * Train only on the texts the verdict asks the model about ({@link Verdict#asksModel}: two parts read, or one in a
     * one-line box). The others never reach it, and as training data they pulled its weights towards the boxes it
     * never sees: once the options-then-a-pick boxes were read in full (round 8), the one-part boxes left in training
     * taught "one part = no trade-off" and cost the terse forms recall. Leave-one-set-out, round 8: shipped recall
     * 0.91 with every text, 0.92 with the asked ones only, precision 0.97 both.
     */
    static final boolean ASKED_ONLY = !"false".equals(System.getProperty("tradeoff.askedOnly"));

    /** One corpus text as the verdict sees it; {@code asks}: the verdict asks the model ({@link Verdict#asksModel}). */
    record Example(TradeoffCorpusTest.Row row, List<String> features, boolean rules, boolean asks, int found,
            boolean announced, boolean fromNothing) {
    }

    private TradeoffTraining() {
    }

    /** The phrase corpus files plus the near-miss boxes of the development boards ({@link BoardNearMisses}). */
    static List<Example> trainingSet() throws IOException {
        List<TradeoffCorpusTest.Row> rows = new ArrayList<>(TradeoffCorpusTest.loadAll(TradeoffCorpusTest.DEVELOPMENT));
        for (String folder : BoardNearMisses.FOLDERS) {
            rows.addAll(BoardNearMisses.rows(folder));
        }
        return examplesOf(rows);
    }

    static List<Example> examples(List<String> files) throws IOException {
        return examplesOf(TradeoffCorpusTest.loadAll(files));
    }

    static List<Example> examplesOf(List<TradeoffCorpusTest.Row> rows) {
        List<Example> out = new ArrayList<>();
        for (TradeoffCorpusTest.Row r : rows) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(r.text());
            boolean weighs = Verdict.undecidedBeforeModel(a); // the verdict turns these down before any model
            out.add(new Example(r, a.best() == null ? List.of() : TradeoffFeatures.of(a), a.reading().stated() && !weighs,
                    a.best() != null && !weighs && Verdict.asksModel(a), a.reading().found(), Verdict.keepsFullReading(a),
                    !weighs && Verdict.asksFromNothing(a)));
        }
        return out;
    }

    static TradeoffModel train(List<Example> train, double l2) {
        List<String> files = train.stream().map(e -> e.row().file()).distinct().sorted().toList();
        List<Example> usable = train.stream().filter(e -> !e.features().isEmpty() && (!ASKED_ONLY || e.asks())).toList();
        boolean[] y = new boolean[usable.size()];
        for (int i = 0; i < y.length; i++) {
            y[i] = usable.get(i).row().label();
        }
        return new TradeoffModel(LogisticRegression.fit(usable.stream().map(Example::features).toList(), y, l2,
                MIN_COUNT, files));
    }

    /** What the shipped path would answer for an example under {@code model}. */
    static boolean predict(TradeoffModel model, Example e) {
        return e.features().isEmpty() ? e.rules() : model.stated(e.features());
    }

    /** The shipped decision ({@link Verdict}): the model's once it is asked (an announced full reading stays). */
    static boolean shipped(TradeoffModel model, Example e) {
        if (!e.asks()) { // a sure model may still credit a one-line box with nothing read (not trained on these)
            return e.rules() || e.fromNothing() && model.score(e.features()) > Verdict.NO_PART_MARGIN;
        }
        return Verdict.credits(e.found(), e.rules(), e.announced(), model.score(e.features()));
    }

    /** The penalty with the best inner leave-one-set-out accuracy of the shipped decision on {@code train}. */
    static double choosePenalty(List<Example> train) {
        return choosePenalty(train, 0);
    }

    /**
     * Inner folds of the leave-one-set-out report: the training files dealt round-robin (in name order) into this many
     * groups, each group held out in turn, whole files only. Round 17: the inner leave-one-set-out (one fit per
     * training file and penalty, so the report grew with the square of the number of files: 15 minutes for 27 sets)
     * chose 3e-5 in 26 of 27 folds; four grouped folds choose the penalty from the same files at a sixth of the fits.
     * {@code -Dtradeoff.loso.inner=0} restores the inner leave-one-set-out.
     */
    static final int INNER_FOLDS = Integer.getInteger("tradeoff.loso.inner", 4);

    /**
     * The penalty with the best inner cross-validated accuracy of the shipped decision on {@code train}: each file
     * held out in turn when {@code groups} is 0 (the shipped weights, {@link TradeoffModelFileTest}), else the files
     * dealt into {@code groups} groups held out in turn. Ties keep the smaller penalty.
     */
    static double choosePenalty(List<Example> train, int groups) {
        List<String> files = train.stream().map(e -> e.row().file()).distinct().sorted().toList();
        int folds = groups <= 0 || groups >= files.size() ? files.size() : groups;
        Map<String, Integer> group = new TreeMap<>();
        for (int i = 0; i < files.size(); i++) {
            group.put(files.get(i), i % folds); // one file per fold when folds == files.size()
        }
        double best = PENALTIES.get(0);
        int bestRight = -1;
        for (double l2 : PENALTIES) {
            // the folds are independent fits: in parallel, summed the same whatever order they finish in
            int right = IntStream.range(0, folds).parallel().map(out -> {
                TradeoffModel m = train(train.stream().filter(e -> group.get(e.row().file()) != out).toList(), l2);
                return (int) train.stream()
                        .filter(e -> group.get(e.row().file()) == out && shipped(m, e) == e.row().label()).count();
            }).sum();
            if (right > bestRight) {
                bestRight = right;
                best = l2;
            }
        }
        return best;
    }

    /**
     * Confusion counts [tp, fp, fn, tn] keyed "file|lang", "file|all", "all|lang", "all|all", and per form over all
     * phrase files "form:FORM|lang", "form:FORM|all" (the board near-miss boxes have no form).
     */
    record Fold(Map<String, int[]> rules, Map<String, int[]> model, Map<String, int[]> either,
            Map<String, Double> penalty, List<String> misses) {
    }

    /**
     * The files held out in turn: all of them, or only those named in {@code -Dtradeoff.loso.only=dev-13.tsv,dev-14.tsv}
     * (a quicker look at the newest sets while tuning; the others still train every fold).
     */
    static boolean heldOutInTurn(String file) {
        String only = System.getProperty("tradeoff.loso.only", "").strip();
        return only.isEmpty() || List.of(only.split(",")).contains(file);
    }

    /** The key prefix of the per-form counts. */
    static final String FORM = "form:";

    static Fold leaveOneSetOut(List<Example> all, boolean nested) {
        Map<String, int[]> rules = new TreeMap<>();
        Map<String, int[]> model = new TreeMap<>();
        Map<String, int[]> either = new TreeMap<>();
        Map<String, Double> penalty = new TreeMap<>();
        List<String> misses = new ArrayList<>();
        List<String> files = all.stream().map(e -> e.row().file()).distinct().sorted().toList();
        List<String> heldOut = files.stream().filter(TradeoffTraining::heldOutInTurn).toList();
        String fixed = System.getProperty("tradeoff.loso.l2", "");
        // each held-out file's penalty and fit are independent: fitted in parallel, counted in name order below
        List<Fit> fitted = heldOut.parallelStream().map(out -> {
            List<Example> train = all.stream().filter(e -> !e.row().file().equals(out)).toList();
            double l2 = !fixed.isEmpty() ? Double.parseDouble(fixed) : nested ? choosePenalty(train, INNER_FOLDS) : 1e-3;
            return new Fit(l2, train(train, l2));
        }).toList();
        for (int i = 0; i < heldOut.size(); i++) {
            String out = heldOut.get(i);
            penalty.put(out, fitted.get(i).l2());
            TradeoffModel m = fitted.get(i).model();
            for (Example e : all) {
                if (e.row().file().equals(out)) {
                    count(rules, e, e.rules());
                    count(model, e, predict(m, e));
                    boolean got = shipped(m, e);
                    count(either, e, got);
                    misses.add(String.format(java.util.Locale.ROOT, "%s\t%s\t%s\t%s\t%s\t%d\t%.3f\t%d\t%b\t%b\t%b\t%s",
                            got == e.row().label() ? "ok" : got ? "FP" : "FN", e.row().file(), e.row().id(),
                            e.row().lang(), e.row().form(), e.row().label() ? 1 : 0,
                            e.features().isEmpty() ? Double.NaN : m.score(e.features()), e.found(), e.asks(),
                            e.rules(), e.announced(), e.row().text().strip().replace("\n", " / ")));
                }
            }
        }
        return new Fold(rules, model, either, penalty, misses);
    }

    private static void count(Map<String, int[]> into, Example e, boolean got) {
        int cell = got ? (e.row().label() ? 0 : 1) : (e.row().label() ? 2 : 3);
        List<String> groups = e.row().form().isEmpty() || e.row().file().startsWith("check-corpus")
                ? List.of(e.row().file(), "all")
                : List.of(e.row().file(), "all", FORM + e.row().form());
        for (String f : groups) {
            for (String l : List.of(e.row().lang(), "all")) {
                into.computeIfAbsent(f + "|" + l, k -> new int[4])[cell]++;
            }
        }
    }
}
