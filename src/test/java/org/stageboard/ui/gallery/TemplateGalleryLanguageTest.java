package org.stageboard.ui.gallery;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.template.TemplateLibrary;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;
import org.testfx.util.WaitForAsyncUtils;

/** With a Russian interface, the gallery lists a template that has Russian text in Russian and seeds a Russian board. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TemplateGalleryLanguageTest {
    private static final Path FIXTURES = Path.of("src/test/resources/templates");
    private final Locale before = Messages.locale();
    private final List<Optional<Board>> results = new ArrayList<>();

    @Start
    void start(Stage stage) throws IOException {
        Path root = Files.createTempDirectory("gallery-ru");
        Path folder = Files.createDirectories(root.resolve("classes/org/stageboard/templates/i18n"));
        Files.copy(FIXTURES.resolve("ride-eta.json"), folder.getParent().resolve("ride-eta.json"));
        Files.copy(FIXTURES.resolve("i18n/ride-eta.ru.json"), folder.resolve("ride-eta.ru.json"));
        Files.copy(FIXTURES.resolve("toxic-comments-multilingual.json"),
                folder.getParent().resolve("toxic-comments-multilingual.json"));
        Messages.setLocale(Locale.forLanguageTag("ru"));
        TemplateGallery gallery = new TemplateGallery(TemplateLibrary.load(root.resolve("classes"), null),
                PipelinePreview::render);
        gallery.setOnDone(results::add);
        stage.setScene(new Scene(gallery, 920, 560));
        stage.show();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void aTranslatedTemplateIsListedAndOpenedInTheInterfaceLanguage(FxRobot robot) {
        robot.clickOn("#gallery-search").write("подачи");
        WaitForAsyncUtils.waitForFxEvents();
        robot.clickOn("Время подачи машины (ETA)");
        assertTrue(robot.lookup(n -> n instanceof Label l && "Прогнозирование и регрессия".equals(l.getText()))
                .tryQuery().isPresent(), "the category is named in Russian");
        Label prompt = robot.lookup("#gallery-prompt").queryAs(Label.class);
        assertTrue(prompt.getText().startsWith("Пассажир видит"), prompt.getText());
        robot.clickOn("#gallery-practice");
        robot.clickOn("#gallery-open");
        WaitForAsyncUtils.waitForFxEvents();
        Board b = results.get(0).orElseThrow();
        assertEquals("ru", b.language());
        assertEquals("Требования", b.nodes().get(0).title());
    }
}
