package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/** The top-level command: help, version, and what an unknown word or a bad option does. */
class CliTest {
    private final ByteArrayOutputStream out = new ByteArrayOutputStream();
    private final ByteArrayOutputStream err = new ByteArrayOutputStream();

    private int run(String... args) {
        out.reset();
        err.reset();
        return Cli.standard().run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
    }

    private String out() {
        return out.toString(StandardCharsets.UTF_8);
    }

    private String err() {
        return err.toString(StandardCharsets.UTF_8).strip();
    }

    @Test
    void helpListsEveryCommandWithItsUsageLineUnwrapped() {
        assertEquals(0, run("--help"));
        for (String usage : new String[] {"templates [--json]", "new --template ID", "check BOARD", "export BOARD -o",
            "followups BOARD", "import FILE"}) {
            assertTrue(out().contains("java -jar stageboard.jar " + usage), usage + " in " + out());
        }
        assertTrue(out().contains("[--padding PX] [--no-picture]\n"), "one line per usage: " + out());
        String plain = out();
        assertEquals(0, run("help"));
        assertEquals(plain, out(), "help is --help");
        assertEquals(0, run());
        assertEquals(plain, out(), "no arguments show the same list");
    }

    @Test
    void versionNamesTheApp() {
        assertEquals(0, run("--version"));
        assertTrue(out().startsWith("Stageboard "), out());
        assertTrue(Cli.standard().handles("--version"));
    }

    @Test
    void anUnknownCommandShowsTheListAndExits2() {
        assertEquals(2, run("frobnicate"));
        assertTrue(out().contains("check BOARD"), out());
        assertTrue(!Cli.standard().handles("frobnicate") && !Cli.standard().handles("board.stageboard"));
    }

    @Test
    void badOptionsAreOneLineInTheCommandsOwnWords() {
        assertEquals(2, run("check", "--profile"));
        assertEquals("stageboard check: option --profile needs a value", err());
        assertEquals(2, run("check", "a.stageboard", "b.stageboard"));
        assertEquals("stageboard check: unexpected argument b.stageboard", err());
        assertEquals(2, run("followups", "--colour"));
        assertEquals("stageboard followups: unknown option --colour", err());
    }

    @Test
    void theLastOfARepeatedOptionWins() {
        assertEquals(2, run("templates", "--lang", "en", "--lang", "fr"));
        assertTrue(err().contains("\"fr\"") || err().contains("fr"), err());
    }
}
