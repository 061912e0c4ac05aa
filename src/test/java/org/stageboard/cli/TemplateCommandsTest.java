package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.template.Seeder;
import org.stageboard.template.TemplateLibrary;

class TemplateCommandsTest {
    private static final Path FIXTURES = Path.of("src/test/resources/templates");

    @TempDir
    Path tmp;

    private String out;
    private String err;

    /** A library with the two fixtures as shipped templates and one broken user file. */
    private TemplateLibrary library() throws IOException {
        Path root = Files.createDirectories(tmp.resolve("classes/org/stageboard/templates"));
        for (String id : List.of("ride-eta", "toxic-comments-multilingual")) {
            Files.copy(FIXTURES.resolve(id + ".json"), root.resolve(id + ".json"), StandardCopyOption.REPLACE_EXISTING);
        }
        Path i18n = Files.createDirectories(root.resolve("i18n"));
        Files.copy(FIXTURES.resolve("i18n/ride-eta.ru.json"), i18n.resolve("ride-eta.ru.json"),
                StandardCopyOption.REPLACE_EXISTING);
        Path user = Files.createDirectories(tmp.resolve("user"));
        Files.writeString(user.resolve("half.json"), "{ \"format\": ");
        return TemplateLibrary.load(tmp.resolve("classes"), user);
    }

    private int run(String... args) throws IOException {
        TemplateLibrary lib = library();
        Cli cli = new Cli(List.of(new TemplatesCommand(() -> lib), new NewCommand(() -> lib)));
        ByteArrayOutputStream o = new ByteArrayOutputStream();
        ByteArrayOutputStream e = new ByteArrayOutputStream();
        int code = cli.run(args, new PrintStream(o, true, StandardCharsets.UTF_8),
                new PrintStream(e, true, StandardCharsets.UTF_8));
        out = o.toString(StandardCharsets.UTF_8);
        err = e.toString(StandardCharsets.UTF_8);
        return code;
    }

    @Test
    void listsTemplatesInAlignedColumnsAndWarnsOnStderr() throws IOException {
        assertEquals(0, run("templates"));
        List<String> lines = out.lines().toList();
        assertEquals(3, lines.size(), out);
        assertTrue(lines.get(0).startsWith("ID"), out);
        assertTrue(lines.get(1).startsWith("toxic-comments-multilingual  评论毒性检测"), out);
        assertTrue(lines.get(2).startsWith("ride-eta                     Ride arrival time (ETA)"), out);
        // the category column starts at the same terminal column in every row (CJK counts two columns)
        List<Integer> columns = new ArrayList<>();
        for (String l : lines) {
            String before = l.substring(0, l.lastIndexOf("  ") + 2);
            columns.add(TemplatesCommand.columns(before));
        }
        assertEquals(1, columns.stream().distinct().count(), out);
        assertTrue(lines.get(2).endsWith("forecasting-and-regression"), out);
        assertTrue(err.contains("half.json:1:") && err.contains("the file ends too early"), err);
        assertFalse(out.contains("half.json"), "warnings go to stderr only");
    }

    @Test
    void listsTemplatesAsJson() throws IOException {
        assertEquals(0, run("templates", "--json"));
        JsonNode arr = new ObjectMapper().readTree(out);
        assertEquals(2, arr.size());
        assertEquals("toxic-comments-multilingual", arr.get(0).get("id").asText());
        assertEquals("评论毒性检测 / Токсичные комментарии", arr.get(0).get("title").asText());
        assertEquals("integrity-and-safety", arr.get(0).get("category").asText());
        assertEquals("ride-eta", arr.get(1).get("id").asText());
        assertTrue(err.contains("half.json"));
    }

    @Test
    void newWritesAPracticeBoard() throws Exception {
        Path file = tmp.resolve("eta.stageboard");
        assertEquals(0, run("new", "--template", "ride-eta", "-o", file.toString()));
        assertTrue(out.contains("practice"), out);
        Board b = BoardFiles.open(file);
        assertEquals("ride-eta", b.templateId());
        assertEquals(8, b.nodes().size());
        assertTrue(b.nodes().stream().allMatch(n -> n.text().isEmpty() && !n.hint().isEmpty()));
    }

    @Test
    void newWritesAReferenceBoard() throws Exception {
        Path file = tmp.resolve("toxic.stageboard");
        assertEquals(0, run("new", "--template", "toxic-comments-multilingual", "--reference", "-o",
                file.toString()));
        Board b = BoardFiles.open(file);
        assertEquals(b, Seeder.seed(library().byId("toxic-comments-multilingual").orElseThrow(),
                Seeder.Mode.REFERENCE));
        assertTrue(b.nodesOf(Stage.MODEL).get(0).text().startsWith("• 基线"));
    }

    @Test
    void langChoosesTheLanguageOfTheListAndOfTheBoard() throws Exception {
        assertEquals(0, run("templates", "--lang", "ru"));
        assertTrue(out.contains("Время подачи машины (ETA)"), out);
        assertEquals(0, run("templates", "--lang", "en"));
        assertTrue(out.contains("Ride arrival time (ETA)") && !out.contains("Время"), out);
        assertEquals(0, run("templates", "--json", "--lang", "zh"));
        JsonNode arr = new ObjectMapper().readTree(out);
        JsonNode ride = arr.get(0).get("id").asText().equals("ride-eta") ? arr.get(0) : arr.get(1);
        assertEquals("en", ride.get("language").asText(), "no Chinese text: English");
        assertEquals("[\"en\",\"ru\"]", ride.get("languages").toString());
        Path file = tmp.resolve("ru.stageboard");
        assertEquals(0, run("new", "--template", "ride-eta", "--lang", "ru", "-o", file.toString()));
        Board b = BoardFiles.open(file);
        assertEquals("ru", b.language());
        assertEquals("Время подачи машины (ETA)", b.title());
        assertEquals(2, run("new", "--template", "ride-eta", "--lang", "de", "-o", file.toString()));
        assertTrue(err.strip().lines().count() == 1 && err.contains("\"de\"") && err.contains("en, zh, ru"), err);
    }

    @Test
    void unknownIdSuggestsCloseOnes() throws IOException {
        assertEquals(2, run("new", "--template", "ride-etaa", "-o", tmp.resolve("x").toString()));
        assertEquals("stageboard new: unknown template \"ride-etaa\"; did you mean ride-eta?", err.strip());
        assertEquals(2, run("new", "--template", "payment-fraud", "-o", tmp.resolve("x").toString()));
        assertEquals(1, err.lines().count(), err);
        assertTrue(err.contains("run \"templates\" to list them"), err);
        assertFalse(Files.exists(tmp.resolve("x")));
    }

    @Test
    void unwritableOutputIsOneLine() throws IOException {
        Path file = tmp.resolve("no/such/folder/b.stageboard");
        assertEquals(2, run("new", "--template", "ride-eta", "-o", file.toString()));
        assertEquals("stageboard new: " + file + ": cannot save (the folder " + file.getParent()
                + " does not exist)", err.strip());
    }

    @Test
    void missingOptionsAreOneLineErrors() throws IOException {
        assertEquals(2, run("new", "-o", "x.stageboard"));
        assertEquals("stageboard new: missing --template ID", err.strip());
        assertEquals(2, run("new", "--template", "ride-eta"));
        assertEquals("stageboard new: missing -o FILE", err.strip());
        assertEquals(2, run("templates", "--csv"));
        assertEquals("stageboard templates: unknown option --csv", err.strip());
    }

    @Test
    void theJarOffersBothCommands() {
        Cli cli = Cli.standard();
        assertTrue(cli.handles("templates") && cli.handles("new"));
    }
}
