package org.stageboard.ui.presenter;

import javafx.application.Platform;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCombination;
import javafx.scene.input.KeyEvent;
import org.stageboard.i18n.Messages;
import org.stageboard.ui.MainWindow;

/**
 * Presenter mode for a mock interview over a shared screen: the canvas alone, full screen, in a high-contrast,
 * larger look, with a laser pointer (L) for pointing while talking. Leaving restores the window as it was.
 */
public final class PresenterController {
    private final MainWindow window;
    private final LaserPointer laser = new LaserPointer();
    private boolean presenting;
    private boolean findingsWereVisible;

    public PresenterController(MainWindow window) {
        this.window = window;
        laser.setMouseTransparent(true);
        window.canvasHolder().getChildren().add(laser);
        laser.attachTo(window.canvas());
        window.canvas().addEventHandler(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.L && !e.isShortcutDown() && !e.isAltDown()) {
                laser.toggle();
                e.consume();
            }
        });
        window.stage().fullScreenProperty().addListener((o, was, now) -> {
            // Esc leaves full screen on its own; leave presenter mode with it
            if (!now && presenting) {
                leave();
            }
        });
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
        findingsWereVisible = window.findings().visibleProperty().get();
        window.findings().visibleProperty().set(false);
        window.setChromeVisible(false);
        PresenterStyle.apply(window.stage().getScene());
        window.stage().setFullScreenExitHint(Messages.get("presenter.exitHint"));
        window.stage().setFullScreenExitKeyCombination(KeyCombination.keyCombination("Esc"));
        window.stage().setFullScreen(true);
        window.canvas().requestFocus();
        Platform.runLater(window.canvas()::zoomToFit);
    }

    public void leave() {
        if (!presenting) {
            return;
        }
        presenting = false;
        laser.setEnabled(false);
        PresenterStyle.remove(window.stage().getScene());
        window.setChromeVisible(true);
        window.findings().visibleProperty().set(findingsWereVisible);
        if (window.stage().isFullScreen()) {
            window.stage().setFullScreen(false);
        }
        Platform.runLater(window.canvas()::zoomToFit);
    }
}
