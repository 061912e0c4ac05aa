package org.stageboard.edit;

import org.stageboard.model.Board;

/** A box given new bounds (never below the minimum size) by resize gesture {@code gesture}. */
public record Resize(String id, double x, double y, double width, double height, long gesture) implements BoardEdit {
    public Board apply(Board b) {
        return Edits.resize(b, id, x, y, width, height);
    }

    public String descriptionKey() {
        return "edit.resize";
    }

    public MergeKey mergeKey() {
        return MergeKey.gesture(gesture);
    }
}
