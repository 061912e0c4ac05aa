package org.stageboard.ui.presenter;

import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Pane;
import javafx.stage.Stage;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.canvas.EditorSession;
import org.stageboard.ui.findings.FindingsController;

/**
 * What presenter mode needs from the window it takes over: the stage to make full screen, the layout whose side
 * panes it hides, the canvas it shows alone and the findings it hides. The main window implements it.
 */
public interface PresenterHost {
    Stage stage();

    BorderPane root();

    /** The pane holding the canvas (the laser pointer draws over it). */
    Pane canvasHolder();

    BoardCanvas canvas();

    /** The editor's view settings (the grid presenter mode hides, the zoom and scroll it restores). */
    EditorSession session();

    FindingsController findings();

    /** Shows or hides everything but the canvas (menu bar, palette, side panels, status bar). */
    void setChromeVisible(boolean visible);
}
