package org.stageboard.ui.canvas;

import org.stageboard.edit.DeleteSelection;
import org.stageboard.edit.Edits;
import org.stageboard.edit.InsertCopies;
import org.stageboard.edit.Nudge;
import org.stageboard.model.Board;

/** The editing commands of the canvas, each one undoable step, built once per canvas and shared by keys and menus. */
public final class CanvasCommands {
    private static final double PASTE_OFFSET = 2 * BoardCanvas.GRID;
    private final BoardCanvas canvas;

    CanvasCommands(BoardCanvas canvas) {
        this.canvas = canvas;
    }

    public void delete() {
        Selection sel = canvas.session().selection();
        if (sel.isEmpty()) {
            return;
        }
        var nodes = sel.nodes();
        var edges = sel.edges();
        canvas.session().document().apply(new DeleteSelection(nodes, edges));
        sel.clear();
    }

    public void nudge(double dx, double dy) {
        var ids = canvas.session().selection().nodes();
        if (ids.isEmpty()) {
            return;
        }
        // held arrow keys merge into one step until the key is released
        canvas.session().document().apply(new Nudge(ids, dx, dy));
    }

    public void selectAll() {
        Board b = canvas.session().board();
        canvas.session().selection().set(b.nodes().stream().map(n -> n.id()).toList(), b.edges().stream().map(e -> e.id()).toList());
    }

    public void copy() {
        Edits.Fragment f = Edits.fragment(canvas.session().board(), canvas.session().selection().nodeList());
        if (!f.isEmpty()) {
            canvas.session().copy(f);
        }
    }

    public void cut() {
        copy();
        delete();
    }

    public void paste() {
        Edits.Fragment clipboard = canvas.session().clipboard();
        if (clipboard.isEmpty()) {
            return;
        }
        insert(clipboard, PASTE_OFFSET * canvas.session().nextPaste(), InsertCopies.Purpose.PASTE);
    }

    public void duplicate() {
        Edits.Fragment f = Edits.fragment(canvas.session().board(), canvas.session().selection().nodeList());
        if (!f.isEmpty()) {
            insert(f, PASTE_OFFSET, InsertCopies.Purpose.DUPLICATE);
        }
    }

    private void insert(Edits.Fragment f, double offset, InsertCopies.Purpose purpose) {
        // beside the originals, never over them or any other box, so every arrow keeps a clean route
        double[] free = Edits.freeOffset(canvas.session().board(), f.nodes(), offset, offset, PASTE_OFFSET);
        InsertCopies copies = InsertCopies.of(canvas.session().board(), f, free[0], free[1], purpose);
        canvas.session().document().apply(copies);
        canvas.session().selection().selectNodes(copies.ids());
        canvas.revealNodes(copies.ids());
    }

    public void undo() {
        canvas.inPlaceEditor().cancel();
        canvas.session().document().undo();
    }

    public void redo() {
        canvas.inPlaceEditor().cancel();
        canvas.session().document().redo();
    }
}
