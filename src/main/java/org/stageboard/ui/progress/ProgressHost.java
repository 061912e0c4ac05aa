package org.stageboard.ui.progress;

import javafx.stage.Stage;
import org.stageboard.model.Board;
import org.stageboard.template.TemplateLibrary;

/** What the Progress window needs from the window it belongs to; the main window implements it. */
public interface ProgressHost {
    Stage stage();

    TemplateLibrary templates();

    /** The application stylesheet, so the window looks like its owner. */
    String stylesheet();

    /**
     * Replaces the board with {@code board} (asking about unsaved work first) and starts a timed rehearsal on it.
     *
     * @return false when the user kept the current board
     */
    boolean rehearseNewBoard(Board board);
}
