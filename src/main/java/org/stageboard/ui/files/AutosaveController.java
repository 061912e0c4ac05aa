package org.stageboard.ui.files;

import java.io.IOException;
import java.nio.file.Path;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import javafx.animation.PauseTransition;
import javafx.util.Duration;
import org.stageboard.edit.Document;
import org.stageboard.io.Autosave;
import org.stageboard.model.Board;

/**
 * Keeps a copy of unsaved work on disk a moment after each change, so a crash loses nothing typed.
 * Writing happens off the UI thread; boards are immutable, so the copy cannot change underneath it.
 */
public final class AutosaveController {
    private static final Duration DELAY = Duration.seconds(2);

    private final Autosave autosave;
    private final Document document;
    private final FileController files;
    private final PauseTransition debounce = new PauseTransition(DELAY);
    private final ExecutorService writer = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "stageboard-autosave");
        t.setDaemon(true);
        return t;
    });
    private String key = Autosave.newKey();

    public AutosaveController(Autosave autosave, Document document, FileController files) {
        this.autosave = autosave;
        this.document = document;
        this.files = files;
        debounce.setOnFinished(e -> writeNow());
        document.addListener((before, after, change) -> {
            if (document.isDirty()) {
                debounce.playFromStart();
            } else {
                discard();
            }
        });
    }

    /** Writes the current board if it has unsaved changes. */
    public void writeNow() {
        if (!document.isDirty()) {
            return;
        }
        Board board = document.board();
        Path original = files.pathProperty().get();
        String k = key;
        writer.execute(() -> {
            try {
                autosave.save(k, original, board);
            } catch (IOException e) {
                // autosave is a safety net; the user's own save reports its errors
            }
        });
    }

    /** Drops the copy: the work was saved, or deliberately thrown away. */
    public void discard() {
        debounce.stop();
        String k = key;
        key = Autosave.newKey();
        writer.execute(() -> {
            try {
                autosave.discard(k);
            } catch (IOException e) {
                // a stale copy is only offered for recovery later, which the user can decline
            }
        });
    }
}
