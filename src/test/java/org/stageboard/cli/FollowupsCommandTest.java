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
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.rehearsal.FollowUp;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.template.TemplateLibrary;

class FollowupsCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();
    private Locale before;

    @BeforeEach
    void english() {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    private int run(String... args) {
        return Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8);
    }

    private static Path corpus(String name) {
        return Path.of("src/test/resources/check-corpus", name + ".stageboard");
    }

    private JsonNode json(String... args) throws IOException {
        out.reset();
        assertEquals(0, run(args), err());
        return new ObjectMapper().readTree(out());
    }

    @Test
    void printsEachQuestionWithWhyItWasChosen() {
        assertEquals(0, run("followups", corpus("en-full-03-news-feed-sparse").toString(), "--top", "5"));
        List<String> lines = out().lines().toList();
        assertEquals(10, lines.size(), out());
        for (int i = 0; i < 5; i++) {
            assertTrue(lines.get(2 * i).startsWith((i + 1) + ". ["), lines.get(2 * i));
            assertTrue(lines.get(2 * i + 1).startsWith("   why: "), lines.get(2 * i + 1));
        }
        assertTrue(out().contains("why: gap found: Serving: no latency budget"), out());
        assertEquals("", err());
    }

    @Test
    void jsonListsTheOrderTheCardAsks() throws Exception {
        Path file = corpus("en-full-02-fraud");
        JsonNode root = json("followups", file.toString(), "--json");
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("file", "lang", "questions"), keys);
        assertEquals("en", root.get("lang").asText());
        List<String> printed = new ArrayList<>();
        for (JsonNode q : root.get("questions")) {
            List<String> qk = new ArrayList<>();
            q.fieldNames().forEachRemaining(qk::add);
            assertEquals(List.of("id", "stage", "question", "why"), qk);
            List<String> wk = new ArrayList<>();
            q.get("why").fieldNames().forEachRemaining(wk::add);
            assertEquals(List.of("kind", "gap", "board", "text"), wk);
            assertFalse(q.get("why").get("text").asText().isBlank());
            printed.add(q.get("id").asText());
        }
        Board board = BoardFiles.open(file);
        FollowUpPicker card = new FollowUpPicker(FollowUpBank.general());
        List<String> asked = new ArrayList<>();
        for (FollowUp f = card.next(board).orElse(null); f != null; f = card.next(board).orElse(null)) {
            asked.add(f.id());
        }
        assertEquals(asked, printed, "the command prints what the card would ask, in its order");

        JsonNode top = json("followups", file.toString(), "--json", "--top", "3");
        assertEquals(3, top.get("questions").size());
        assertEquals(printed.subList(0, 3), List.of(top.get("questions").get(0).get("id").asText(),
                top.get("questions").get(1).get("id").asText(), top.get("questions").get(2).get("id").asText()));
    }

    @Test
    void langPicksTheBankAndTheWhyLanguage() throws IOException {
        String file = corpus("en-full-02-fraud").toString();
        JsonNode zh = json("followups", file, "--json", "--lang", "zh", "--top", "3");
        assertEquals("zh", zh.get("lang").asText());
        for (JsonNode q : zh.get("questions")) {
            assertTrue(q.get("question").asText().codePoints()
                    .anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN), q.toString());
        }
        JsonNode ru = json("followups", file, "--json", "--lang", "ru", "--top", "3");
        assertTrue(ru.get("questions").get(0).get("why").get("text").asText().matches(".*[а-я].*"), ru.toString());
        assertEquals(Locale.ENGLISH, Messages.locale(), "the command leaves the language as it found it");
    }

    @Test
    void aTemplateBoardGetsTheTemplateQuestionsFirst() throws IOException {
        Path board = dir.resolve("fraud.stageboard");
        assertEquals(0, run("new", "--template", "payment-fraud-detection", "-o", board.toString()));
        JsonNode root = json("followups", board.toString(), "--json");
        var template = TemplateLibrary.load().byId("payment-fraud-detection").orElseThrow();
        for (int i = 0; i < template.followups().size(); i++) {
            JsonNode q = root.get("questions").get(i);
            assertEquals("template", q.get("why").get("kind").asText(), q.toString());
            assertEquals(template.followups().get(i).question(), q.get("question").asText());
        }
        assertFalse(root.get("questions").get(template.followups().size()).get("why").get("kind").asText()
                .equals("template"));
    }

    @Test
    void badInputExitsTwoWithOneLine() throws IOException {
        String file = corpus("en-full-02-fraud").toString();
        assertEquals(2, run("followups", file, "--lang", "fr"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("\"fr\"") && err().contains("en, zh, ru"), err());
        err.reset();
        assertEquals(2, run("followups", file, "--top", "0"));
        assertTrue(err().startsWith("stageboard followups: ") && err().contains("\"0\""), err());
        err.reset();
        assertEquals(2, run("followups"));
        assertTrue(err().contains("BOARD"), err());
        err.reset();
        Path bad = dir.resolve("bad.stageboard");
        Files.writeString(bad, "{\"format\":\"stageboard\", \"nodes\": [");
        assertEquals(2, run("followups", bad.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("bad.stageboard") && !err().contains("Exception"), err());
    }

    @Test
    void helpShowsTheUsage() {
        assertEquals(0, run("followups", "--help"));
        assertTrue(out().contains("followups BOARD [--json] [--top N] [--lang en|zh|ru]"), out());
        out.reset();
        assertEquals(0, run("--help"));
        assertTrue(out().contains("followups BOARD"), out());
    }
}
