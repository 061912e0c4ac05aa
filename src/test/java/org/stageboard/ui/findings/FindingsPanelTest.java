package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.Scene;
import javafx.scene.control.ListCell;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.check.Finding;
import org.stageboard.check.Profiles;
import org.stageboard.check.Severity;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class FindingsPanelTest {
    private FindingsPanel panel;
    private final List<Finding> activated = new ArrayList<>();

    /** The complete test board without its requirements box and with an empty model box. */
    private static Board board() {
        Board b = TestBoards.complete().remove(List.of("r"), List.of());
        return b.replaceNode(b.node("m").orElseThrow().withText(""));
    }

    @Start
    void start(Stage stage) {
        panel = new FindingsPanel();
        panel.setOnFindingActivated(activated::add);
        panel.update(board());
        stage.setScene(new Scene(panel, 420, 500));
        stage.show();
    }

    @Test
    void showsFindingsWithSummary(FxRobot robot) {
        List<Finding> f = panel.findings();
        assertEquals(2, f.size(), f.toString());
        assertEquals("missing-stage", f.get(0).ruleId());
        assertEquals(Severity.ERROR, f.get(0).severity());
        assertEquals("empty-stage", f.get(1).ruleId());
        String summary = panel.summaryText();
        assertTrue(summary.contains("6/8"), summary); // requirements missing, model empty
        assertTrue(summary.contains("2/3"), summary); // model states no trade-off
        assertTrue(summary.contains("1 error,"), summary);
        assertEquals(2, robot.lookup(".finding-cell").queryAll().size());
        assertTrue(robot.lookup(f.get(1).message()).tryQuery().isPresent(), "message shown");
        assertTrue(robot.lookup(f.get(1).reason()).tryQuery().isPresent(), "reason shown");
    }

    @Test
    void clickingAFindingFiresTheCallbackWithIt(FxRobot robot) {
        List<Node> cells = new ArrayList<>(robot.lookup(".finding-cell").queryAll());
        @SuppressWarnings("unchecked")
        ListCell<Finding> second = (ListCell<Finding>) cells.stream()
                .filter(c -> ((ListCell<?>) c).getIndex() == 1).findFirst().orElseThrow();
        robot.clickOn(second);
        assertEquals(1, activated.size());
        assertEquals(panel.findings().get(1), activated.get(0));
        assertEquals("m", activated.get(0).nodeId());
    }

    @Test
    void profileSelectorAndUpdatesRecheck(FxRobot robot) {
        robot.interact(() -> panel.setProfile(Profiles.CORE));
        assertEquals(Profiles.CORE, panel.profile());
        assertFalse(panel.findings().stream().anyMatch(f -> f.ruleId().equals("missing-stage")));
        assertTrue(panel.summaryText().contains("5/6"), panel.summaryText());
        robot.interact(() -> panel.update(TestBoards.complete()));
        assertEquals(List.of(), panel.findings());
        assertNotNull(robot.lookup(".findings-summary").query());
    }
}
