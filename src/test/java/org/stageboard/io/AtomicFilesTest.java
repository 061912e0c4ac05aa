package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AtomicFilesTest {
    @TempDir
    Path dir;

    private List<Path> folderContents() throws IOException {
        try (Stream<Path> s = Files.list(dir)) {
            return s.toList();
        }
    }

    @Test
    void writesNewFile() throws IOException {
        Path f = dir.resolve("a.stageboard");
        AtomicFiles.write(f, "héllo 你好 привет");
        assertEquals("héllo 你好 привет", Files.readString(f, StandardCharsets.UTF_8));
        assertEquals(List.of(f), folderContents(), "no temp file left");
    }

    @Test
    void replacesExistingFile() throws IOException {
        Path f = dir.resolve("a.stageboard");
        Files.writeString(f, "old content that is longer than the new");
        AtomicFiles.write(f, "new");
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), folderContents());
    }

    @Test
    void failureMidwayKeepsOldFileByteForByte() throws IOException {
        Path f = dir.resolve("a.stageboard");
        byte[] old = "{\"format\": \"stageboard\"} 旧".getBytes(StandardCharsets.UTF_8);
        Files.write(f, old);
        IOException e = assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> {
            out.write("half of the new cont".getBytes(StandardCharsets.UTF_8));
            throw new IOException("disk full");
        }));
        assertEquals("disk full", e.getMessage());
        assertArrayEquals(old, Files.readAllBytes(f));
        assertEquals(List.of(f), folderContents(), "temp file removed");
    }

    @Test
    void failedRenameKeepsOldFileAndRemovesTemp() throws IOException {
        Path f = dir.resolve("a.stageboard");
        Files.writeString(f, "old");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, out -> out.write(1), (from, to, options) -> {
            throw new IOException("rename refused");
        }));
        assertEquals("old", Files.readString(f));
        assertEquals(List.of(f), folderContents());
    }

    @Test
    void tempFileIsWrittenInTheTargetFolderAndFullyBeforeTheMove() throws IOException {
        Path f = dir.resolve("a.stageboard");
        AtomicFiles.write(f, out -> out.write("complete".getBytes(StandardCharsets.UTF_8)), (from, to, options) -> {
            assertEquals(dir.toAbsolutePath(), from.toAbsolutePath().getParent());
            assertEquals("complete", Files.readString(from));
            Files.move(from, to, StandardCopyOption.ATOMIC_MOVE);
        });
        assertEquals("complete", Files.readString(f));
    }

    @Test
    void missingFolderFailsWithoutCreatingAnything() {
        Path f = dir.resolve("no/such/folder/a.stageboard");
        assertThrows(IOException.class, () -> AtomicFiles.write(f, "x"));
        assertFalse(Files.exists(dir.resolve("no")));
    }

    @Test
    void keepsPermissionsOfReplacedFile() throws IOException {
        Path f = dir.resolve("a.stageboard");
        Files.writeString(f, "old");
        if (Files.getFileAttributeView(f, java.nio.file.attribute.PosixFileAttributeView.class) == null) {
            return; // not a POSIX file system
        }
        Files.setPosixFilePermissions(f, PosixFilePermissions.fromString("rw-r-----"));
        AtomicFiles.write(f, "new");
        assertEquals("rw-r-----", PosixFilePermissions.toString(Files.getPosixFilePermissions(f)));
    }

    @Test
    void savingThroughASymlinkKeepsTheLink() throws IOException {
        Path real = dir.resolve("real.stageboard");
        Path link = dir.resolve("link.stageboard");
        Files.writeString(real, "old");
        try {
            Files.createSymbolicLink(link, real);
        } catch (UnsupportedOperationException | IOException e) {
            return; // links unavailable here
        }
        AtomicFiles.write(link, "new");
        assertTrue(Files.isSymbolicLink(link));
        assertEquals("new", Files.readString(real));
    }

    @Test
    void fallsBackToPlainReplaceWhenAtomicMoveIsUnsupported() throws IOException {
        Path f = dir.resolve("a.stageboard");
        Files.writeString(f, "old");
        List<String> attempts = new java.util.ArrayList<>();
        AtomicFiles.write(f, out -> out.write("new".getBytes(StandardCharsets.UTF_8)), (from, to, options) -> {
            List<CopyOption> opts = List.of(options);
            attempts.add(opts.toString());
            if (opts.contains(StandardCopyOption.ATOMIC_MOVE)) {
                throw new AtomicMoveNotSupportedException(from.toString(), to.toString(), "network drive");
            }
            Files.move(from, to, options);
        });
        assertEquals(List.of("[ATOMIC_MOVE, REPLACE_EXISTING]", "[REPLACE_EXISTING]"), attempts);
        assertEquals("new", Files.readString(f));
        assertEquals(List.of(f), folderContents());
    }

    @Test
    void refusesToReplaceAFolder() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("empty.stageboard"));
        assertThrows(IOException.class, () -> AtomicFiles.write(folder, "x"));
        assertTrue(Files.isDirectory(folder));
        assertEquals(List.of(folder), folderContents());
    }

    @Test
    void leftoversOfACrashedSaveAreSweptButNothingElse() throws IOException {
        Path dir = Files.createDirectories(this.dir.resolve("sweep"));
        Path old = Files.writeString(dir.resolve(".b.stageboard.0f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "half");
        Path recent = Files.writeString(dir.resolve(".b.stageboard.1f8fad5b-d9cb-469f-a165-70867728950e.tmp"), "live");
        Path notOurs = Files.writeString(dir.resolve(".b.stageboard.mine.tmp"), "user file");
        Path link = Files.createSymbolicLink(dir.resolve(".c.stageboard.2f8fad5b-d9cb-469f-a165-70867728950e.tmp"),
                notOurs);
        java.time.Instant start = java.time.Instant.now().plusSeconds(60);
        Files.setLastModifiedTime(old, java.nio.file.attribute.FileTime.from(start.minusSeconds(3600)));
        Files.setLastModifiedTime(recent, java.nio.file.attribute.FileTime.from(start.plusSeconds(1)));
        assertEquals(1, AtomicFiles.sweepLeftovers(dir, start));
        assertFalse(Files.exists(old));
        assertTrue(Files.exists(recent), "a newer temp may be another instance's save in progress");
        assertTrue(Files.exists(notOurs));
        assertTrue(Files.isSymbolicLink(link), "a link is never ours");
    }
}
