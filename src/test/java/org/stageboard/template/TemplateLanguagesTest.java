package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** A template carries its text in several languages: translations overlay the main file, and the rest falls back. */
class TemplateLanguagesTest {
    private static final Path RU = Fixtures.DIR.resolve("i18n/ride-eta.ru.json");
    private final Locale before = Messages.locale();

    @TempDir
    Path tmp;

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(before);
    }

    private static byte[] bytes(Path p) throws IOException {
        return Files.readAllBytes(p);
    }

    private static Template russian() throws Exception {
        return new TemplateLoader().parseTranslation("ride-eta.json", bytes(Fixtures.DIR.resolve("ride-eta.json")),
                "i18n/ride-eta.ru.json", bytes(RU));
    }

    @Test
    void aTranslationReplacesTheTextItCarriesAndKeepsTheRest() throws Exception {
        Template en = Fixtures.load("ride-eta");
        Template ru = russian();
        assertEquals("en", en.language());
        assertEquals("ru", ru.language());
        assertEquals("Время подачи машины (ETA)", ru.title());
        assertEquals(3, ru.stage(Stage.REQUIREMENTS).answer().size());
        assertTrue(ru.stage(Stage.REQUIREMENTS).answer().get(1).contains("20 тыс."));
        // data: title, answer and trade-offs translated; the hint it leaves out stays English
        assertEquals("Поездки с GPS-треками", ru.stage(Stage.DATA).title());
        assertEquals(en.stage(Stage.DATA).hint(), ru.stage(Stage.DATA).hint());
        assertEquals("разбиение по времени", ru.stage(Stage.DATA).tradeoffs().get(0).choice());
        // stages and fields it does not carry are the main file's
        assertEquals(en.stage(Stage.MODEL), ru.stage(Stage.MODEL));
        assertEquals(en.clarifying(), ru.clarifying());
        assertEquals(List.of(new Template.Followup(Stage.DATA, "В центре GPS шумит. Как почистить метку?")),
                ru.followups());
        assertEquals(en.category(), ru.category());
        assertEquals(en.profile(), ru.profile());
    }

    @Test
    void aTemplateWrittenInOneOtherLanguageLoadsAndIsTheFallback() throws Exception {
        Path shipped = Files.createDirectories(tmp.resolve("classes/org/stageboard/templates"));
        String zhOnly = Fixtures.text("ride-eta").replace("\"id\": \"ride-eta\"", "\"id\": \"ride-eta-zh\"")
                .replace("\"version\": 1,", "\"version\": 1,\n  \"language\": \"zh\",")
                .replace("Ride arrival time (ETA)", "网约车到达时间预估");
        Files.writeString(shipped.resolve("ride-eta-zh.json"), zhOnly, StandardCharsets.UTF_8);
        TemplateLibrary lib = TemplateLibrary.load(tmp.resolve("classes"), null);
        assertEquals(List.of(), lib.warnings());
        assertEquals(List.of("zh"), lib.languages("ride-eta-zh"));
        for (String lang : TemplateLanguage.ALL) {
            assertEquals("网约车到达时间预估", lib.byId("ride-eta-zh", lang).orElseThrow().title(), lang);
        }
        assertEquals("zh", Seeder.seed(lib.byId("ride-eta-zh", "ru").orElseThrow(), Seeder.Mode.PRACTICE).language());
    }

    /** The fixture laid out as shipped: main file plus i18n/ride-eta.ru.json. */
    private TemplateLibrary shippedWithRussian() throws IOException {
        Path shipped = Files.createDirectories(tmp.resolve("classes/org/stageboard/templates/i18n"));
        Files.copy(Fixtures.DIR.resolve("ride-eta.json"), shipped.getParent().resolve("ride-eta.json"));
        Files.copy(RU, shipped.resolve("ride-eta.ru.json"));
        return TemplateLibrary.load(tmp.resolve("classes"), null);
    }

    @Test
    void theLibraryGivesTheInterfaceLanguageAndFallsBackToEnglish() throws IOException {
        TemplateLibrary lib = shippedWithRussian();
        assertEquals(List.of(), lib.warnings());
        assertEquals(List.of("en", "ru"), lib.languages("ride-eta"));
        Messages.setLocale(Locale.forLanguageTag("ru"));
        assertEquals("Время подачи машины (ETA)", lib.byId("ride-eta").orElseThrow().title());
        assertEquals("Время подачи машины (ETA)", lib.all().get(0).title());
        Messages.setLocale(Locale.CHINESE);
        assertEquals("Ride arrival time (ETA)", lib.byId("ride-eta").orElseThrow().title(), "no Chinese: English");
        assertEquals("ru", lib.byId("ride-eta", "ru").orElseThrow().language());
        // a search finds the template by words of any of its languages
        assertEquals(1, lib.search("подачи", List.of()).size());
    }

    @Test
    void aBoardFindsItsTemplateInTheLanguageItWasSeededIn() throws IOException {
        TemplateLibrary lib = shippedWithRussian();
        Messages.setLocale(Locale.ENGLISH);
        Board ru = Seeder.seed(lib.byId("ride-eta", "ru").orElseThrow(), Seeder.Mode.PRACTICE);
        assertEquals("ru", lib.forBoard(ru).orElseThrow().language());
        assertEquals("en", lib.forBoard(ru.withLanguage("")).orElseThrow().language(), "unknown: interface language");
        assertTrue(lib.forBoard(Board.empty()).isEmpty());
    }

    @Test
    void aBoardRemembersTheLanguageItWasSeededInAndKeepsItInItsFile() throws Exception {
        Messages.setLocale(Locale.ENGLISH);
        Template ru = russian();
        Board practice = Seeder.seed(ru, Seeder.Mode.PRACTICE);
        assertEquals("ru", practice.language());
        Node requirements = practice.nodes().get(0);
        assertEquals("Требования", requirements.title(), "practice boxes are named in the board's language");
        assertTrue(requirements.hint().startsWith("Какое именно ETA"), requirements.hint());
        Board reference = Seeder.seed(ru, Seeder.Mode.REFERENCE);
        assertTrue(reference.nodes().get(0).text().contains("20 тыс."), reference.nodes().get(0).text());
        Path file = tmp.resolve("ru.stageboard");
        BoardFiles.save(file, reference);
        assertEquals("ru", BoardFiles.open(file).language());
        assertTrue(Files.readString(file).matches("(?s).*\"language\"\\s*:\\s*\"ru\".*"),
                "the board file names its language");
        assertEquals("en", Seeder.seed(Fixtures.load("ride-eta"), Seeder.Mode.PRACTICE).language());
    }

    @Test
    void aBrokenTranslationNamesItsOwnFileAndPlace() throws Exception {
        String text = Files.readString(RU).replace("\"answer\": [\n        \"Метки", "\"answer\": [ 5,\n        \"Метки");
        TemplateException e = assertThrows(TemplateException.class, () -> new TemplateLoader().parseTranslation(
                "ride-eta.json", bytes(Fixtures.DIR.resolve("ride-eta.json")), "i18n/ride-eta.ru.json",
                text.getBytes(StandardCharsets.UTF_8)));
        assertTrue(e.getMessage().startsWith("i18n/ride-eta.ru.json:20:"), e.getMessage());
        assertTrue(e.getMessage().contains("stages.data.answer[0]"), e.getMessage());
    }

    @Test
    void aTranslationMustNameItsTemplateAndLanguageAsItsFileNameDoes() throws Exception {
        byte[] main = bytes(Fixtures.DIR.resolve("ride-eta.json"));
        TemplateException wrongLanguage = assertThrows(TemplateException.class, () -> new TemplateLoader()
                .parseTranslation("ride-eta.json", main, "ride-eta.zh.json", bytes(RU)));
        assertTrue(wrongLanguage.getMessage().contains("language \"ru\""), wrongLanguage.getMessage());
        String klingon = Files.readString(RU).replace("\"language\": \"ru\"", "\"language\": \"tlh\"");
        TemplateException unknown = assertThrows(TemplateException.class, () -> new TemplateLoader()
                .parseTranslation("ride-eta.json", main, "ride-eta.tlh.json", klingon.getBytes(StandardCharsets.UTF_8)));
        assertTrue(unknown.getMessage().contains("\"tlh\""), unknown.getMessage());
        String category = Files.readString(RU).replace("\"language\": \"ru\",", "\"language\": \"ru\", \"category\": \"ads\",");
        TemplateException notText = assertThrows(TemplateException.class, () -> new TemplateLoader()
                .parseTranslation("ride-eta.json", main, "ride-eta.ru.json", category.getBytes(StandardCharsets.UTF_8)));
        assertTrue(notText.getMessage().contains("unknown field \"category\""), notText.getMessage());
    }

    @Test
    void aTranslationWithoutItsTemplateIsReportedAndTheRestLoads() throws IOException {
        Path i18n = Files.createDirectories(tmp.resolve("user/i18n"));
        Files.copy(Fixtures.DIR.resolve("ride-eta.json"), tmp.resolve("user/ride-eta.json"));
        Files.copy(RU, i18n.resolve("ride-eta.ru.json"));
        Files.copy(RU, i18n.resolve("ride-eat.ru.json"));
        TemplateLibrary lib = TemplateLibrary.load(null, tmp.resolve("user"));
        assertEquals(List.of("en", "ru"), lib.languages("ride-eta"));
        assertEquals(1, lib.warnings().size(), lib.warnings().toString());
        assertTrue(lib.warnings().get(0).contains("ride-eat.ru.json") && lib.warnings().get(0)
                .contains("ride-eat.json"), lib.warnings().get(0));
    }

    @Test
    void theTemplateLanguageOfALocale() {
        assertEquals("zh", TemplateLanguage.of(Locale.SIMPLIFIED_CHINESE));
        assertEquals("ru", TemplateLanguage.of(Locale.forLanguageTag("ru-RU")));
        assertEquals("en", TemplateLanguage.of(Locale.GERMAN));
    }
}
