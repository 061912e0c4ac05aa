package org.stageboard.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.control.TitledPane;
import javafx.stage.Stage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.model.Board;
import static org.stageboard.model.Stage.DATA;
import static org.stageboard.model.Stage.MODEL;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

@UiTest
@ExtendWith(ApplicationExtension.class)
class TemplateGalleryTest {
    private static final Path FIXTURES = Path.of("src/test/resources/templates");

    private final List<Optional<Board>> results = new ArrayList<>();
    private final List<Board> previewed = new ArrayList<>();

    /** The two test templates shipped, plus one broken user file so the warnings show. */
    private static TemplateLibrary library() throws IOException {
        Path root = Files.createTempDirectory("gallery");
        Path folder = Files.createDirectories(root.resolve("classes/org/stageboard/templates"));
        for (String id : List.of("ride-eta", "toxic-comments-multilingual")) {
            Files.copy(FIXTURES.resolve(id + ".json"), folder.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path user = Files.createDirectories(root.resolve("user"));
        Files.writeString(user.resolve("broken.json"), "[1, 2");
        return TemplateLibrary.load(root.resolve("classes"), user);
    }

    @Start
    void start(Stage stage) throws IOException {
        TemplateGallery gallery = new TemplateGallery(library(), board -> {
            previewed.add(board);
            return PipelinePreview.render(board);
        });
        gallery.setOnDone(results::add);
        stage.setScene(new Scene(gallery, 920, 560));
        stage.show();
    }

    @SuppressWarnings("unchecked")
    private static ListView<Template> list(FxRobot robot) {
        return robot.lookup("#gallery-list").queryAs(ListView.class);
    }

    @Test
    void searchPickReferenceAndOpen(FxRobot robot) {
        robot.clickOn("#gallery-search").write("arrival");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list(robot).getItems().size());
        robot.clickOn("Ride arrival time (ETA)");
        Label prompt = robot.lookup("#gallery-prompt").queryAs(Label.class);
        assertTrue(prompt.getText().startsWith("Riders see how many minutes"), prompt.getText());
        robot.clickOn("#gallery-reference");
        robot.clickOn("#gallery-open");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, results.size());
        Board b = results.get(0).orElseThrow();
        assertEquals("ride-eta", b.templateId());
        assertEquals("Ride arrival time (ETA)", b.title());
        assertEquals(8, b.nodes().size());
        assertTrue(b.nodesOf(MODEL).get(0).text().startsWith("• Baseline"), "reference mode fills the boxes");
        assertFalse(b.nodesOf(DATA).get(0).tradeoffs().isEmpty());
        assertEquals(b, previewed.get(previewed.size() - 1), "the preview shows the board that opens");
    }

    @Test
    void categoryFilterAndPracticeMode(FxRobot robot) {
        assertEquals(2, list(robot).getItems().size());
        robot.clickOn("#gallery-category");
        // the popup's cell, not the list cell that also names the category
        ListView<Template> templates = list(robot);
        robot.clickOn(robot.lookup(n -> n instanceof ListCell<?> c && "Integrity and safety".equals(c.getText())
                && c.getListView() != templates).<javafx.scene.Node>query());
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, list(robot).getItems().size());
        assertEquals("toxic-comments-multilingual", list(robot).getItems().get(0).id());
        robot.clickOn("#gallery-practice"); // clicking the chosen mode keeps it chosen
        robot.clickOn("#gallery-open");
        Board b = results.get(0).orElseThrow();
        assertEquals("toxic-comments-multilingual", b.templateId());
        assertTrue(b.nodes().stream().allMatch(n -> n.text().isEmpty() && !n.hint().isEmpty()));
    }

    @Test
    void noMatchDisablesOpenAndCancelReturnsNothing(FxRobot robot) {
        robot.clickOn("#gallery-search").write("zzzz");
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(list(robot).getItems().isEmpty());
        assertTrue(robot.lookup("#gallery-open").queryAs(Button.class).isDisabled());
        robot.clickOn("#gallery-cancel");
        assertEquals(List.of(Optional.empty()), results);
    }

    @Test
    void warningsAreShown(FxRobot robot) {
        TitledPane warnings = robot.lookup("#gallery-warnings").queryAs(TitledPane.class);
        assertNotNull(warnings);
        assertTrue(warnings.getText().startsWith("1 template"), warnings.getText());
        robot.clickOn(warnings.getText());
        WaitForAsyncUtils.waitForFxEvents();
        assertTrue(robot.lookup(n -> n instanceof javafx.scene.control.TextArea ta
                && ta.getText().contains("broken.json:1:")).tryQuery().isPresent());
    }

    @Test
    void doubleClickOpens(FxRobot robot) {
        robot.doubleClickOn("Ride arrival time (ETA)");
        WaitForAsyncUtils.waitForFxEvents();
        assertEquals(1, results.size(), "one board, not one per click");
        assertEquals("ride-eta", results.get(0).orElseThrow().templateId());
    }
}
