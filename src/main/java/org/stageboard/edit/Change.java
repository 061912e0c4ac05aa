package org.stageboard.edit;

import org.stageboard.model.Board;

/**
 * One undoable step: the board before and after. Inverting swaps them, so undo can never drift from redo.
 * Boards are immutable and share unchanged nodes, so a snapshot pair costs a list of references, not a copy.
 *
 * @param mergeKey changes with the same non-null key that follow each other within the merge window
 *                 become one step (a burst of typing in one field, one drag gesture)
 */
public record Change(String description, Board before, Board after, String mergeKey) {

    public Change inverse() {
        return new Change(description, after, before, null);
    }

    /** This change followed by {@code next}, as one step. */
    Change then(Change next) {
        return new Change(description, before, next.after, mergeKey);
    }
}
