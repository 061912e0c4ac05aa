package org.stageboard.rehearsal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Reorders the questions the planner already allows on a board by a small logistic regression, trained on
 * independent judges' relevant/generic verdicts ({@link FollowUpFeatures}): it never adds or drops a question, the
 * template's own questions stay first in the template's order, and only the first {@link Weights#window} questions
 * of the rules' order are re-sorted (the rest keep their places after them). The weights ship as a JSON resource
 * ({@value #RESOURCE} beside this class), written by the test-scope trainer (FollowUpRankerModelFileTest).
 */
public final class FollowUpRanker {
    static final String RESOURCE = "followup-ranker.json";

    /**
     * The shipped file.
     *
     * @param trainedOn the judged folders the weights were fitted on
     * @param l2        the L2 penalty used
     * @param window    how many of the rules' first questions are re-sorted (0: the rules' order as it is)
     * @param bias      the intercept
     * @param weights   feature name to weight; a feature not listed weighs 0
     */
    record Weights(int version, List<String> trainedOn, double l2, int window, double bias, Map<String, Double> weights) {
    }

    /** A question the planner allows, in the rules' order, with its features. */
    record Candidate(RankedFollowUp ranked, List<String> features) {
    }

    /** The rules' order, unchanged. */
    static final FollowUpRanker RULES = new FollowUpRanker(new Weights(1, List.of(), 0, 0, 0, Map.of()));

    private final Weights w;

    FollowUpRanker(Weights w) {
        this.w = w;
    }

    /** The shipped model, loaded once. */
    static FollowUpRanker shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        static final FollowUpRanker MODEL = load();

        private static FollowUpRanker load() {
            try (InputStream in = FollowUpRanker.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " beside " + FollowUpRanker.class.getName());
                }
                return new FollowUpRanker(new ObjectMapper().readValue(in, Weights.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    Weights weights() {
        return w;
    }

    /** The log-odds that judges call the question relevant to the board: the sum of its features' weights. */
    double score(List<String> features) {
        double s = w.bias();
        for (String f : features) {
            Double x = w.weights().get(f);
            if (x != null) {
                s += x;
            }
        }
        return s;
    }

    /**
     * The candidates reordered: template questions first as they came, then the rest of the first {@link
     * Weights#window} by score (ties keep the rules' order), then everything after the window as it came.
     */
    List<RankedFollowUp> order(List<Candidate> rulesOrder) {
        int window = Math.min(w.window(), rulesOrder.size());
        List<RankedFollowUp> out = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        for (int i = 0; i < window; i++) {
            if (rulesOrder.get(i).ranked().question().fromTemplate()) {
                out.add(rulesOrder.get(i).ranked());
            } else {
                rest.add(i);
            }
        }
        double[] scores = new double[window];
        rest.forEach(i -> scores[i] = score(rulesOrder.get(i).features()));
        rest.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        rest.forEach(i -> out.add(rulesOrder.get(i).ranked()));
        for (int i = window; i < rulesOrder.size(); i++) {
            out.add(rulesOrder.get(i).ranked());
        }
        return List.copyOf(out);
    }
}
