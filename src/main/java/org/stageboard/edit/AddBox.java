package org.stageboard.edit;

import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** A new box of {@code stage} titled with the stage's name, its top-left corner at (x, y). */
public record AddBox(String id, Stage stage, String title, double x, double y) implements BoardEdit {
    public static AddBox at(Board b, Stage stage, double x, double y) {
        return new AddBox(b.freshId("n"), stage, Messages.stageName(stage), x, y);
    }

    public Board apply(Board b) {
        return b.addNode(Node.of(id, stage, title, x, y));
    }

    public String descriptionKey() {
        return "edit.addBox";
    }
}
