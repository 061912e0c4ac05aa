package org.stageboard.rehearsal;

import org.stageboard.model.Stage;

/**
 * A checker finding as the report shows it.
 *
 * @param severity as the checker names it ("error", "warning", "info", ...)
 * @param stage    the stage it is about, or null for the whole board
 */
public record Finding(String severity, Stage stage, String message) {
    public Finding {
        severity = severity == null ? "" : severity;
        message = message == null ? "" : message;
    }
}
