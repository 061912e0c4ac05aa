package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * The shipped ranker weights are exactly what training on the judged development folders gives: the window and
 * penalty chosen by leave-one-set-out over every judged folder, then one fit on all of them. Retrain (after a new
 * judged folder, a change to the rules' order or to the features) with
 * {@code mvn -q -B -o test -Dtest=FollowUpRankerModelFileTest -Dfollowup.retrain=true}; training is deterministic,
 * so the same inputs always write the same file.
 */
class FollowUpRankerModelFileTest {
    static final Path SHIPPED = Path.of("src/main/resources/org/stageboard/rehearsal", FollowUpRanker.RESOURCE);

    @Test
    void shippedWeightsAreWhatTheJudgedSetsTrain() throws IOException {
        Map<String, List<FollowUpJudgedSets.BoardQuestions>> sets = FollowUpJudgedSets.load();
        List<String> all = List.copyOf(sets.keySet());
        FollowUpRankerTraining.Config config = FollowUpRankerTraining.choose(sets, all);
        FollowUpRanker.Weights trained = FollowUpRankerTraining.train(sets, all, config);
        ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        if (Boolean.getBoolean("followup.retrain")) {
            Files.writeString(SHIPPED, json.writeValueAsString(trained) + "\n");
            System.out.println("wrote " + SHIPPED + ": " + trained.weights().size() + " weights, window "
                    + config.window() + ", L2 " + config.l2());
        }
        // after a retrain the classpath still holds the old copy until resources are copied again: read the file
        FollowUpRanker.Weights shipped = Boolean.getBoolean("followup.retrain")
                ? json.readValue(SHIPPED.toFile(), FollowUpRanker.Weights.class)
                : FollowUpRanker.shipped().weights();
        assertEquals(trained.trainedOn(), shipped.trainedOn(), "retrain: the judged folders changed");
        assertEquals(trained.window(), shipped.window(), "retrain: the chosen window changed");
        assertEquals(trained.l2(), shipped.l2(), "retrain: the chosen penalty changed");
        assertEquals(trained.bias(), shipped.bias(), "retrain: the weights are stale (command in the class comment)");
        assertEquals(trained.weights(), shipped.weights(), "retrain: the weights are stale (command in the class comment)");
    }
}
