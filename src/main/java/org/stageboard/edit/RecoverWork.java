package org.stageboard.edit;

import org.stageboard.model.Board;

/** Autosaved work brought back: the whole board, as one step that undo can take back. */
public record RecoverWork(Board board) implements BoardEdit {
    public Board apply(Board b) {
        return board;
    }

    public String descriptionKey() {
        return "edit.recover";
    }
}
