package org.stageboard.ui.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.template.Seeder;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** In the real window: an answer lands in free space with a clean arrow, and the card keeps off its boxes. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FollowUpPlacementTest {
    private MainWindow window;

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        stage.setWidth(1200);
        stage.setHeight(800);
        stage.show();
    }

    @Test
    void answersLandBesideTheirBoxAndTheCardKeepsOffThem(FxRobot robot) {
        robot.interact(() -> window.showNewBoard(
                Seeder.seed(window.templates().byId("payment-fraud-detection").orElseThrow(), Seeder.Mode.PRACTICE)));
        robot.clickOn(window.canvas());
        robot.push(KeyCode.CONTROL, KeyCode.R);
        robot.clickOn("#timer-start");
        WaitForAsyncUtils.waitForFxEvents();

        for (int i = 0; i < 3; i++) {
            FollowUpCard card = window.rehearsal().card();
            String asked = card.questionText();
            org.stageboard.model.Stage stage = card.shownStage();
            assertCardCoversNoneOf(stage);
            Board before = window.document().board();
            robot.clickOn("#followup-answer").write("answer " + i);
            robot.clickOn("#followup-add");
            WaitForAsyncUtils.waitForFxEvents();

            Board after = window.document().board();
            assertEquals(before.nodes().size() + 1, after.nodes().size());
            Node note = after.nodes().get(after.nodes().size() - 1);
            for (Node other : before.nodes()) {
                assertFalse(note.bounds().intersects(other.bounds()),
                        "answer " + i + " lands on " + other.title() + ": " + note.bounds() + " / " + other.bounds());
            }
            Edge arrow = after.edgesTouching(note.id()).get(0);
            Node box = after.node(arrow.to()).orElseThrow();
            assertEquals(stage, box.stage(), "the arrow goes to a box of the question's stage");
            for (Node other : before.nodes()) {
                if (!other.id().equals(box.id())) {
                    assertFalse(crosses(note.bounds(), box.bounds(), other.bounds()),
                            "the straight run from the answer to its box crosses " + other.title());
                }
            }
            assertNotEquals(asked, window.rehearsal().card().questionText(), "the card moved on");
        }
    }

    private void assertCardCoversNoneOf(org.stageboard.model.Stage stage) {
        Rect card = cardOnCanvas();
        for (Node n : window.document().board().nodesOf(stage)) {
            Rect box = window.canvas().screenBounds(n);
            assertFalse(card.intersects(box), "the card covers " + n.title() + ": " + card + " / " + box);
        }
    }

    private Rect cardOnCanvas() {
        FollowUpCard card = window.rehearsal().card();
        javafx.geometry.Bounds b = window.canvas().sceneToLocal(card.localToScene(card.getLayoutBounds()));
        return new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }

    /** The centre-to-centre line between two boxes passes through a third. */
    private static boolean crosses(Rect a, Rect b, Rect other) {
        int steps = 200;
        for (int s = 0; s <= steps; s++) {
            double x = a.centerX() + (b.centerX() - a.centerX()) * s / steps;
            double y = a.centerY() + (b.centerY() - a.centerY()) * s / steps;
            if (x > other.x() && x < other.maxX() && y > other.y() && y < other.maxY()) {
                return true;
            }
        }
        return false;
    }
}
