package org.stageboard.ui.presenter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.rehearsal.CueSheet;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class CueSheetWindowTest {
    private Stage main;
    private CueSheetWindow cue;

    @Start
    void start(Stage stage) {
        main = stage;
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
        cue = new CueSheetWindow(new CueSheet("Design a spam filter for comments",
                List.of(new CueSheet.QA("How many comments a day?", "About 50 million, 多语言"),
                        new CueSheet.QA("Latency?", "Before the comment is shown: under 200 ms")),
                List.of("How do you handle adversarial spammers?"),
                List.of("Precision vs recall trade-off stated", "Человек в контуре для спорных случаев")));
        cue.show();
    }

    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    private boolean hasLabel(FxRobot robot, String text) {
        return robot.lookup(".label").queryAllAs(Label.class).stream().anyMatch(l -> l.getText().contains(text));
    }

    @Test
    void showsEverySectionInItsOwnWindow(FxRobot robot) {
        assertNotSame(main, cue.stage());
        assertTrue(cue.stage().isShowing());
        assertEquals("Cue sheet (interviewer)", cue.stage().getTitle());
        assertTrue(hasLabel(robot, "Design a spam filter for comments"));
        assertTrue(hasLabel(robot, "Q: How many comments a day?"));
        assertTrue(hasLabel(robot, "A: About 50 million, 多语言"));
        assertTrue(hasLabel(robot, "How do you handle adversarial spammers?"));
        assertTrue(hasLabel(robot, "Человек в контуре"));
        assertTrue(hasLabel(robot, "A strong answer covers"));
        robot.interact(cue::close);
        assertTrue(!cue.stage().isShowing());
    }
}
