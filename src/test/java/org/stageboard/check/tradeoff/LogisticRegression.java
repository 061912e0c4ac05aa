package org.stageboard.check.tradeoff;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Fits L2-regularised logistic regression over named binary features, each text's features scaled to unit length
 * (as {@link TradeoffModel#score} reads them). Full-batch Nesterov gradient descent with a fixed step from the
 * Lipschitz bound and a fixed number of steps: no randomness, so the same corpus always gives the same weights.
 */
final class LogisticRegression {
    static final int STEPS = 600;

    private LogisticRegression() {
    }

    /** Weights for {@code features} labelled {@code labels}; features seen in fewer than {@code minCount} texts are dropped. */
    static TradeoffModel.Weights fit(List<List<String>> features, boolean[] labels, double l2, int minCount,
            List<String> trainedOn) {
        Map<String, Integer> df = new HashMap<>();
        for (List<String> row : features) {
            for (String f : row) {
                df.merge(f, 1, Integer::sum);
            }
        }
        Map<String, Integer> index = new HashMap<>();
        List<String> names = new ArrayList<>();
        for (List<String> row : features) { // first-seen order: deterministic
            for (String f : row) {
                if (df.get(f) >= minCount && !index.containsKey(f)) {
                    index.put(f, names.size());
                    names.add(f);
                }
            }
        }
        int n = features.size();
        int[][] rows = new int[n][];
        double[] scale = new double[n];
        for (int i = 0; i < n; i++) {
            List<String> row = features.get(i);
            rows[i] = row.stream().filter(index::containsKey).mapToInt(index::get).toArray();
            scale[i] = 1; // binary, unscaled: a long box must not drift towards the intercept
        }
        int d = names.size();
        double[] w = new double[d + 1]; // w[d] is the bias
        double[] prev = w.clone();
        double[] look = w.clone();
        double[] grad = new double[d + 1];
        int widest = 0;
        for (int[] r : rows) {
            widest = Math.max(widest, r.length);
        }
        double step = 1 / (0.25 * (widest + 1) + l2); // |x|^2 <= widest + 1 with the bias, logistic curvature <= 1/4
        for (int t = 1; t <= STEPS; t++) {
            java.util.Arrays.fill(grad, 0);
            for (int i = 0; i < n; i++) {
                double z = look[d];
                for (int j : rows[i]) {
                    z += look[j] * scale[i];
                }
                double g = (1 / (1 + Math.exp(-z)) - (labels[i] ? 1 : 0)) / n;
                for (int j : rows[i]) {
                    grad[j] += g * scale[i];
                }
                grad[d] += g;
            }
            double momentum = (t - 1) / (double) (t + 2);
            for (int j = 0; j <= d; j++) {
                double reg = j < d ? l2 * look[j] : 0;
                double next = look[j] - step * (grad[j] + reg);
                look[j] = next + momentum * (next - w[j]);
                prev[j] = w[j];
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
        return new TradeoffModel.Weights(1, trainedOn, l2, Math.round(w[d] * 1e5) / 1e5, weights);
    }
}
