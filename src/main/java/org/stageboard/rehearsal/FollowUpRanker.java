package org.stageboard.rehearsal;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Orders the questions the planner already allows on a board by a small logistic regression trained on
 * independent judges' relevant/generic verdicts ({@link FollowUpFeatures}). It never adds or drops a question: it
 * re-sorts the questions the rules put within the first {@link Weights#window} places of a session, so a question
 * judges found generic wherever it was asked gives its place in the top 5 to the rules' sixth; the template's own
 * questions stay first in the template's order, and past the window the rules' order stands. The weights ship as a
 * JSON resource ({@value #RESOURCE} beside this class), written by the test-scope trainer
 * (FollowUpRankerModelFileTest).
 */
public final class FollowUpRanker {
    static final String RESOURCE = "followup-ranker.json";

    /**
     * The shipped file.
     *
     * @param trainedOn the judged folders the weights were fitted on
     * @param l2        the L2 penalty used
     * @param window    the places of a session the ranker fills (0: the rules' order as it is)
     * @param bias      the intercept
     * @param weights   feature name to weight; a feature not listed weighs 0
     */
    record Weights(int version, List<String> trainedOn, double l2, int window, double bias, Map<String, Double> weights) {
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
     * The questions in the order a session asks them, {@code asked} questions into it: the template's questions
     * first as they came, then the rest of those the rules put within the window's places by score (each scored at
     * the place the rules give it; ties keep the rules' order), then everything past the window as it came.
     */
    List<RankedFollowUp> order(int asked, List<RankedFollowUp> rules) {
        int room = Math.max(0, Math.min(w.window() - asked, rules.size()));
        List<RankedFollowUp> out = new ArrayList<>();
        List<Integer> rest = new ArrayList<>();
        double[] scores = new double[room];
        for (int i = 0; i < room; i++) {
            FollowUp f = rules.get(i).question();
            if (f.fromTemplate()) {
                out.add(rules.get(i));
            } else {
                rest.add(i);
                scores[i] = score(FollowUpFeatures.of(f, asked + i));
            }
        }
        // questions made from one bank question (a board's first and second note) keep the rules' order among
        // themselves: the sort may move them, not swap them, so the notes are asked in the order they were written
        Map<String, Deque<Integer>> sameBank = new HashMap<>();
        rest.forEach(i -> sameBank.computeIfAbsent(bankIdAt(rules, i), k -> new ArrayDeque<>()).add(i));
        rest.sort(Comparator.comparingDouble((Integer i) -> -scores[i]).thenComparingInt(i -> i));
        rest.forEach(i -> out.add(rules.get(sameBank.get(bankIdAt(rules, i)).poll())));
        out.addAll(rules.subList(room, rules.size()));
        return List.copyOf(out);
    }

    private static String bankIdAt(List<RankedFollowUp> rules, int i) {
        return FollowUpFeatures.bankId(rules.get(i).question().id());
    }
}
