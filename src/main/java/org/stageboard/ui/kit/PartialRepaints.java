package org.stageboard.ui.kit;

import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.input.KeyEvent;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.Pane;
import javafx.scene.paint.Color;
import javafx.scene.shape.Rectangle;

/**
 * Keeps the frames after an input event from repainting the whole window for nothing.
 *
 * <p>Why this exists: JavaFX repaints every node of a window on a pulse that synchronises the scene but finds no
 * dirty region in it (Prism's "no dirty regions, so just paint everything"). Such pulses follow most clicks: a
 * cursor that changes, or CSS left dirty by a layout pass (a list cell re-indexed, a scroll pane or a text field
 * skin adding nodes while it lays out) make the next pulse synchronise while nothing visible changed. In the
 * software pipeline that frame took 50–160 ms on a 49-box board, right after a box was dropped or selected. Here a
 * one-pixel transparent node in the window's corner is nudged in the few pulses after each input event, so such a
 * pulse has a dirty region of one pixel and repaints that instead. A nudge in a pulse that had nothing else to
 * draw costs one more pulse of the same pixel, so only a few pulses after a press, a release or a key are nudged.
 */
public final class PartialRepaints {
    /** Pulses nudged after an event: the one that handles it, the one after it, and one spare for a chain. */
    static final int PULSES_AFTER_INPUT = 3;

    private final Rectangle pixel = new Rectangle(1, 1, Color.TRANSPARENT);
    private int pulsesLeft;
    private long nudges;

    private PartialRepaints(Scene scene, Pane root) {
        pixel.setManaged(false);
        pixel.setMouseTransparent(true);
        pixel.setFocusTraversable(false);
        pixel.setId("partial-repaint-pixel");
        root.getChildren().add(pixel);
        // presses, releases and keys: what selects, drops, opens and types. Not moves and drags: their frames show
        // what moved, and arming on each of them would nudge every pulse of a gesture, each costing a frame upload
        scene.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> arm());
        scene.addEventFilter(MouseEvent.MOUSE_RELEASED, e -> arm());
        scene.addEventFilter(KeyEvent.ANY, e -> arm());
        scene.addPostLayoutPulseListener(this::nudgeIfArmed);
    }

    /** Installs the nudging pixel in {@code scene}, whose root must be a pane (it holds the pixel). */
    public static PartialRepaints install(Scene scene) {
        if (!(scene.getRoot() instanceof Pane root)) {
            throw new IllegalArgumentException("the scene's root must be a Pane to hold the pixel");
        }
        return new PartialRepaints(scene, root);
    }

    /**
     * Also nudges after {@code node}'s cursor changes: a new cursor alone makes a pulse with nothing dirty, and a
     * canvas that shows a move cursor over boxes changes it whenever the pointer crosses a box's edge.
     */
    public PartialRepaints watchCursor(Node node) {
        node.cursorProperty().addListener((o, was, is) -> arm());
        return this;
    }

    private void arm() {
        pulsesLeft = PULSES_AFTER_INPUT;
    }

    /** How often the pixel has been nudged, for tests. */
    long nudges() {
        return nudges;
    }

    private void nudgeIfArmed() {
        if (pulsesLeft <= 0) {
            return;
        }
        pulsesLeft--;
        nudges++;
        // any change the scene graph hands to Prism will do; opacity is the cheapest that always reaches it
        pixel.setOpacity(pixel.getOpacity() == 1 ? 0.99 : 1);
    }
}
