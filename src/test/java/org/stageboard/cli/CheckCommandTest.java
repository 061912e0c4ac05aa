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
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.i18n.Messages;

class CheckCommandTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

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

    @Test
    void cleanBoardExitsZero() {
        assertEquals(0, run("check", corpus("en-full-01-video-recs").toString()));
        assertTrue(out().contains("0 errors"), out());
        assertEquals("", err());
    }

    @Test
    void errorsExitOneAndPrintOneLinePerFinding() {
        int code = run("check", corpus("en-full-03-news-feed-sparse").toString());
        assertEquals(1, code);
        List<String> lines = out().lines().toList();
        assertEquals(10, lines.size(), out()); // 9 findings + summary
        assertTrue(lines.get(0).startsWith("warning requirements [r] "), lines.get(0));
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("error monitoring ")), out());
        assertTrue(lines.get(9).contains("1 error, 8 warnings"), lines.get(9));
    }

    @Test
    void jsonHasTheDocumentedShape() throws IOException {
        String file = corpus("en-full-03-news-feed-sparse").toString();
        assertEquals(1, run("check", file, "--json"));
        JsonNode root = new ObjectMapper().readTree(out());
        List<String> keys = new ArrayList<>();
        root.fieldNames().forEachRemaining(keys::add);
        assertEquals(List.of("file", "profile", "findings", "summary"), keys);
        assertEquals(file, root.get("file").asText());
        assertEquals("default", root.get("profile").asText());
        JsonNode missing = null;
        for (JsonNode f : root.get("findings")) {
            List<String> fk = new ArrayList<>();
            f.fieldNames().forEachRemaining(fk::add);
            assertEquals(List.of("rule", "severity", "stage", "node", "message"), fk);
            if (f.get("rule").asText().equals("missing-stage")) {
                missing = f;
            }
        }
        assertEquals("error", missing.get("severity").asText());
        assertEquals("monitoring", missing.get("stage").asText());
        assertTrue(missing.get("node").isNull());
        assertFalse(missing.get("message").asText().isBlank());
        assertEquals(1, root.get("summary").get("errors").asInt());
        assertEquals(8, root.get("summary").get("warnings").asInt());
        assertEquals(0, root.get("summary").get("info").asInt());
    }

    @Test
    void profileOptionOverridesTheBoard() throws IOException {
        Path f = dir.resolve("b.stageboard");
        Files.writeString(f, """
                {"format":"stageboard","version":1,"title":"t","profile":"core","nodes":[
                 {"id":"n1","stage":"data","title":"Data","text":"clicks as labels instead of ratings, cheaper","x":0,"y":0}],
                 "edges":[]}""");
        assertEquals(1, run("check", f.toString(), "--json"));
        JsonNode core = new ObjectMapper().readTree(out());
        assertEquals("core", core.get("profile").asText());
        assertEquals(5, core.get("summary").get("errors").asInt());
        out.reset();
        run("check", f.toString(), "--json", "--profile", "default");
        assertEquals(7, new ObjectMapper().readTree(out()).get("summary").get("errors").asInt());
    }

    @Test
    void unreadableInputExitsTwoWithOneLine() throws IOException {
        assertEquals(2, run("check", dir.resolve("nope.stageboard").toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("nope.stageboard"), err());
        err.reset();
        Path bad = dir.resolve("bad.stageboard");
        Files.writeString(bad, "{\"format\":\"stageboard\", \"nodes\": [");
        assertEquals(2, run("check", bad.toString()));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("bad.stageboard"), err());
        assertFalse(err().contains("Exception"), err());
    }

    @Test
    void langWordsTheFindingsAndLeavesTheConfiguredLanguage() throws IOException {
        String file = corpus("en-full-03-news-feed-sparse").toString();
        Locale before = Messages.locale();
        List<String> messages = new ArrayList<>();
        for (String lang : List.of("en", "zh", "ru")) {
            out.reset();
            assertEquals(1, run("check", file, "--json", "--lang", lang));
            JsonNode root = new ObjectMapper().readTree(out());
            String all = root.get("findings").findValuesAsText("message").toString();
            messages.add(all);
            assertEquals(before, Messages.locale(), "the asked language does not outlive the command");
        }
        assertTrue(messages.get(0).contains("Monitoring"), messages.get(0));
        assertTrue(messages.get(1).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                messages.get(1));
        assertTrue(messages.get(2).codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                messages.get(2));
        err.reset();
        assertEquals(2, run("check", file, "--lang", "fr"));
        assertEquals(1, err().lines().count(), err());
        assertTrue(err().contains("fr"), err());
    }

    @Test
    void badOptionsExitTwo() {
        assertEquals(2, run("check", corpus("en-full-01-video-recs").toString(), "--profile", "strict"));
        assertTrue(err().contains("strict") && err().contains("default"), err());
        err.reset();
        assertEquals(2, run("check"));
        assertTrue(err().contains("BOARD"), err());
    }
}
