package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.check.Finding;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The findings panel shows, per decision stage, the words read as choice, alternative and reason. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TradeoffReadingViewTest {
    private static Locale before;
    private FindingsPanel panel;
    private final List<String> revealed = new ArrayList<>();

    @BeforeAll
    static void english() {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterAll
    static void restore() {
        Messages.setLocale(before);
    }

    /**
     * The complete board with a model box that names a choice and an alternative but no reason, and a serving box
     * that states nothing itself: its trade-off is in a note linked to it by an arrow.
     */
    static Board board() {
        Board b = TestBoards.complete();
        b = b.replaceNode(b.node("m").orElseThrow().withText("Went with GBDT over a DNN."));
        b = b.replaceNode(b.node("s").orElseThrow().withText("Online ranking, p99 < 80 ms."));
        b = b.addNode(TestBoards.box("n1", org.stageboard.model.Stage.NOTE,
                "Online over batch because news goes stale in minutes."));
        return b.addEdge(new Edge("en", "n1", "s", ""));
    }

    @Start
    void start(Stage stage) {
        panel = new FindingsPanel();
        panel.readings().setOnReveal(revealed::add);
        panel.update(board());
        stage.setScene(new Scene(panel, 420, 700));
        stage.show();
    }

    @Test
    void theFindingSaysWhatIsMissing() {
        List<Finding> unstated = panel.findings().stream().filter(f -> f.ruleId().equals("unstated-tradeoff"))
                .toList();
        assertEquals(1, unstated.size(), panel.findings().toString()); // serving is credited through its note
        assertEquals("m", unstated.get(0).nodeId());
        assertTrue(unstated.get(0).message().contains("a choice and an alternative, but no reason"),
                unstated.get(0).message());
        assertTrue(unstated.get(0).message().contains("GBDT"), unstated.get(0).message());
    }

    @Test
    void expandingShowsTheWordsReadForEveryDecisionStage(FxRobot robot) {
        assertFalse(panel.readings().isExpanded());
        robot.clickOn(Messages.get("check.reading.title"));
        assertTrue(panel.readings().isExpanded());

        VBox model = robot.lookup("#tradeoff-reading-model").queryAs(VBox.class);
        assertEquals(List.of("Model: no trade-off stated yet", "Choice: «GBDT»", "Over: «a DNN»",
                "Because: not found"), texts(model));

        VBox data = robot.lookup("#tradeoff-reading-data").queryAs(VBox.class);
        assertEquals("Data: trade-off stated", texts(data).get(0));
        assertEquals("Over: «human ratings»", texts(data).get(2));

        VBox serving = robot.lookup("#tradeoff-reading-serving").queryAs(VBox.class);
        assertEquals("Serving: trade-off stated (from a linked note)", texts(serving).get(0));
        assertEquals("Because: «news goes stale in minutes»", texts(serving).get(3));

        robot.clickOn(serving);
        assertEquals(List.of("n1"), revealed);
    }

    @Test
    void readingFollowsEdits(FxRobot robot) {
        robot.clickOn(Messages.get("check.reading.title"));
        Board fixed = board();
        fixed = fixed.replaceNode(fixed.node("m").orElseThrow()
                .withText("Went with GBDT over a DNN because the features are tabular."));
        Board b = fixed;
        robot.interact(() -> panel.update(b));
        VBox model = robot.lookup("#tradeoff-reading-model").queryAs(VBox.class);
        assertEquals("Model: trade-off stated", texts(model).get(0));
        assertEquals("Because: «the features are tabular»", texts(model).get(3));
        assertTrue(panel.findings().stream().noneMatch(f -> f.ruleId().equals("unstated-tradeoff")));
    }

    private static List<String> texts(VBox box) {
        return box.getChildren().stream().map(n -> ((Label) n).getText()).toList();
    }
}
