package org.stageboard.edit;

import org.stageboard.model.Board;

/** An arrow's label as typed in the inspector. */
public record SetEdgeLabel(String id, String label) implements BoardEdit {
    public Board apply(Board b) {
        return b.edge(id).map(e -> b.replaceEdge(e.withLabel(label))).orElse(b);
    }

    public String descriptionKey() {
        return "edit.edgeLabel";
    }

    public MergeKey mergeKey() {
        return MergeKey.of(MergeKey.Field.EDGE_LABEL, id);
    }
}
