package org.stageboard.rehearsal;

import java.util.List;
import org.stageboard.model.Board;

/** Whatever checks a board (the checker, adapted by the window); the report asks it about the last board. */
@FunctionalInterface
public interface FindingSource {
    List<Finding> findings(Board board);

    /**
     * The shipped checker with the board's own profile, each finding with its severity in the reader's language
     * ("предупреждение", "警告"), as the findings panel names it: what the report lists.
     */
    static FindingSource checker() {
        return board -> org.stageboard.check.Checker.check(board).stream()
                .map(f -> new Finding(org.stageboard.i18n.Messages.get("check.severity." + f.severity().id()),
                        f.stage(), f.message()))
                .toList();
    }

    /** For sessions without a checker. */
    static FindingSource none() {
        return b -> List.of();
    }
}
