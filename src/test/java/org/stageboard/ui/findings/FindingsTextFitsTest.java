package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.ui.kit.Theme;
import org.stageboard.render.Tooltips;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/**
 * In Russian under the AtlantaFX theme, at the side panel's width in a 1200 px window: no label in the findings
 * panel is cut, and an empty board shows a neutral to-do list instead of eight errors.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class FindingsTextFitsTest {
    private FindingsPanel panel;
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        before = Messages.locale();
        Messages.setLocale(Locale.forLanguageTag("ru"));
        Theme.LIGHT.apply();
        panel = new FindingsPanel();
        Board b = TestBoards.complete().remove(List.of("r"), List.of());
        panel.update(b.replaceNode(b.node("m").orElseThrow().withText("")));
        Scene scene = new Scene(panel, 380, 560);
        scene.getStylesheets().add(org.stageboard.ui.MainWindow.STYLESHEET);
        stage.setScene(scene);
        stage.show();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
        javafx.application.Application.setUserAgentStylesheet(null);
    }

    @Test
    void noLabelIsCut(FxRobot robot) {
        WaitForAsyncUtils.waitForFxEvents();
        List<Label> labels = robot.lookup(".findings-panel .label").queryAllAs(Label.class).stream()
                .filter(l -> shown(l) && !l.getText().isEmpty()).toList();
        assertTrue(labels.stream().anyMatch(l -> l.getText().equals("Профиль")), "the profile label is there");
        assertTrue(labels.stream().anyMatch(l -> l.getStyleClass().contains("finding-reason")), "reasons shown");
        for (Label l : labels) {
            if (l.getParent() instanceof javafx.scene.control.ListCell<?>
                    || l.getText().equals(panel.summaryText()) && !l.isWrapText()) {
                continue;
            }
            double w = l.getWidth();
            if (l.isWrapText()) {
                assertTrue(l.getHeight() + 0.5 >= l.prefHeight(w), "cut: '" + l.getText() + "' " + l.getHeight()
                        + " < " + l.prefHeight(w));
            } else {
                assertTrue(w + 0.5 >= l.prefWidth(-1), "cut: '" + l.getText() + "' " + w + " < " + l.prefWidth(-1));
            }
        }
    }

    /** On screen: in a scene, it and every parent visible, and not inside a collapsed titled pane. */
    private static boolean shown(javafx.scene.Node n) {
        if (n.getScene() == null) {
            return false;
        }
        for (javafx.scene.Node p = n; p != null; p = p.getParent()) {
            if (!p.isVisible() || p instanceof javafx.scene.control.TitledPane t && !t.isExpanded() && p != n
                    && !isTitleOf(t, n)) {
                return false;
            }
        }
        return true;
    }

    private static boolean isTitleOf(javafx.scene.control.TitledPane t, javafx.scene.Node n) {
        javafx.scene.Node content = t.getContent();
        for (javafx.scene.Node p = n; p != null && p != t; p = p.getParent()) {
            if (p == content) {
                return false;
            }
        }
        return true;
    }

    @Test
    void anEmptyBoardShowsTheStagesAsAToDoList(FxRobot robot) {
        robot.interact(() -> panel.update(Board.empty().addNode(Node.of("n", org.stageboard.model.Stage.NOTE, "idea", 0, 0))));
        assertTrue(panel.showsChecklist());
        assertEquals(8, robot.lookup(".todo-row").queryAll().size());
        assertTrue(robot.lookup(".finding-cell").queryAll().stream().noneMatch(FindingsTextFitsTest::shown),
                "no red findings on show");
        assertEquals("Пустая доска: этапов к раскрытию — 8", panel.summaryText());
        assertTrue(robot.lookup(".severity-error").queryAll().stream().noneMatch(FindingsTextFitsTest::shown));
        robot.interact(() -> panel.update(TestBoards.complete()));
        assertFalse(panel.showsChecklist(), "a board with stages gets the findings list back");
    }

    @Test
    void longTooltipsWrapAtAReadableWidth(FxRobot robot) {
        String reason = "Интервьюер ждёт весь пайплайн целиком: без этого этапа ответ выглядит незаконченным, "
                + "и вопросы о нём всё равно прозвучат, только позже и в неудобный момент.";
        Tooltip made = Tooltips.wrapping(reason);
        for (Tooltip t : List.of(made)) {
            robot.interact(() -> t.show(stage, stage.getX() + 10, stage.getY() + 10));
            WaitForAsyncUtils.waitForFxEvents();
            assertTrue(t.getWidth() <= Tooltips.MAX_WIDTH + 40, "tooltip " + t.getWidth() + " wide");
            Label label = (Label) t.getSkin().getNode();
            assertTrue(label.getHeight() + 0.5 >= label.prefHeight(label.getWidth()), "tooltip text cut");
            robot.interact(t::hide);
        }
    }
}
