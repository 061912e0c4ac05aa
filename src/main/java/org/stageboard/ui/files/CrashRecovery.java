package org.stageboard.ui.files;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.stageboard.io.Autosave;

/**
 * Carries out what the user chose for each crash copy: recover it into the window, keep it for a later start, or
 * discard it. Nothing the user did not choose to discard is deleted: a copy with no choice is kept, and a
 * recovered copy stays on disk until the recovered work is autosaved over it or saved.
 */
public final class CrashRecovery {
    /** What to do with one copy. */
    public enum Choice { RECOVER, KEEP, DISCARD }

    private CrashRecovery() {
    }

    /**
     * Applies {@code choices} (by entry key) to {@code entries}; {@code recover} opens the one chosen for recovery.
     * Returns true when a copy was recovered.
     */
    public static boolean apply(Autosave autosave, List<Autosave.Entry> entries, Map<String, Choice> choices,
            Consumer<Autosave.Entry> recover) {
        boolean recovered = false;
        for (Autosave.Entry e : entries) {
            Choice c = choices.getOrDefault(e.key(), Choice.KEEP);
            if (c == Choice.RECOVER && !recovered) {
                recover.accept(e);
                recovered = true;
            } else if (c == Choice.DISCARD) {
                try {
                    autosave.discard(e.key());
                } catch (IOException ex) {
                    autosave.release(e.key()); // still on disk: offered again next time
                }
            } else {
                autosave.release(e.key());
            }
        }
        return recovered;
    }
}
