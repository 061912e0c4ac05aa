package org.stageboard.edit;

import java.util.Set;
import org.stageboard.model.Board;

/** Boxes moved by the arrow keys; held keys merge into one step until released. */
public record Nudge(Set<String> ids, double dx, double dy) implements BoardEdit {
    public Nudge {
        ids = Set.copyOf(ids);
    }

    public Board apply(Board b) {
        return Edits.move(b, ids, dx, dy);
    }

    public String descriptionKey() {
        return "edit.nudge";
    }

    public MergeKey mergeKey() {
        return MergeKey.of(MergeKey.Field.NUDGE, "");
    }
}
