package org.stageboard.ui.files;

import org.stageboard.edit.Document;
import org.stageboard.io.Autosave;
import org.stageboard.io.AutosaveScheduler;

/**
 * Keeps a copy of unsaved work on disk at most a second or two behind the user, however busy, so a crash loses
 * only the last moment. The timing and the writing live in {@link AutosaveScheduler}, off the UI thread; this
 * class only feeds it the document's changes.
 */
public final class AutosaveController {
    private final Document document;
    private final FileController files;
    private final AutosaveScheduler scheduler;
    private String key = Autosave.newKey();

    public AutosaveController(Autosave autosave, Document document, FileController files) {
        this(AutosaveScheduler.background(autosave), document, files);
    }

    AutosaveController(AutosaveScheduler scheduler, Document document, FileController files) {
        this.scheduler = scheduler;
        this.document = document;
        this.files = files;
        document.addListener(e -> {
            if (document.isDirty()) {
                scheduler.changed(key, files.pathProperty().get(), document.board());
            } else {
                discard();
            }
        });
    }

    /**
     * Continues a recovered crash copy under its own key: the next autosave writes over it and a save removes it,
     * so recovering never leaves a second copy of the same work behind.
     */
    public void adopt(String recoveredKey) {
        String old = key;
        key = recoveredKey;
        scheduler.discard(old);
        if (document.isDirty()) {
            scheduler.changed(key, files.pathProperty().get(), document.board());
        }
    }

    /** Drops the copy before the app exits, waiting briefly so a clean close never leaves a "crash" copy behind. */
    public void discardBeforeExit() {
        String k = key;
        key = Autosave.newKey();
        scheduler.discardAndWait(k, java.time.Duration.ofSeconds(2));
    }

    /** Drops the copy: the work was saved, or deliberately thrown away. */
    public void discard() {
        String k = key;
        key = Autosave.newKey();
        scheduler.discard(k);
    }
}
