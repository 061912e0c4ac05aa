package org.stageboard.check;

import java.util.List;
import java.util.Objects;
import org.stageboard.model.Stage;

/**
 * Which stages an answer must have, and on which stages a trade-off is expected.
 *
 * @param requiredStages stages that must have at least one box (in pipeline order)
 * @param decisionStages stages where the candidate is expected to state a trade-off
 */
public record Profile(String name, List<Stage> requiredStages, List<Stage> decisionStages) {
    public Profile {
        Objects.requireNonNull(name, "name");
        requiredStages = List.copyOf(requiredStages);
        decisionStages = List.copyOf(decisionStages);
    }
}
