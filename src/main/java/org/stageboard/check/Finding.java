package org.stageboard.check;

import java.util.Objects;
import org.stageboard.model.Stage;

/**
 * One thing the checker noticed about a board.
 *
 * @param ruleId   the id of the rule that produced it, e.g. "missing-stage"
 * @param stage    the stage it is about, or null for the board as a whole
 * @param nodeId   the box it is about, or null when no single box is to blame
 * @param message  what is wrong, in the user's language
 * @param reason   one line on why it matters in an interview
 * @param fix      a one-click fix the window can offer, or null
 */
public record Finding(String ruleId, Severity severity, Stage stage, String nodeId, String message, String reason,
                      StageFix fix) {
    public Finding {
        Objects.requireNonNull(ruleId, "ruleId");
        Objects.requireNonNull(severity, "severity");
        message = message == null ? "" : message;
        reason = reason == null ? "" : reason;
    }

    /** A finding without a fix. */
    public Finding(String ruleId, Severity severity, Stage stage, String nodeId, String message, String reason) {
        this(ruleId, severity, stage, nodeId, message, reason, null);
    }

    /** Fix: turn box {@code nodeId} (a note titled like a stage) into a box of {@code stage}. */
    public record StageFix(String nodeId, Stage stage) {
        public StageFix {
            Objects.requireNonNull(nodeId, "nodeId");
            Objects.requireNonNull(stage, "stage");
        }
    }
}
