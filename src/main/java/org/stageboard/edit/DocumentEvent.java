package org.stageboard.edit;

import org.stageboard.model.Board;

/**
 * What happened to the open board, published once to every {@link Document.Listener}.
 *
 * @param description the name of the step edited, undone or redone (as Edit › Undo shows it); null otherwise
 * @param delta what differs from {@code before} to {@code after}, computed once for every listener
 */
public record DocumentEvent(Kind kind, Board before, Board after, BoardDelta delta, String description) {
    /** The kinds of change a document publishes. */
    public enum Kind {
        /** A step was applied (or merged into the previous one). */
        EDITED,
        UNDONE,
        REDONE,
        /** A new or opened board replaced the old one; history starts afresh. */
        REPLACED,
        /** The board was saved: nothing on it changed, only whether it counts as unsaved. */
        SAVED
    }

    /** True for an edit, undo or redo: a change the user made to this board, as opposed to a new board or a save. */
    public boolean isEdit() {
        return kind == Kind.EDITED || kind == Kind.UNDONE || kind == Kind.REDONE;
    }
}
