package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Trains {@link FollowUpRanker} on judged boards ({@link FollowUpJudgedSets}) and measures it the way it will be used:
 * on a set of boards it was not trained on. Deterministic: full-batch Nesterov gradient descent with a fixed step and
 * a fixed number of steps, first-seen feature order, ties broken by grid order, so the same judgements always give
 * the same weights.
 */
final class FollowUpRankerTraining {
    static final int TOP = 5;
    static final int STEPS = 2000;
    /** The configurations leave-one-set-out chooses from: the places the ranker re-sorts, and the L2 penalty. */
    static final int[] WINDOWS = {6, 7, 8};
    static final double[] PENALTIES = {0.0003, 0.001, 0.003};

    private FollowUpRankerTraining() {
    }

    record Config(int window, double l2) {
    }

    /**
     * Top-5 counts per language ("en", "zh", "ru", "all"): judged relevant, judged at all, slots (boards × 5; an
     * unjudged or empty slot counts as not relevant).
     */
    static final class Tally {
        final Map<String, int[]> byLang = new TreeMap<>();

        void add(String lang, int relevant, int judged) {
            for (String k : List.of(lang, "all")) {
                int[] c = byLang.computeIfAbsent(k, x -> new int[3]);
                c[0] += relevant;
                c[1] += judged;
                c[2] += TOP;
            }
        }

        void addAll(Tally other) {
            other.byLang.forEach((k, c) -> {
                int[] mine = byLang.computeIfAbsent(k, x -> new int[3]);
                for (int i = 0; i < 3; i++) {
                    mine[i] += c[i];
                }
            });
        }

        int relevant() {
            return byLang.getOrDefault("all", new int[3])[0];
        }

        double share(String lang) {
            int[] c = byLang.getOrDefault(lang, new int[3]);
            return c[2] == 0 ? 0 : (double) c[0] / c[2];
        }
    }

    /** How the ranker's top 5 on {@code boards} were judged. */
    static Tally score(List<FollowUpJudgedSets.BoardQuestions> boards, FollowUpRanker ranker) {
        Tally t = new Tally();
        for (FollowUpJudgedSets.BoardQuestions b : boards) {
            Map<String, Boolean> verdict = new HashMap<>();
            for (FollowUpJudgedSets.Question q : b.questions()) {
                verdict.put(q.id(), q.relevant());
            }
            List<RankedFollowUp> order = ranker.order(0, b.rulesOrder());
            int relevant = 0;
            int judged = 0;
            for (RankedFollowUp r : order.subList(0, Math.min(TOP, order.size()))) {
                Boolean v = verdict.get(r.question().id());
                judged += v == null ? 0 : 1;
                relevant += Boolean.TRUE.equals(v) ? 1 : 0;
            }
            t.add(b.lang(), relevant, judged);
        }
        return t;
    }

    /** Weights fitted on the judged questions of {@code on}. */
    static FollowUpRanker.Weights train(Map<String, List<FollowUpJudgedSets.BoardQuestions>> sets,
                                        Collection<String> on, Config config) {
        List<List<String>> rows = new ArrayList<>();
        List<Boolean> labels = new ArrayList<>();
        for (String set : on) {
            for (FollowUpJudgedSets.BoardQuestions b : sets.get(set)) {
                for (FollowUpJudgedSets.Question q : b.questions()) {
                    if (q.relevant() != null) {
                        rows.add(q.features());
                        labels.add(q.relevant());
                    }
                }
            }
        }
        return fit(rows, labels, config, List.copyOf(on));
    }

    /**
     * The configuration whose leave-one-set-out over {@code on} (each set scored by weights trained on the others)
     * puts the most relevant questions in the top 5.
     */
    static Config choose(Map<String, List<FollowUpJudgedSets.BoardQuestions>> sets, List<String> on) {
        // the window changes how the ranker orders, not the fit: one fit per fold and penalty serves every window,
        // and the folds are independent, so they fit in parallel (in order, so the choice is the same)
        Map<Double, List<FollowUpRanker.Weights>> folds = new HashMap<>();
        for (double l2 : PENALTIES) {
            folds.put(l2, on.parallelStream()
                    .map(held -> train(sets, on.stream().filter(s -> !s.equals(held)).toList(), new Config(0, l2)))
                    .toList());
        }
        Config best = null;
        int bestRelevant = -1;
        for (int window : WINDOWS) {
            for (double l2 : PENALTIES) {
                Tally t = new Tally();
                for (int i = 0; i < on.size(); i++) {
                    FollowUpRanker.Weights w = folds.get(l2).get(i);
                    t.addAll(score(sets.get(on.get(i)), new FollowUpRanker(new FollowUpRanker.Weights(w.version(),
                            w.trainedOn(), w.l2(), window, w.bias(), w.weights()))));
                }
                if (t.relevant() > bestRelevant) { // ties keep the earlier, smaller configuration
                    best = new Config(window, l2);
                    bestRelevant = t.relevant();
                }
            }
        }
        return best;
    }

    /** L2-regularised logistic regression over binary features; weights rounded to five places. */
    static FollowUpRanker.Weights fit(List<List<String>> features, List<Boolean> labels, Config config,
                                      List<String> trainedOn) {
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (List<String> row : features) { // first-seen order: deterministic
            for (String f : row) {
                if (!index.containsKey(f)) {
                    index.put(f, names.size());
                    names.add(f);
                }
            }
        }
        int n = features.size();
        int[][] rows = new int[n][];
        int widest = 0;
        for (int i = 0; i < n; i++) {
            rows[i] = features.get(i).stream().mapToInt(index::get).toArray();
            widest = Math.max(widest, rows[i].length);
        }
        int d = names.size();
        double l2 = config.l2();
        double[] w = new double[d + 1]; // w[d] is the bias
        double[] look = w.clone();
        double[] grad = new double[d + 1];
        double step = 1 / (0.25 * (widest + 1) + l2); // |x|^2 <= widest + 1 with the bias, logistic curvature <= 1/4
        for (int t = 1; t <= STEPS; t++) {
            Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double z = look[d];
                for (int j : rows[i]) {
                    z += look[j];
                }
                double g = (1 / (1 + Math.exp(-z)) - (labels.get(i) ? 1 : 0)) / n;
                for (int j : rows[i]) {
                    grad[j] += g;
                }
                grad[d] += g;
            }
            double momentum = (t - 1) / (double) (t + 2);
            for (int j = 0; j <= d; j++) {
                double reg = j < d ? l2 * look[j] : 0;
                double next = look[j] - step * (grad[j] + reg);
                look[j] = next + momentum * (next - w[j]);
                w[j] = next;
            }
        }
        Map<String, Double> weights = new TreeMap<>();
        for (int j = 0; j < d; j++) {
            double rounded = Math.round(w[j] * 1e5) / 1e5; // five places keep the shipped file small and stable
            if (rounded != 0) {
                weights.put(names.get(j), rounded);
            }
        }
        return new FollowUpRanker.Weights(1, trainedOn, l2, config.window(), Math.round(w[d] * 1e5) / 1e5, weights);
    }
}
