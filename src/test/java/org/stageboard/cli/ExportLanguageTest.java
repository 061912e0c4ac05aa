package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.i18n.Messages;

/** A picture exported on the command line speaks the board's language; the terminal keeps the user's. */
class ExportLanguageTest {
    private static final String RUSSIAN_BOARD = """
            {"format":"stageboard","version":1,"title":"Спрос","prompt":"","language":"ru","nodes":[
             {"id":"n1","stage":"requirements","title":"Требования","text":"260 станций","hint":"",
              "tradeoffs":[],"x":0,"y":0,"width":220,"height":120}],"edges":[]}
            """;
    @TempDir
    Path dir;
    private Locale before;

    @BeforeEach
    void englishTerminal() {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void aRussianBoardsChipsAreRussianAndTheTerminalLineEnglish() throws Exception {
        Path board = Files.writeString(dir.resolve("demand.stageboard"), RUSSIAN_BOARD, StandardCharsets.UTF_8);
        Path svg = dir.resolve("demand.svg");
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        int code = Cli.standard().run(new String[] {"export", board.toString(), "-o", svg.toString()},
                new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream()));
        assertEquals(0, code);
        String picture = Files.readString(svg, StandardCharsets.UTF_8);
        String russianChip = Messages.getIn(Locale.forLanguageTag("ru"), "stage.requirements").toUpperCase(Locale.ROOT);
        String englishChip = Messages.getIn(Locale.ENGLISH, "stage.requirements").toUpperCase(Locale.ROOT);
        assertTrue(picture.contains(russianChip), "the chip in the board's language: " + russianChip);
        assertFalse(picture.contains(englishChip), "not in the terminal's");
        assertTrue(out.toString(StandardCharsets.UTF_8).startsWith("Wrote "), out.toString(StandardCharsets.UTF_8));
        assertEquals(Locale.ENGLISH, Messages.locale(), "the terminal's language is back");
    }
}
