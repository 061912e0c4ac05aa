package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.layout.BorderPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.check.Profiles;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.edit.Document;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.ui.canvas.BoardCanvas;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * The badges on the canvas follow the findings however long the window has been open: a profile picked after a
 * garbage collection still clears the badge of a finding that profile does not raise.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class BadgesFollowTheProfileTest {
    private BoardCanvas canvas;
    private FindingsPanel panel;

    /** A complete board whose requirements box was drawn as a note: the default profile misses the stage. */
    private static Board requirementsAsNote() {
        Board b = TestBoards.complete();
        return b.replaceNode(b.node("r").orElseThrow().withStage(org.stageboard.model.Stage.NOTE).withTitle("Requirements"));
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        canvas = new BoardCanvas(new Document(requirementsAsNote()));
        panel = new FindingsPanel();
        new FindingsController(panel, canvas.session(), canvas.boardView(), canvas::reveal);
        stage.setScene(new Scene(new BorderPane(canvas, null, panel, null, null), 1200, 700));
        stage.show();
    }

    @Test
    void aProfileChangeAfterAGarbageCollectionClearsTheBadgesItNoLongerRaises(FxRobot robot) {
        robot.interact(() -> panel.setProfile(Profiles.DEFAULT));
        assertNotNull(canvas.boardView().box("r").badge(), "the default profile misses requirements: the note is badged");
        for (int i = 0; i < 5; i++) {
            System.gc();
            WaitForAsyncUtils.sleep(20, java.util.concurrent.TimeUnit.MILLISECONDS);
        }
        robot.interact(() -> panel.setProfile(Profiles.CORE));
        WaitForAsyncUtils.waitForFxEvents();
        assertNull(canvas.boardView().box("r").badge(), "the core profile does not ask for requirements");
    }
}
