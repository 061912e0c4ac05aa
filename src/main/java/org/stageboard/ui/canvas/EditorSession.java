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
