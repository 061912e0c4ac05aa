package org.stageboard.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.io.Autosave;
import org.stageboard.model.Board;

/** Every crash copy gets the user's choice; only the ones discarded are deleted. */
class CrashRecoveryTest {
    @TempDir
    Path dir;

    private List<Autosave.Entry> threeCrashCopies(Autosave autosave) throws Exception {
        try (Autosave crashed = new Autosave(dir)) { // an instance that died: its locks are gone
            crashed.save("a", null, Board.empty().withTitle("A"));
            crashed.save("b", null, Board.empty().withTitle("B"));
            crashed.save("c", null, Board.empty().withTitle("C"));
        }
        List<Autosave.Entry> entries = autosave.crashCopies();
        assertEquals(3, entries.size(), "every copy is listed, not only the newest");
        return entries;
    }

    @Test
    void recoverKeepAndDiscardEachDoWhatTheySay() throws Exception {
        Autosave autosave = new Autosave(dir);
        List<Autosave.Entry> entries = threeCrashCopies(autosave);
        List<String> recovered = new ArrayList<>();
        boolean any = CrashRecovery.apply(autosave, entries, Map.of(
                "a", CrashRecovery.Choice.RECOVER, "b", CrashRecovery.Choice.KEEP, "c", CrashRecovery.Choice.DISCARD),
                e -> recovered.add(e.board().title()));
        assertTrue(any);
        assertEquals(List.of("A"), recovered);
        assertTrue(Files.exists(dir.resolve("a.stageboard")), "a recovered copy stays until saved over");
        assertTrue(Files.exists(dir.resolve("b.stageboard")));
        assertFalse(Files.exists(dir.resolve("c.stageboard")), "only the discarded copy is deleted");
        assertTrue(autosave.owns("a"), "the recovered copy is now this instance's live work");
        assertFalse(autosave.owns("b"), "a kept copy is given up for a later start");
        List<String> offeredLater = new Autosave(dir).crashCopies().stream().map(e -> e.board().title()).toList();
        assertEquals(List.of("B"), offeredLater, "the next start offers the kept copy, not the recovered one");
    }

    @Test
    void closingTheDialogKeepsEverything() throws Exception {
        Autosave autosave = new Autosave(dir);
        List<Autosave.Entry> entries = threeCrashCopies(autosave);
        assertFalse(CrashRecovery.apply(autosave, entries, Map.of(), e -> { }));
        assertEquals(3, new Autosave(dir).crashCopies().size());
    }
}
