package org.stageboard.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollBar;
import javafx.scene.control.ToggleButton;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.i18n.Messages;
import org.stageboard.io.Settings;
import org.stageboard.template.Seeder;
import org.stageboard.template.TemplateLibrary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** The practice/reference choice survives a restart; at 1440×900 in Russian no title is cut and nothing scrolls sideways. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class GalleryMemoryTest {
    private Stage stage;
    private Locale before;

    @Start
    void start(Stage stage) {
        this.stage = stage;
        before = Messages.locale();
        TemplateGallery.forgetSessionChoice();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
        TemplateGallery.forgetSessionChoice();
    }

    private TemplateGallery show(FxRobot robot, double w, double h) {
        TemplateGallery[] g = new TemplateGallery[1];
        robot.interact(() -> {
            g[0] = new TemplateGallery(TemplateLibrary.load(),
                    b -> org.stageboard.render.BoardThumbnail.of(b, PipelinePreview.WIDTH, PipelinePreview.HEIGHT));
            stage.setScene(new Scene(g[0], w, h));
            stage.show();
        });
        WaitForAsyncUtils.waitForFxEvents();
        return g[0];
    }

    @Test
    void theChoiceIsRememberedAcrossARestart(FxRobot robot) throws Exception {
        Path file = Files.createTempDirectory("gallery-memory").resolve("settings.json");
        TemplateGallery.rememberModeIn(Settings.load(file));
        TemplateGallery first = show(robot, 1100, 700);
        assertEquals(Seeder.Mode.PRACTICE, first.mode(), "practice the first time");
        robot.clickOn("#gallery-reference");
        assertEquals(Seeder.Mode.REFERENCE, first.mode());
        robot.clickOn("#gallery-cancel");
        assertTrue(Files.readString(file).contains("\"galleryMode\" : \"reference\""), Files.readString(file));

        TemplateGallery.forgetSessionChoice();             // the app quits and starts again
        TemplateGallery.rememberModeIn(Settings.load(file));
        TemplateGallery second = show(robot, 1100, 700);
        assertEquals(Seeder.Mode.REFERENCE, second.mode(), "reference again after the restart");
        assertTrue(robot.lookup("#gallery-reference").queryAs(ToggleButton.class).isSelected());
        assertEquals(Seeder.Mode.REFERENCE, new GalleryMemory(Settings.load(file)).load().orElseThrow());
    }

    @Test
    void titlesFitAndNothingScrollsSideways(FxRobot robot) {
        Messages.setLocale(Locale.forLanguageTag("ru"));
        show(robot, 1440 - 80, 900 - 120);
        for (ScrollBar bar : robot.lookup("#gallery-list .scroll-bar").queryAllAs(ScrollBar.class)) {
            if (bar.getOrientation() == javafx.geometry.Orientation.HORIZONTAL) {
                assertFalse(bar.isVisible(), "a horizontal scroll bar under the list");
            }
        }
        List<Label> titles = robot.lookup("#gallery-list .list-cell .label").queryAllAs(Label.class).stream()
                .filter(l -> l.isVisible() && !l.getText().isEmpty()).toList();
        assertFalse(titles.isEmpty());
        for (Label l : titles) {
            assertTrue(l.getHeight() + 0.5 >= l.prefHeight(l.getWidth()) && l.getWidth() + 0.5 >= Math.min(
                    l.prefWidth(-1), l.getWidth()), "cut: " + l.getText());
        }
        Label title = robot.lookup("#gallery-title").queryAs(Label.class);
        assertTrue(title.getHeight() + 0.5 >= title.prefHeight(title.getWidth()), "the selected title is cut");
        javafx.scene.layout.Region preview = robot.lookup("#gallery-preview").queryAs(javafx.scene.layout.Region.class);
        assertTrue(preview.getWidth() >= PipelinePreview.WIDTH, "preview " + preview.getWidth() + " wide");
        TemplateGallery gallery = (TemplateGallery) stage.getScene().getRoot();
        assertTrue(gallery.previewZoom() > 1.2, "the preview is drawn larger than a thumbnail: " + gallery.previewZoom());
        javafx.geometry.Bounds drawn = preview.getChildrenUnmodifiable().get(0).getBoundsInParent();
        assertTrue(drawn.getMaxX() <= preview.getWidth() + 0.5 && drawn.getMaxY() <= preview.getHeight() + 0.5,
                "the whole preview fits its pane: " + drawn + " in " + preview.getWidth() + "x" + preview.getHeight());
    }
}
