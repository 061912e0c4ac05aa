package org.stageboard.edit;

import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * An answer jotted during rehearsal, as note {@code id} at (x, y) titled for its stage, with an arrow to the
 * stage's box {@code anchorId} (none when null). Where the note goes is the rehearsal's choice.
 */
public record AddAnswerNote(String id, Stage stage, String text, double x, double y, String anchorId)
        implements BoardEdit {
    public static AddAnswerNote at(Board b, Stage stage, String text, double x, double y, String anchorId) {
        return new AddAnswerNote(b.freshId("n"), stage, text, x, y, anchorId);
    }

    public Board apply(Board b) {
        if (b.node(id).isPresent()) {
            return b;
        }
        Node note = Node.of(id, Stage.NOTE, Messages.get("rehearsal.note.title", Messages.stageName(stage)), x, y)
                .withText(text);
        Board out = b.addNode(note);
        boolean linked = anchorId != null && b.node(anchorId).isPresent();
        return linked ? out.addEdge(new Edge(out.freshId("e"), id, anchorId, "")) : out;
    }

    public String descriptionKey() {
        return "rehearsal.edit.answer";
    }
}
