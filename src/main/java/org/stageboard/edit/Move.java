package org.stageboard.edit;

import java.util.Set;
import org.stageboard.model.Board;

/** Boxes dragged by (dx, dy), one increment of pointer gesture {@code gesture}. */
public record Move(Set<String> ids, double dx, double dy, long gesture) implements BoardEdit {
    public Move {
        ids = Set.copyOf(ids);
    }

    public Board apply(Board b) {
        return Edits.move(b, ids, dx, dy);
    }

    public String descriptionKey() {
        return "edit.move";
    }

    public MergeKey mergeKey() {
        return MergeKey.gesture(gesture);
    }
}
