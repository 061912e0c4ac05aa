package org.stageboard.ui.canvas;

import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;

/**
 * Plain keys on the focused canvas: delete, arrow-key nudge, escape, enter to edit, and space held to pan.
 * Shortcut-modified keys (undo, copy, zoom...) are menu accelerators, so they work from anywhere in the window.
 */
public final class CanvasKeys {
    private final BoardCanvas canvas;
    private final CanvasCommands commands;

    CanvasKeys(BoardCanvas canvas) {
        this.canvas = canvas;
        this.commands = canvas.commands();
    }

    void install() {
        canvas.addEventHandler(KeyEvent.KEY_PRESSED, this::pressed);
        canvas.addEventHandler(KeyEvent.KEY_RELEASED, e -> {
            if (typedIntoText(e)) {
                return;
            }
            if (e.getCode() == KeyCode.SPACE) {
                canvas.session().setSpaceHeld(false);
                canvas.session().document().sealStep();
            } else if (e.getCode().isArrowKey()) {
                canvas.session().document().sealStep();
            }
        });
    }

    /**
     * True for a key typed into a text field that sits on the canvas (the in-place editor): such keys are text,
     * never canvas commands (a stray "l" must not turn the laser on, Backspace must not delete the box).
     */
    public static boolean typedIntoText(KeyEvent e) {
        for (Object t = e.getTarget(); t instanceof javafx.scene.Node n; t = n.getParent()) {
            if (n instanceof javafx.scene.control.TextInputControl) {
                return true;
            }
        }
        return false;
    }

    private void pressed(KeyEvent e) {
        if (e.isShortcutDown() || typedIntoText(e)) {
            return;
        }
        double step = e.isShiftDown() ? BoardCanvas.GRID * 5 : canvas.session().snapToGridProperty().get() ? BoardCanvas.GRID : 1;
        switch (e.getCode()) {
            case DELETE, BACK_SPACE -> commands.delete();
            case LEFT -> commands.nudge(-step, 0);
            case RIGHT -> commands.nudge(step, 0);
            case UP -> commands.nudge(0, -step);
            case DOWN -> commands.nudge(0, step);
            case ESCAPE -> canvas.session().selection().clear();
            case ENTER, F2 -> {
                if (canvas.session().selection().nodes().size() == 1) {
                    canvas.inPlaceEditor().edit(canvas.session().selection().nodeList().get(0));
                }
            }
            case SPACE -> canvas.session().setSpaceHeld(true);
            default -> {
                return;
            }
        }
        e.consume();
    }
}
