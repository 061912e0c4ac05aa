package org.stageboard.rehearsal;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.stageboard.model.Stage;

/**
 * The phases of the interview flow, in order. A phase covers one or more board stages; wrap-up covers none
 * (it is the "is there anywhere you feel I missed?" conversation and the interviewer's last follow-ups).
 */
public enum Phase {
    CLARIFY(Stage.REQUIREMENTS),
    FRAMING(Stage.FRAMING),
    DATA_FEATURES(Stage.DATA, Stage.FEATURES),
    MODEL(Stage.MODEL),
    EVALUATION(Stage.EVALUATION),
    SERVING_MONITORING(Stage.SERVING, Stage.MONITORING),
    WRAP_UP();

    private final List<Stage> stages;

    Phase(Stage... stages) {
        this.stages = List.of(stages);
    }

    /** The board stages this phase is about; empty for wrap-up. */
    public List<Stage> stages() {
        return stages;
    }

    /** Name used in session files and bundle keys ("clarify", "data_features", ...). */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The phase a stage belongs to; notes belong to no phase. */
    public static Optional<Phase> of(Stage stage) {
        for (Phase p : values()) {
            if (p.stages.contains(stage)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    public static Optional<Phase> fromId(String id) {
        for (Phase p : values()) {
            if (p.id().equals(id)) {
                return Optional.of(p);
            }
        }
        return Optional.empty();
    }
}
