package org.stageboard.reliability;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.io.Autosave;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;

/**
 * Crashes for real: a child JVM saves a board in a loop and is killed (SIGKILL) at random moments. After every
 * kill the board parses and equals one of the versions that was written, and the temporary files a kill leaves
 * are gone after the next save to that folder. The default run kills 24 times; {@code -Dstageboard.crash.kills=N}
 * for more. Also: an autosave copy owned by a running instance is invisible to another, and becomes a crash copy
 * the moment its owner dies.
 */
class CrashTest {
    private static final int KILLS = Integer.getInteger("stageboard.crash.kills", 24);

    @TempDir
    Path dir;

    @Test
    void killedWhileSavingTheBoardIsAlwaysAWrittenVersionAndLeftoversAreSweptByTheNextSave() throws Exception {
        Path board = dir.resolve("loop.stageboard");
        Random random = new Random(12);
        List<Path> leftovers = List.of();
        int leftoversSeen = 0;
        for (int k = 0; k <= KILLS; k++) {
            try (ChildJvm child = ChildJvm.start(List.of("-Xmx128m"), "saveLoop", board.toString())) {
                child.await("ready", 60);
                for (Path t : leftovers) {
                    assertFalse(Files.exists(t), "a temp file left by the previous kill survived the next save: " + t);
                }
                if (k == KILLS) {
                    break; // the last child only checks the sweep
                }
                Thread.sleep(random.nextInt(400));
                child.kill();
            }
            Board b = BoardFiles.open(board); // parses: never half-written
            String title = b.title();
            assertTrue(title.startsWith("version "), title);
            assertEquals(ChildMain.version(Integer.parseInt(title.substring(8))), b, "exactly a version that was written");
            leftovers = temps();
            leftoversSeen += leftovers.size();
        }
        System.out.println("crash test: " + KILLS + " kills survived; " + leftoversSeen
                + " temporary files left by kills, each swept by the next save");
    }

    private List<Path> temps() throws IOException {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(p -> p.getFileName().toString().endsWith(".tmp")).toList();
        }
    }

    @Test
    void aLiveCopyOfAnotherInstanceIsNeverOfferedNorDeletedAndIsOfferedOnceItsOwnerDies() throws Exception {
        Path autosaveDir = dir.resolve("autosave");
        try (ChildJvm other = ChildJvm.start(List.of("-Xmx64m"), "holdAutosave", autosaveDir.toString(), "live")) {
            other.await("saved", 60);
            Autosave mine = new Autosave(autosaveDir);
            assertEquals(List.of(), mine.crashCopies(), "another running instance's work is not a crash copy");
            assertFalse(mine.discard("live"), "and cannot be discarded");
            assertTrue(Files.exists(autosaveDir.resolve("live.stageboard")));
            other.kill();
            List<Autosave.Entry> copies = mine.crashCopies();
            assertEquals(1, copies.size(), "its owner died: now it is a crash copy");
            assertEquals("live work", copies.get(0).board().title());
        }
    }
}
