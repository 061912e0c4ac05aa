package org.stageboard.ui.canvas;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.ReadOnlyBooleanProperty;
import javafx.beans.property.ReadOnlyBooleanWrapper;
import javafx.beans.property.SimpleBooleanProperty;
import org.stageboard.edit.Document;
import org.stageboard.edit.Edits;
import org.stageboard.model.Board;
import org.stageboard.render.BoxFit;

/**
 * One open board being edited: the document, what is selected, the clipboard of boxes and the view settings
 * (snap, grid, zoom and pan, whether space is held to pan). The canvas, inspector, palette and menus share this one
 * object instead of reaching into each other; they change the board only through {@link #document()}.
 */
public final class EditorSession {
    private final Document document;
    private final Selection selection = new Selection();
    private final Viewport viewport = new Viewport();
    private final BooleanProperty snapToGrid = new SimpleBooleanProperty(true);
    private final BooleanProperty gridVisible = new SimpleBooleanProperty(true);
    private final ReadOnlyBooleanWrapper spaceHeld = new ReadOnlyBooleanWrapper(false);
    private boolean boxDrag;
    /** Work put off until the box drag under way ends, each piece once (see {@link #unlessDragging}). */
    private final java.util.Set<Runnable> afterDrag = new java.util.LinkedHashSet<>();
    private Edits.Fragment clipboard = new Edits.Fragment(List.of(), List.of());
    private int pasteCount;

    public EditorSession(Document document) {
        this.document = document;
        // a box grows to fit words typed into it, as the canvas lays them out
        document.growBoxesWith(BoxFit::fit);
    }

    public Document document() {
        return document;
    }

    public Board board() {
        return document.board();
    }

    public Selection selection() {
        return selection;
    }

    /** Zoom and pan. */
    public Viewport viewport() {
        return viewport;
    }

    /** Whether boxes snap to the grid as they are placed, moved and resized (View › Snap to grid). */
    public BooleanProperty snapToGridProperty() {
        return snapToGrid;
    }

    /** Whether the grid is drawn (View › Show grid; presenter mode hides it). */
    public BooleanProperty gridVisibleProperty() {
        return gridVisible;
    }

    /** True while the space bar is held on the canvas: a primary drag then pans instead of selecting. */
    public ReadOnlyBooleanProperty spaceHeldProperty() {
        return spaceHeld.getReadOnlyProperty();
    }

    void setSpaceHeld(boolean held) {
        spaceHeld.set(held);
    }

    /**
     * Runs {@code work} now, or, while boxes are being dragged with the mouse, once when the drag ends, however often
     * it is asked meanwhile (pass the same object each time). The side panels show the selection this way: their
     * styling and layout would otherwise weigh on the frame that starts a drag and on every step of it.
     */
    public void unlessDragging(Runnable work) {
        if (boxDrag) {
            afterDrag.add(work);
        } else {
            work.run();
        }
    }

    /** Set while the mouse moves or resizes boxes; ending it runs what {@link #unlessDragging} put off, in order. */
    void setBoxDrag(boolean on) {
        boxDrag = on;
        if (!on && !afterDrag.isEmpty()) {
            List<Runnable> due = new java.util.ArrayList<>(afterDrag);
            afterDrag.clear();
            due.forEach(Runnable::run);
        }
    }

    /** {@code v} on the grid when snapping is on. */
    public double snap(double v) {
        return snapToGrid.get() ? Edits.snap(v, BoardCanvas.GRID) : v;
    }

    /** Keeps {@code f} as the boxes to paste; the system clipboard is left to text. */
    void copy(Edits.Fragment f) {
        clipboard = f;
        pasteCount = 0;
    }

    Edits.Fragment clipboard() {
        return clipboard;
    }

    /** How many times the clipboard has been pasted, counting this paste: each lands a step further along. */
    int nextPaste() {
        return ++pasteCount;
    }
}
