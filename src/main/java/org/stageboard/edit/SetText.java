package org.stageboard.edit;

import java.util.List;
import org.stageboard.model.Board;

/** A box's title and text as typed in the editor on the canvas, committed at once. */
public record SetText(String id, String title, String text) implements BoardEdit {
    public Board apply(Board b) {
        return b.mapNodes(List.of(id), n -> n.withTitle(title).withText(text));
    }

    public String descriptionKey() {
        return "edit.text";
    }

    public boolean changesWords() {
        return true;
    }
}
