package org.stageboard.ui.canvas;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.edit.Edits;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/** The editing commands of the canvas, each one undoable step, shared by keys and menus. */
public final class CanvasCommands {
    private static final double PASTE_OFFSET = 2 * BoardCanvas.GRID;
    /** The app-wide clipboard of boxes; the system clipboard is left to text. */
    private static Edits.Fragment clipboard = new Edits.Fragment(List.of(), List.of());
    private static int pasteCount;

    private final BoardCanvas canvas;

    public CanvasCommands(BoardCanvas canvas) {
        this.canvas = canvas;
    }

    public void delete() {
        Selection sel = canvas.selection();
        if (sel.isEmpty()) {
            return;
        }
        var nodes = sel.nodes();
        var edges = sel.edges();
        canvas.document().apply(Messages.get("edit.delete"), b -> b.remove(nodes, edges));
        sel.clear();
    }

    public void nudge(double dx, double dy) {
        var ids = canvas.selection().nodes();
        if (ids.isEmpty()) {
            return;
        }
        // held arrow keys merge into one step until the key is released
        canvas.document().applyGesture(Messages.get("edit.nudge"), "nudge", b -> Edits.move(b, ids, dx, dy));
    }

    public void selectAll() {
        Board b = canvas.board();
        canvas.selection().set(b.nodes().stream().map(n -> n.id()).toList(), b.edges().stream().map(e -> e.id()).toList());
    }

    public void copy() {
        Edits.Fragment f = Edits.fragment(canvas.board(), canvas.selection().nodeList());
        if (!f.isEmpty()) {
            clipboard = f;
            pasteCount = 0;
        }
    }

    public void cut() {
        copy();
        delete();
    }

    public void paste() {
        if (clipboard.isEmpty()) {
            return;
        }
        pasteCount++;
        insert(clipboard, PASTE_OFFSET * pasteCount, Messages.get("edit.paste"));
    }

    public void duplicate() {
        Edits.Fragment f = Edits.fragment(canvas.board(), canvas.selection().nodeList());
        if (!f.isEmpty()) {
            insert(f, PASTE_OFFSET, Messages.get("edit.duplicate"));
        }
    }

    private void insert(Edits.Fragment f, double offset, String description) {
        // beside the originals, never over them or any other box, so every arrow keeps a clean route
        double[] free = Edits.freeOffset(canvas.board(), f.nodes(), offset, offset, PASTE_OFFSET);
        Edits.Created created = Edits.insertCopies(canvas.board(), f.nodes(), f.edges(), free[0], free[1]);
        canvas.document().apply(description, b -> created.board());
        canvas.selection().selectNodes(new ArrayList<>(created.ids()));
        canvas.revealNodes(created.ids());
    }

    public void undo() {
        canvas.inPlaceEditor().cancel();
        canvas.document().undo();
    }

    public void redo() {
        canvas.inPlaceEditor().cancel();
        canvas.document().redo();
    }
}
