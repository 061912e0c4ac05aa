package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.check.Checker;
import org.stageboard.check.Profiles;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * A new window does not wait for the checker before its first frame: its empty board shows the profile's stages as
 * to-dos, the same list the check shows, and the check itself runs after that frame without any user action. An
 * opened board's findings show at once.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FindingsCheckAfterFirstFrameTest {
    private MainWindow window;
    private boolean checkedBeforeShown;
    private List<String> todosBeforeShown;
    private String summaryBeforeShown;

    @TempDir
    Path dir;

    @Start
    void start(Stage primary) {
        primary.hide();
        Stage stage = new Stage();
        window = new MainWindow(stage, RecentFiles.inMemory());
        FindingsPanel panel = window.findings().panel();
        checkedBeforeShown = panel.isChecked();
        todosBeforeShown = todoIds(panel);
        summaryBeforeShown = panel.summaryText();
        stage.show();
    }

    @Test
    void anEmptyBoardShowsItsToDosAtOnceAndIsCheckedAfterTheFirstFrameWithoutAnyAction(FxRobot robot)
            throws Exception {
        FindingsPanel panel = window.findings().panel();
        assertFalse(checkedBeforeShown, "the check waits for the first frame");
        List<String> expected = Profiles.DEFAULT.requiredStages().stream().map(s -> "todo-" + s.id()).toList();
        assertEquals(expected, todosBeforeShown);

        WaitForAsyncUtils.waitFor(10, TimeUnit.SECONDS, panel::isChecked);
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(panel.showsChecklist());
        assertEquals(todosBeforeShown, todoIds(panel));
        assertEquals(summaryBeforeShown, panel.summaryText());
        assertEquals(Checker.check(Board.empty(), Profiles.DEFAULT), List.copyOf(panel.findings()));
        // the inspector's box fields are built after the first frame too, still showing the board's fields
        assertTrue(robot.lookup("#inspector-notes").tryQuery().isEmpty());
        assertTrue(robot.lookup("#inspector-prompt").tryQuery().isPresent());
    }

    @Test
    void anOpenedBoardShowsItsFindingsWithoutAnyAction(FxRobot robot) throws Exception {
        Board board = TestBoards.complete().remove(List.of("r"), List.of());
        Path file = dir.resolve("feed.stageboard");
        Files.writeString(file, BoardCodec.write(board));
        robot.interact(() -> window.openFile(file));
        WaitForAsyncUtils.waitForFxEvents();
        FindingsPanel panel = window.findings().panel();
        assertTrue(panel.isChecked());
        assertFalse(panel.showsChecklist());
        assertEquals(Checker.check(window.document().board(), Profiles.forBoard(window.document().board())),
                List.copyOf(panel.findings()));
        assertTrue(panel.findings().stream().anyMatch(f -> f.ruleId().equals("missing-stage")), panel.findings()
                .toString());
        assertFalse(robot.lookup(".finding-cell").queryAll().isEmpty(), "the findings list shows them");
    }

    @Test
    void aPanelShowsTheToDosOfTheBoardsOwnProfileBeforeItsCheck(FxRobot robot) {
        FindingsPanel[] made = new FindingsPanel[1];
        robot.interact(() -> {
            made[0] = new FindingsPanel();
            made[0].updateUnlessEmpty(Board.empty().withProfile("core"));
        });
        List<String> before = todoIds(made[0]);
        String summary = made[0].summaryText();
        assertFalse(made[0].isChecked());
        assertEquals(Profiles.CORE.requiredStages().stream().map(s -> "todo-" + s.id()).toList(), before);
        robot.interact(made[0]::checkIfUnchecked);
        assertTrue(made[0].isChecked());
        assertEquals(before, todoIds(made[0]));
        assertEquals(summary, made[0].summaryText());
        assertEquals(Profiles.CORE, made[0].profile());
    }

    private static List<String> todoIds(FindingsPanel panel) {
        // the list sits in a scroll pane, whose content is no child of it until it has a skin
        javafx.scene.Node list = ((javafx.scene.control.ScrollPane) panel.lookup(".checklist-scroll")).getContent();
        return list.lookupAll(".todo-row").stream().map(javafx.scene.Node::getId).toList();
    }
}
