package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.lang.reflect.Field;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Command lines run without picocli: which ones are taken, and that a run taken that way prints, writes and exits
 * exactly as the same command line read by picocli (forced here by writing one option joined, {@code --lang=en}).
 */
class PlainArgumentsTest {
    @TempDir
    Path dir;

    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private String run(String... args) {
        out.reset();
        err.reset();
        int code = Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return code + "\n" + out.toString(StandardCharsets.UTF_8) + "\n" + err.toString(StandardCharsets.UTF_8);
    }

    private static Optional<Map<Field, Object>> check(String... args) {
        return PlainArguments.values(CheckCommand.class, args);
    }

    private static Object value(Map<Field, Object> values, String field) {
        return values.entrySet().stream().filter(e -> e.getKey().getName().equals(field)).findFirst()
                .map(Map.Entry::getValue).orElse(null);
    }

    @Test
    void optionsAndTheFileInAnyOrderAreTaken() {
        Map<Field, Object> v = check("--lang", "zh", "b.stageboard", "--json", "--profile", "core").orElseThrow();
        assertEquals("b.stageboard", value(v, "file"));
        assertEquals("zh", value(v, "lang"));
        assertEquals("core", value(v, "profileName"));
        assertEquals(Boolean.TRUE, value(v, "json"));
        assertEquals(4, v.size());
        assertTrue(check().orElseThrow().isEmpty(), "nothing given: the command says what is missing");
        Map<Field, Object> export = PlainArguments.values(ExportCommand.class,
                new String[] {"b.stageboard", "-o", "a=b.png", "--scale", "2"}).orElseThrow();
        assertEquals("a=b.png", value(export, "target"));
        assertEquals("2", value(export, "scale"));
    }

    @Test
    void anythingElseIsLeftToPicocli() {
        for (String[] args : new String[][] {{"--help"}, {"b", "-h"}, {"--lang=zh", "b"}, {"b", "--lang"},
            {"b", "--lang", "--json"}, {"b", "--profile", "-x"}, {"--", "b"}, {"@args.txt"}, {"b", "--lang", "@x"},
            {"b", "--json", "--json"}, {"b", "--lang", "en", "--lang", "zh"}, {"b", "c"}, {"b", "--bogus"},
            {"-"}, {""}, {"b", "--lang", ""}, {"-j"}}) {
            assertFalse(check(args).isPresent(), String.join(" ", args));
        }
        assertFalse(PlainArguments.values(ExportCommand.class, new String[] {"b", "-ob.png"}).isPresent());
    }

    @Test
    void aPlainRunMatchesPicocliWordForWord() throws Exception {
        Path board = dir.resolve("b.stageboard");
        assertTrue(run("new", "--template", "spam-detection", "--lang", "zh", "-o", board.toString())
                .startsWith("0\n"));
        for (String json : new String[] {"--json", "--profile"}) {
            String[] plain = json.equals("--json") ? new String[] {"check", board.toString(), "--json", "--lang", "ru"}
                    : new String[] {"check", board.toString(), "--profile", "core", "--lang", "ru"};
            String[] picocli = plain.clone();
            picocli[picocli.length - 2] = "--lang=ru";
            picocli = java.util.Arrays.copyOf(picocli, picocli.length - 1);
            assertEquals(run(picocli), run(plain), String.join(" ", plain));
        }
        assertEquals(run("check", board.toString(), "--lang=en"), run("check", board.toString(), "--lang", "en"));
        assertEquals(run("check", "missing.stageboard", "--lang=en"), run("check", "missing.stageboard", "--lang", "en"));
        assertEquals(run("check", board.toString(), "--lang=xx"), run("check", board.toString(), "--lang", "xx"));
        assertEquals(run("check", board.toString(), "--profile=nope"), run("check", board.toString(), "--profile", "nope"));
        String viaPicocli = run("export", board.toString(), "-o", dir.resolve("a.png").toString(), "--scale=2");
        byte[] a = Files.readAllBytes(dir.resolve("a.png"));
        String plain = run("export", board.toString(), "-o", dir.resolve("b.png").toString(), "--scale", "2");
        assertEquals(viaPicocli.replace("a.png", "b.png"), plain);
        assertTrue(java.util.Arrays.equals(a, Files.readAllBytes(dir.resolve("b.png"))), "the same image bytes");
    }
}
