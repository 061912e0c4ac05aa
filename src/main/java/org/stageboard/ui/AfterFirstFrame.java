package org.stageboard.ui;

import javafx.animation.AnimationTimer;
import javafx.application.Platform;
import javafx.stage.Window;

/**
 * Puts work the first frame does not need until after it: the task runs on the FX thread once the second pulse
 * since the window showed has begun, so the first frame was laid out and drawn before the task takes the thread.
 */
public final class AfterFirstFrame {
    private AfterFirstFrame() {
    }

    /** Runs {@code task} after {@code window}'s first frame (or after the next one, if it is showing already). */
    public static void run(Window window, Runnable task) {
        if (window.isShowing()) {
            countPulsesThen(task);
            return;
        }
        window.showingProperty().addListener(new javafx.beans.value.ChangeListener<>() {
            @Override
            public void changed(javafx.beans.value.ObservableValue<? extends Boolean> o, Boolean was, Boolean now) {
                if (now) {
                    window.showingProperty().removeListener(this);
                    countPulsesThen(task);
                }
            }
        });
    }

    private static void countPulsesThen(Runnable task) {
        // after this pulse: the task never delays the frame it follows
        atSecondPulse(() -> Platform.runLater(task));
    }

    /**
     * Runs {@code inPulse} inside the second pulse from now, when the first frame's scene has been laid out and
     * handed to the renderer (the start-up probe stops the clock there).
     */
    public static void atSecondPulse(Runnable inPulse) {
        new AnimationTimer() {
            private int pulses;

            @Override
            public void handle(long now) {
                if (++pulses == 2) {
                    stop();
                    inPulse.run();
                }
            }
        }.start();
    }
}
