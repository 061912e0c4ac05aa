package org.stageboard.edit;

import java.util.List;
import org.stageboard.model.Board;

/** A box's notes as typed in the inspector. */
public record SetNotes(String id, String text) implements BoardEdit {
    public Board apply(Board b) {
        return b.mapNodes(List.of(id), n -> n.withText(text));
    }

    public String descriptionKey() {
        return "edit.notes";
    }

    public MergeKey mergeKey() {
        return MergeKey.of(MergeKey.Field.NOTES, id);
    }

    public boolean changesWords() {
        return true;
    }
}
