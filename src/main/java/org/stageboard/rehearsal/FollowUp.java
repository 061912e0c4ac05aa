package org.stageboard.rehearsal;

import java.util.List;
import java.util.Objects;
import org.stageboard.model.Stage;

/**
 * A follow-up question in the interviewer's voice.
 *
 * @param id       stable within a bank ("g.serving.latency-budget", "t.0"); used to never ask twice
 * @param triggers words that make the question relevant when the board mentions them (any language);
 *                 empty means always relevant
 * @param fromTemplate true for questions the board's template brought along (preferred: they fit the case)
 */
public record FollowUp(String id, Stage stage, String question, List<String> triggers, boolean fromTemplate) {
    public FollowUp {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        question = question == null ? "" : question;
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
    }

    /** A question a template supplies as {stage, question}. */
    public static FollowUp fromTemplate(int index, Stage stage, String question) {
        return new FollowUp("t." + index, stage, question, List.of(), true);
    }
}
