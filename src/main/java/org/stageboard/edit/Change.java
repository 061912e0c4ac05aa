package org.stageboard.edit;

import org.stageboard.model.Board;

/**
 * One undoable step: the board before and after, so undo can never drift from redo.
 * Boards are immutable and share unchanged nodes, so a snapshot pair costs a list of references, not a copy.
 *
 * @param version the document version the step leads to (see {@link Document#isDirty()})
 * @param mergeKey changes with the same non-null key that follow each other within the merge window
 *                 become one step (a burst of typing in one field, one drag gesture)
 */
record Change(String description, Board before, Board after, MergeKey mergeKey, long version) {

    /** This change followed by {@code next}, as one step (with the later one's version: the state it leads to). */
    Change then(Change next) {
        return new Change(description, before, next.after, mergeKey, next.version);
    }
}
