package org.stageboard.edit;

import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/** The selected boxes turned into boxes of {@code stage} (the inspector's stage list). */
public record SetStage(Set<String> ids, Stage stage) implements BoardEdit {
    public SetStage {
        ids = Set.copyOf(ids);
    }

    public Board apply(Board b) {
        return b.mapNodes(ids, n -> n.withStage(stage));
    }

    public String descriptionKey() {
        return "edit.stage";
    }
}
