package org.stageboard.rehearsal;

import java.util.List;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.model.Board;

/**
 * Whatever checks a board for the report: the shipped checker, or nothing (sessions without one, tests). The report
 * lists the checker's own {@link Finding}s and names their severity in the reader's language when it prints them.
 */
@FunctionalInterface
public interface FindingSource {
    List<Finding> findings(Board board);

    /** The shipped checker with the board's own profile, as the findings panel runs it. */
    static FindingSource checker() {
        return Checker::check;
    }

    /** For sessions without a checker. */
    static FindingSource none() {
        return b -> List.of();
    }
}
