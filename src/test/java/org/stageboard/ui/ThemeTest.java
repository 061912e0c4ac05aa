package org.stageboard.ui;

import org.stageboard.ui.kit.Theme;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.MenuBar;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.paint.Color;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** View › Theme switches every window between AtlantaFX light and dark; the board keeps its stage colours. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ThemeTest {
    private MainWindow window;
    private final List<Theme> chosen = new ArrayList<>();

    @Start
    void start(Stage stage) {
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.setOnThemeChosen(chosen::add);
        stage.show();
    }

    @AfterEach
    void backToTheDefaultLook(FxRobot robot) {
        // the user-agent stylesheet is global: leave Modena for the test classes that follow
        robot.interact(() -> {
            Theme.LIGHT.styleRoot(window.root());
            Application.setUserAgentStylesheet(null);
        });
    }

    @Test
    void choosingDarkRestylesTheWindowKeepsTheStageColoursAndIsReportedForSaving(FxRobot robot) {
        robot.clickOn("#palette-model");
        Color lightBox = boxFill(robot);
        assertFalse(window.root().getStyleClass().contains("dark"));

        robot.interact(() -> themeItem(Theme.DARK).fire());
        robot.interact(() -> window.root().applyCss());
        assertEquals(List.of(Theme.DARK), chosen, "the choice goes to settings");
        assertTrue(Application.getUserAgentStylesheet().contains("primer-dark"), "AtlantaFX dark for the controls");
        assertTrue(window.root().getStyleClass().contains("dark"));
        Region palette = robot.lookup(".stage-palette").queryAs(Region.class);
        Color paletteBg = (Color) palette.getBackground().getFills().get(0).getFill();
        assertTrue(paletteBg.getBrightness() < 0.3, "the panels go dark: " + paletteBg);
        assertEquals(lightBox, boxFill(robot), "a box keeps its stage colour");
        robot.clickOn("#inspector-notes").write("labels from chargebacks");
        robot.interact(() -> window.root().applyCss());
        Region notes = robot.lookup("#inspector-notes").queryAs(Region.class);
        Color notesBg = (Color) notes.getBackground().getFills().get(0).getFill();
        assertTrue(notesBg.getBrightness() < 0.3, "the notes editor goes dark too: " + notesBg);
        javafx.scene.text.Text typed = robot.lookup("#inspector-notes .text").match(
                (javafx.scene.text.Text t) -> t.getText().contains("chargebacks")).queryAs(javafx.scene.text.Text.class);
        assertTrue(((Color) typed.getFill()).getBrightness() > 0.7, "and its words light: " + typed.getFill());
        assertEquals(org.stageboard.render.StagePalette.fill(org.stageboard.model.Stage.MODEL), boxFill(robot));

        robot.interact(() -> themeItem(Theme.LIGHT).fire());
        assertTrue(Application.getUserAgentStylesheet().contains("primer-light"));
        assertFalse(window.root().getStyleClass().contains("dark"));
        assertEquals(List.of(Theme.DARK, Theme.LIGHT), chosen);
    }

    private Color boxFill(FxRobot robot) {
        Region box = robot.lookup(".stage-box").queryAs(Region.class);
        return (Color) box.getBackground().getFills().get(0).getFill();
    }

    private RadioMenuItem themeItem(Theme t) {
        MenuBar bar = (MenuBar) window.root().lookup("#menu-bar");
        return bar.getMenus().stream().flatMap(m -> m.getItems().stream())
                .filter(i -> i instanceof javafx.scene.control.Menu).flatMap(m -> ((javafx.scene.control.Menu) m).getItems().stream())
                .filter(i -> ("menu.view.theme." + t.key()).equals(i.getId()))
                .map(RadioMenuItem.class::cast).findFirst().orElseThrow();
    }
}
