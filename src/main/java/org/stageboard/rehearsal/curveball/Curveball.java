package org.stageboard.rehearsal.curveball;

import java.util.Objects;
import org.stageboard.model.Stage;

/**
 * A requirement change thrown in halfway through a rehearsal ("labels now arrive 30 days late"), worded for the
 * board it is thrown at.
 *
 * @param id           "t.0" for the template's first curveball, "b.label-delay" for a bank entry
 * @param stage        where the board should change in answer
 * @param text         what the interviewer says, in the interface language
 * @param fromTemplate true for the template's own curveballs (thrown first: they fit the case)
 */
public record Curveball(String id, Stage stage, String text, boolean fromTemplate) {
    public Curveball {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        text = text == null ? "" : text.strip();
    }
}
