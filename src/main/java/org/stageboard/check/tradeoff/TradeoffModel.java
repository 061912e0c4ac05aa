package org.stageboard.check.tradeoff;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;

/**
 * A small logistic regression, trained on the trade-off phrase corpus, that decides whether a text states a
 * trade-off from {@link TradeoffFeatures}. Its weights ship as a JSON resource ({@code tradeoff-model.json} beside
 * this class) and are written by the test-scope trainer (see the corpus README for the command).
 */
final class TradeoffModel {
    static final String RESOURCE = "tradeoff-model.json";

    /**
     * The shipped file.
     *
     * @param trainedOn the corpus files the weights were fitted on
     * @param l2        the L2 penalty used
     * @param bias      the intercept
     * @param weights   feature name to weight; a feature not listed weighs 0
     */
    record Weights(int version, List<String> trainedOn, double l2, double bias, Map<String, Double> weights) {
    }

    private final Weights w;

    TradeoffModel(Weights w) {
        this.w = w;
    }

    /** The shipped model, loaded once. */
    static TradeoffModel shipped() {
        return Shipped.MODEL;
    }

    private static final class Shipped {
        /**
         * The weights' feature names are JSON field names, thousands of them each seen once: canonicalising and
         * interning them (Jackson's default, for the few names a record has) took most of a fresh check's reading
         * of the model, its intern cache cleared every 180 names.
         */
        private static final ObjectMapper JSON = new ObjectMapper(JsonFactory.builder()
                .disable(JsonFactory.Feature.CANONICALIZE_FIELD_NAMES)
                .disable(JsonFactory.Feature.INTERN_FIELD_NAMES)
                .build());

        static final TradeoffModel MODEL = load();

        private static TradeoffModel load() {
            try (InputStream in = TradeoffModel.class.getResourceAsStream(RESOURCE)) {
                if (in == null) {
                    throw new IllegalStateException("missing resource " + RESOURCE + " beside " + TradeoffModel.class.getName());
                }
                return new TradeoffModel(JSON.readValue(in, Weights.class));
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read " + RESOURCE + ": " + e.getMessage(), e);
            }
        }
    }

    Weights weights() {
        return w;
    }

    /** The log-odds that the text stated a trade-off: binary features, so the sum of the weights of those present. */
    double score(List<String> features) {
        double s = 0;
        for (String f : features) {
            Double x = w.weights().get(f);
            if (x != null) {
                s += x;
            }
        }
        return w.bias() + s;
    }

    boolean stated(List<String> features) {
        return score(features) > 0;
    }
}
