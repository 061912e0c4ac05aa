package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.model.Board;

class BoardFilesTest {
    @TempDir
    Path dir;

    @Test
    void saveThenOpen() throws Exception {
        Path f = dir.resolve("b.stageboard");
        Board b = BoardCodecRoundTripTest.sample();
        BoardFiles.save(f, b);
        assertEquals(b, BoardFiles.open(f));
        BoardFiles.save(f, b.withTitle("second"));
        assertEquals("second", BoardFiles.open(f).title());
    }

    @Test
    void savingOverOurOwnUnchangedBoardDoesNotReadItAgainButAChangedOneIsJudgedAfresh() throws Exception {
        Path f = dir.resolve("own.stageboard");
        Board b = BoardCodecRoundTripTest.sample();
        BoardFiles.save(f, b);
        int before = BoardFiles.SNIFFS.get();
        BoardFiles.save(f, b.withTitle("second"));
        BoardFiles.save(f, b.withTitle("third"));
        assertEquals(before, BoardFiles.SNIFFS.get(), "our own file, untouched since we wrote it: not read again");
        assertEquals("third", BoardFiles.open(f).title());
        BoardFiles.save(f, b.withTitle("after opening"));
        assertEquals(before, BoardFiles.SNIFFS.get(), "a board just opened is known too");

        // another program (here: a newer Stageboard) replaces it: the next save reads it and refuses
        byte[] future = "{\"format\": \"stageboard\", \"version\": 7, \"nodes\": []}".getBytes();
        Files.write(f, future);
        BoardFileException refused = assertThrows(BoardFileException.class, () -> BoardFiles.save(f, b));
        assertTrue(refused.isNewerVersion());
        assertEquals(before + 1, BoardFiles.SNIFFS.get());
        assertArrayEquals(future, Files.readAllBytes(f));
    }

    @Test
    void aBigBoardWithAValidVersionButABrokenBodyIsOverwrittenFromItsVersionAlone() throws Exception {
        // a 2,000-box board another program wrote, cut off near its end: it cannot be opened, yet it claims to be
        // one of our boards at a version this app reads, which is all that saving over it needs to know
        Path f = dir.resolve("cut.stageboard");
        String whole = BoardCodec.write(org.stageboard.fixtures.TestBoards.grid(2000));
        Files.writeString(f, whole.substring(0, whole.length() - 200) + "{,]");
        assertThrows(BoardFileException.class, () -> BoardFiles.open(f), "the body is broken: no board can be built from it");
        int before = BoardFiles.SNIFFS.get();
        BoardFiles.save(f, Board.empty().withTitle("saved over"));
        assertEquals(before + 1, BoardFiles.SNIFFS.get(), "its bytes were read once, for the format and version");
        assertEquals("saved over", BoardFiles.open(f).title());
    }

    @Test
    void newerFileIsNeverOverwritten() throws Exception {
        Path f = dir.resolve("future.stageboard");
        byte[] future = "{\"format\": \"stageboard\", \"version\": 7, \"nodes\": [], \"layers\": [1]}".getBytes();
        Files.write(f, future);
        assertTrue(BoardFiles.isNewerVersion(f));
        BoardFileException open = assertThrows(BoardFileException.class, () -> BoardFiles.open(f));
        assertTrue(open.isNewerVersion());
        BoardFileException save = assertThrows(BoardFileException.class, () -> BoardFiles.save(f, Board.empty()));
        assertTrue(save.isNewerVersion());
        assertEquals(f + ": made by a newer Stageboard; it will not be overwritten (save under another name)",
                save.getMessage());
        assertArrayEquals(future, Files.readAllBytes(f));
    }

    @Test
    void foreignFileIsReplacedOnlyWhenConfirmed() throws Exception {
        Path f = dir.resolve("old.stageboard");
        Files.writeString(f, "not json at all");
        assertFalse(BoardFiles.isNewerVersion(f));
        BoardFileException refused = assertThrows(BoardFileException.class,
                () -> BoardFiles.save(f, Board.empty().withTitle("fresh")));
        assertTrue(refused.isForeignTarget());
        assertEquals("not json at all", Files.readString(f));
        BoardFiles.save(f, Board.empty().withTitle("fresh"), BoardFiles.Overwrite.CONFIRMED);
        assertEquals("fresh", BoardFiles.open(f).title());
    }

    @Test
    void saveIntoMissingFolderSaysWhy() {
        Path f = dir.resolve("missing/b.stageboard");
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardFiles.save(f, Board.empty()));
        assertEquals(f + ": cannot save (the folder " + f.getParent() + " does not exist)", e.getMessage());
        assertFalse(e.isNewerVersion());
    }

    @Test
    void saveOverAFolderSaysWhy() throws Exception {
        Path f = Files.createDirectory(dir.resolve("b.stageboard"));
        BoardFileException e = assertThrows(BoardFileException.class, () -> BoardFiles.save(f, Board.empty()));
        assertEquals(f + ": cannot save (a folder has this name: " + f + ")", e.getMessage());
    }
}
