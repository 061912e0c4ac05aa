package org.stageboard.ui.rehearsal;

import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.stageboard.edit.Document;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.canvas.EditorSession;
import org.stageboard.ui.files.FileController;

/**
 * What a rehearsal needs from the window it runs in: the board, its file, its templates, and the places its timer
 * bar and follow-up card go. The main window implements it; the rehearsal never sees the window itself.
 */
public interface RehearsalHost {
    Stage stage();

    Document document();

    BoardCanvas canvas();

    /** The editor's state: the document and the view the follow-up card keeps clear of boxes in. */
    EditorSession session();

    FileController files();

    TemplateLibrary templates();

    /** Where the timer bar goes, above the canvas. */
    Pane topArea();

    /** The pane over the canvas the follow-up card floats in. */
    Pane canvasHolder();
}
