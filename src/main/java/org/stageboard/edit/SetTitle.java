package org.stageboard.edit;

import java.util.List;
import org.stageboard.model.Board;

/** A box's title as typed in the inspector. */
public record SetTitle(String id, String title) implements BoardEdit {
    public Board apply(Board b) {
        return b.mapNodes(List.of(id), n -> n.withTitle(title));
    }

    public String descriptionKey() {
        return "edit.title";
    }

    public MergeKey mergeKey() {
        return MergeKey.of(MergeKey.Field.TITLE, id);
    }

    public boolean changesWords() {
        return true;
    }
}
