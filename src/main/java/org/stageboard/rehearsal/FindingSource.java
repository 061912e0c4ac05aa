package org.stageboard.rehearsal;

import java.util.List;
import org.stageboard.model.Board;

/** Whatever checks a board (the checker, adapted by the window); the report asks it about the last board. */
@FunctionalInterface
public interface FindingSource {
    List<Finding> findings(Board board);

    /** For sessions without a checker. */
    static FindingSource none() {
        return b -> List.of();
    }
}
