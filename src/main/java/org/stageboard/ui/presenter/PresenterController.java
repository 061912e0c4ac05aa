package org.stageboard.ui.presenter;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.stageboard.ui.canvas.CanvasKeys;
import org.stageboard.ui.canvas.Viewport;
import org.stageboard.i18n.Messages;

/**
 * Presenter mode for a mock interview over a shared screen: the canvas alone, full screen, without the grid, in a
 * high-contrast look, zoomed so the text is as large as the screen allows, with a laser pointer (L) for pointing
 * while talking. Leaving restores the window as it was.
 */
public final class PresenterController {
    private final PresenterHost window;
    private final LaserPointer laser = new LaserPointer();
    /** How to use and leave presenter mode: a small corner note that fades, never text across the board. */
    private final javafx.scene.control.Label cornerHint = new javafx.scene.control.Label();
    private final javafx.animation.FadeTransition hintFade =
            new javafx.animation.FadeTransition(javafx.util.Duration.seconds(1), cornerHint);
    private boolean presenting;
    private boolean findingsWereVisible;
    private boolean gridWasVisible;
    /** Zoom, pan x and pan y before presenting. */
    private double[] viewBefore;
    /** Presenter mode enlarges the board up to this zoom: larger text without re-laying out any box. */
    static final double MAX_PRESENTER_ZOOM = 2.0;

    public PresenterController(PresenterHost window) {
        this.window = window;
        laser.setMouseTransparent(true);
        window.canvasHolder().getChildren().add(laser);
        laser.attachTo(window.canvas());
        cornerHint.setId("presenter-corner-hint");
        cornerHint.getStyleClass().add("presenter-corner-hint");
        cornerHint.setMouseTransparent(true);
        cornerHint.setVisible(false);
        javafx.scene.layout.StackPane.setAlignment(cornerHint, javafx.geometry.Pos.BOTTOM_RIGHT);
        javafx.scene.layout.StackPane.setMargin(cornerHint, new javafx.geometry.Insets(12));
        window.canvasHolder().getChildren().add(cornerHint);
        hintFade.setDelay(javafx.util.Duration.seconds(4));
        hintFade.setFromValue(1);
        hintFade.setToValue(0);
        hintFade.setOnFinished(e -> cornerHint.setVisible(false));
        window.canvas().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.L && !e.isShortcutDown() && !e.isAltDown() && !CanvasKeys.typedIntoText(e)) {
                laser.toggle();
                e.consume();
            }
        });
        // going full screen resizes the canvas after this call returns: fit again whenever the size settles
        javafx.beans.value.ChangeListener<Number> refit = (o, a, b) -> {
            if (presenting) {
                window.canvas().zoomToFit(MAX_PRESENTER_ZOOM);
            }
        };
        window.canvas().widthProperty().addListener(refit);
        window.canvas().heightProperty().addListener(refit);
        window.stage().fullScreenProperty().addListener((o, was, now) -> {
            // Esc leaves full screen on its own; leave presenter mode with it
            if (!now && presenting) {
                leave();
            }
        });
    }

    /** The corner note on how to leave, while it shows (for tests). */
    public javafx.scene.control.Label cornerHint() {
        return cornerHint;
    }

    public boolean isPresenting() {
        return presenting;
    }

    public LaserPointer laser() {
        return laser;
    }

    public void toggle() {
        if (presenting) {
            leave();
        } else {
            enter();
        }
    }

    public void enter() {
        if (presenting) {
            return;
        }
        presenting = true;
        Viewport v = window.session().viewport();
        viewBefore = new double[] {v.zoom(), v.panXProperty().get(), v.panYProperty().get()};
        findingsWereVisible = window.findings().visibleProperty().get();
        window.findings().visibleProperty().set(false);
        gridWasVisible = window.session().gridVisibleProperty().get();
        window.session().gridVisibleProperty().set(false);
        window.setChromeVisible(false);
        PresenterStyle.apply(window.stage().getScene());
        // JavaFX's own exit hint is a large banner across the middle of the board: use the corner note instead
        window.stage().setFullScreenExitHint("");
        cornerHint.setText(Messages.get("presenter.exitHint"));
        cornerHint.setOpacity(1);
        cornerHint.setVisible(true);
        hintFade.playFromStart();
        window.stage().setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        window.stage().setFullScreen(true);
        window.canvas().requestFocus();
        window.root().applyCss();
        window.root().layout();
        window.canvas().zoomToFit(MAX_PRESENTER_ZOOM);
    }

    public void leave() {
        if (!presenting) {
            return;
        }
        presenting = false;
        laser.setEnabled(false);
        hintFade.stop();
        cornerHint.setVisible(false);
        PresenterStyle.remove(window.stage().getScene());
        window.setChromeVisible(true);
        window.findings().visibleProperty().set(findingsWereVisible);
        window.session().gridVisibleProperty().set(gridWasVisible);
        if (window.stage().isFullScreen()) {
            window.stage().setFullScreen(false);
        }
        // back exactly where the user was: same zoom and scroll, once the window has left full screen
        double[] view = viewBefore;
        Platform.runLater(() -> {
            Viewport v = window.session().viewport();
            v.zoomProperty().set(view[0]);
            v.panXProperty().set(view[1]);
            v.panYProperty().set(view[2]);
        });
    }
}
