package org.stageboard.ui;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import javafx.geometry.Point2D;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.check.Finding;
import org.stageboard.model.Node;
import org.stageboard.template.Seeder;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.stageboard.ui.presenter.PresenterStyle;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The window-level wiring of presenter mode, the rehearsal bars and the findings panel, driven by keys and clicks. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class RehearsalAndPresenterTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        stage.show();
    }

    private void seedFraudPractice(FxRobot robot) {
        robot.interact(() -> window.showNewBoard(
                Seeder.seed(window.templates().byId("payment-fraud-detection").orElseThrow(), Seeder.Mode.PRACTICE)));
    }

    /** Visible on screen: it and every parent are visible and it is in the scene. */
    private static boolean shown(javafx.scene.Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible()) {
                return false;
            }
        }
        return true;
    }

    @Test
    void presenterModeHidesPanelsAndTheLaserFollowsTheMouse(FxRobot robot) {
        seedFraudPractice(robot);
        robot.clickOn(window.canvas());
        robot.push(KeyCode.F5);
        assertTrue(window.presenter().isPresenting());
        assertTrue(PresenterStyle.isApplied(window.stage().getScene()));
        assertFalse(shown(robot.lookup("#palette-data").query()), "palette hidden");
        assertFalse(window.findings().visibleProperty().get(), "findings hidden");
        assertTrue(robot.lookup(".findings-panel").queryAll().stream().noneMatch(javafx.scene.Node::isVisible)
                || robot.lookup(".findings-panel").queryAll().isEmpty());

        robot.push(KeyCode.L);
        assertTrue(window.presenter().laser().isEnabled());
        Point2D c = window.canvas().localToScreen(300, 200);
        robot.moveTo(c).moveBy(20, 10);
        assertTrue(window.presenter().laser().isDotVisible(), "the dot shows where the mouse is");

        robot.push(KeyCode.F5);
        assertFalse(window.presenter().isPresenting());
        assertFalse(window.presenter().laser().isEnabled(), "leaving turns the laser off");
        assertTrue(shown(robot.lookup("#palette-data").query()), "palette back");
        assertTrue(window.findings().visibleProperty().get(), "findings back as they were");
        assertFalse(PresenterStyle.isApplied(window.stage().getScene()));
    }

    @Test
    void findingsAppearAsBadgesAndClickingOneRevealsItsBox(FxRobot robot) {
        seedFraudPractice(robot);
        List<Finding> findings = window.findings().panel().findings();
        assertFalse(findings.isEmpty(), "an empty practice skeleton has findings");
        Finding onBox = findings.stream().filter(f -> f.nodeId() != null).findFirst().orElseThrow();
        assertNotNull(window.canvas().boardView().box(onBox.nodeId()).badge(), "the box carries a badge");

        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertFalse(window.findings().visibleProperty().get());
        assertNull(window.canvas().boardView().box(onBox.nodeId()).badge(), "badges hidden for a shared screen");
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.F);
        assertNotNull(window.canvas().boardView().box(onBox.nodeId()).badge());

        robot.interact(() -> window.findings().reveal(onBox));
        assertEquals(List.of(onBox.nodeId()), List.copyOf(window.canvas().session().selection().nodes()));
    }

    @Test
    void aRehearsalLogsEditsAndAnAnswerLandsAsALinkedNote(FxRobot robot) {
        seedFraudPractice(robot);
        robot.clickOn(window.canvas());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        assertTrue(window.rehearsal().isActive());
        robot.clickOn("#timer-start");
        assertNotNull(window.rehearsal().session(), "Start begins a session");
        assertTrue(robot.lookup("#timer-countdown").tryQuery().isPresent());

        String data = window.document().board().nodesOf(org.stageboard.model.Stage.DATA).get(0).id();
        robot.interact(() -> window.document().apply("type", b -> b.mapNodes(List.of(data), n -> n.withText("chargebacks"))));
        assertTrue(window.rehearsal().session().log().entries().size() >= 2, "the edit was logged");

        int before = window.document().board().nodes().size();
        robot.clickOn("#followup-card .text-field").write("Use matured labels");
        robot.clickOn(robot.lookup("#followup-card .button").queryAll().stream()
                .filter(n -> n instanceof javafx.scene.control.Button b && b.getText().toLowerCase().contains("board"))
                .findFirst().orElseThrow());
        assertEquals(before + 1, window.document().board().nodes().size(), "a note was added");
        Node note = window.document().board().nodes().get(before);
        assertEquals(org.stageboard.model.Stage.NOTE, note.stage());
        assertEquals("Use matured labels", note.text());
        assertTrue(window.document().board().edgesTouching(note.id()).size() == 1, "linked to its stage's box");
    }

    @Test
    void finishingWritesTheReportPictureAndSessionBesideTheBoardAndReplaysIt(FxRobot robot) throws Exception {
        java.nio.file.Path dir = java.nio.file.Files.createTempDirectory("rehearsal");
        java.nio.file.Path file = dir.resolve("fraud.stageboard");
        window.files().setChooser((save, current) -> java.util.Optional.of(file));
        seedFraudPractice(robot);
        robot.clickOn(window.canvas());
        robot.push(KeyCode.CONTROL, KeyCode.S);
        robot.push(KeyCode.CONTROL, KeyCode.R);
        robot.clickOn("#timer-start");
        String serving = window.document().board().nodesOf(org.stageboard.model.Stage.SERVING).get(0).id();
        robot.interact(() -> window.document().apply("type",
                b -> b.mapNodes(List.of(serving), n -> n.withText("online, p99 < 50 ms"))));
        int windows = robot.listWindows().size();
        robot.interact(() -> window.rehearsal().finish());
        assertFalse(window.rehearsal().isActive(), "the bars are gone");
        assertTrue(robot.listWindows().size() > windows, "the report is shown in the app");

        java.nio.file.Path md = org.stageboard.rehearsal.SessionFiles.reportFileFor(file);
        java.nio.file.Path png = org.stageboard.rehearsal.SessionFiles.reportImageFor(file);
        assertTrue(java.nio.file.Files.exists(md), md.toString());
        assertTrue(java.nio.file.Files.size(png) > 1000, "a picture of the board beside the report");
        String report = java.nio.file.Files.readString(md);
        assertTrue(report.contains("Serving"), report);

        var loaded = org.stageboard.rehearsal.SessionFiles.load(file);
        assertTrue(loaded.found(), String.valueOf(loaded.warning()));
        var log = loaded.session().log();
        var replayed = new org.stageboard.rehearsal.Replay(log).boardAt(Long.MAX_VALUE / 4);
        assertEquals("online, p99 < 50 ms", replayed.node(serving).orElseThrow().text(), "replay ends on the edit");
        int before = robot.listWindows().size();
        robot.interact(() -> window.rehearsal().showReplay());
        assertEquals(before + 1, robot.listWindows().size(), "the replay opens in its own window");
    }
}
