package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The shipped weights are exactly what training on the corpus gives: the penalty chosen by leave-one-set-out over
 * every development file, then one fit on all of them. Retrain (after changing the reader, the features or the
 * corpus) with {@code mvn -q -B test -Dtest=TradeoffModelFileTest -Dtradeoff.retrain=true}; training is
 * deterministic, so the same inputs always write the same file.
 */
class TradeoffModelFileTest {
    static final Path SHIPPED = Path.of("src/main/resources/org/stageboard/check/tradeoff", TradeoffModel.RESOURCE);

    @Test
    void shippedWeightsAreWhatTheCorpusTrains() throws IOException {
        List<TradeoffTraining.Example> all = TradeoffTraining.trainingSet();
        double l2 = TradeoffTraining.choosePenalty(all);
        TradeoffModel.Weights trained = TradeoffTraining.train(all, l2).weights();
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (Boolean.getBoolean("tradeoff.retrain")) {
            Files.writeString(SHIPPED, json.writeValueAsString(trained) + "\n");
            System.out.println("wrote " + SHIPPED + ": " + trained.weights().size() + " weights, L2 " + l2);
        }
        // after a retrain the classpath still holds the old copy until resources are copied again: read the file
        TradeoffModel.Weights shipped = Boolean.getBoolean("tradeoff.retrain")
                ? json.readValue(SHIPPED.toFile(), TradeoffModel.Weights.class)
                : TradeoffModel.shipped().weights();
        assertEquals(trained.trainedOn(), shipped.trainedOn(), "retrain: the corpus files changed");
        assertEquals(trained.l2(), shipped.l2(), "retrain: the chosen penalty changed");
        assertEquals(trained.bias(), shipped.bias(), "retrain: the weights are stale (command in the class comment)");
        assertEquals(trained.weights(), shipped.weights(), "retrain: the weights are stale (command in the class comment)");
    }
}
