package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.check.Finding;
import org.stageboard.check.Severity;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.RehearsalSession;
import org.stageboard.rehearsal.SessionTimer;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

@UiTest
@ExtendWith(ApplicationExtension.class)
class ReportViewTest {
    private Stage window;

    @Start
    void start(Stage stage) {
        stage.setScene(new javafx.scene.Scene(new javafx.scene.layout.Pane(), 200, 100));
        stage.show();
        FakeClock clock = new FakeClock(0);
        Board b0 = Board.empty().withTitle("新闻推荐").addNode(Node.of("n1", org.stageboard.model.Stage.MODEL, "Model", 0, 0));
        RehearsalSession s = new RehearsalSession(new SessionTimer(PhasePlan.preset45(), clock), b0,
                new FollowUpPicker(FollowUpBank.general()));
        clock.advanceMinutes(12);
        s.boardChanged(b0, b0.replaceNode(b0.node("n1").orElseThrow().withText("GBDT baseline")), "type");
        s.next();
        s.answer("Popularity baseline first");
        s.finish();
        window = ReportView.show(stage, s.report(b -> List.of(new Finding("missing-stage", Severity.WARNING, null, null, "Monitoring is missing", ""))));
    }

    @org.junit.jupiter.api.AfterEach
    void closeWindows() throws java.util.concurrent.TimeoutException {
        org.testfx.api.FxToolkit.cleanupStages();
    }

    @Test
    void showsTheReportAsFormattedText(FxRobot robot) {
        assertTrue(window.isShowing());
        List<String> labels = robot.lookup(".label").queryAllAs(Label.class).stream().map(Label::getText).toList();
        assertTrue(labels.contains("Rehearsal report: 新闻推荐"), labels.toString());
        assertTrue(labels.contains("Time per phase"), labels.toString());
        assertTrue(labels.contains("Model"), "table cell: " + labels);
        assertTrue(labels.contains("12:00"), "spent on the model: " + labels);
        String flowText = String.join("", robot.lookup((javafx.scene.Node n) -> n instanceof Text).queryAllAs(Text.class).stream().map(Text::getText).toList());
        assertTrue(flowText.contains("Monitoring is missing"), flowText);
        assertTrue(flowText.contains("Popularity baseline first"), flowText);
        assertFalse(flowText.contains("**"), "bold markers are rendered, not shown");
        robot.clickOn("#report-close");
        assertFalse(window.isShowing());
    }
}
