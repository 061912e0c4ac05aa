package org.stageboard.ui.export;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.scene.control.Button;
import javafx.scene.control.ProgressBar;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportProgress;
import org.stageboard.i18n.Messages;

/**
 * Writes an export on a worker thread while a progress bar and a Cancel button show, so the window stays responsive
 * while a big board is written; Cancel (or closing the window) stops the worker at its next strip.
 */
final class BackgroundSave {
    /** The writing itself, run on the worker. */
    interface Work {
        void run() throws ExportException;
    }

    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button(Messages.get("export.dialog.cancel"));
    /** Told true when a save starts and false when it ends, so the dialog can disable what must wait. */
    private final Consumer<Boolean> onRunning;
    /** Set while a picture is being saved; the worker stops at its next strip when it is cancelled. */
    private AtomicBoolean saving;

    BackgroundSave(Consumer<Boolean> onRunning) {
        this.onRunning = onRunning;
        progress.setId("export-progress");
        progress.setPrefWidth(140);
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> cancel());
    }

    ProgressBar progressBar() {
        return progress;
    }

    Button cancelButton() {
        return cancel;
    }

    boolean running() {
        return saving != null;
    }

    /**
     * Runs {@code work} on a worker thread; {@code done} is then told, on the JavaFX thread, null when it worked or
     * the error's message.
     */
    void start(Work work, Consumer<String> done) {
        AtomicBoolean cancelled = new AtomicBoolean();
        saving = cancelled;
        show(true);
        Thread worker = new Thread(() -> {
            String error = null;
            try {
                work.run();
            } catch (ExportException | RuntimeException e) {
                error = String.valueOf(e.getMessage());
            }
            String failure = error;
            Platform.runLater(() -> {
                if (saving == cancelled) {
                    saving = null;
                }
                show(false);
                done.accept(failure);
            });
        }, "export-png");
        worker.setDaemon(true);
        worker.start();
    }

    /** The progress the current worker reports to: the bar follows it, and it stops when cancelled. */
    ExportProgress progress() {
        AtomicBoolean cancelled = saving;
        return new ExportProgress() {
            @Override
            public void done(double fraction) {
                Platform.runLater(() -> progress.setProgress(fraction));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    void cancel() {
        if (saving != null) {
            saving.set(true);
        }
    }

    /** Shows or hides the bar and Cancel. */
    void show(boolean on) {
        progress.setProgress(0);
        progress.setVisible(on);
        progress.setManaged(on);
        cancel.setVisible(on);
        cancel.setManaged(on);
        onRunning.accept(on);
    }
}
