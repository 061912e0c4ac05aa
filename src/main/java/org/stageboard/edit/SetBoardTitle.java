package org.stageboard.edit;

import org.stageboard.model.Board;

/** The board's title. */
public record SetBoardTitle(String title) implements BoardEdit {
    public Board apply(Board b) {
        return b.withTitle(title);
    }

    public String descriptionKey() {
        return "edit.boardTitle";
    }

    public MergeKey mergeKey() {
        return MergeKey.of(MergeKey.Field.BOARD_TITLE, "");
    }
}
