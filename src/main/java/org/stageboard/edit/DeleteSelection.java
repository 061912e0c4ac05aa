package org.stageboard.edit;

import java.util.Set;
import org.stageboard.model.Board;

/** The selected boxes and arrows deleted, with every arrow that touches a deleted box. */
public record DeleteSelection(Set<String> nodeIds, Set<String> edgeIds) implements BoardEdit {
    public DeleteSelection {
        nodeIds = Set.copyOf(nodeIds);
        edgeIds = Set.copyOf(edgeIds);
    }

    public Board apply(Board b) {
        return b.remove(nodeIds, edgeIds);
    }

    public String descriptionKey() {
        return "edit.delete";
    }
}
