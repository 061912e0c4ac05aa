package org.stageboard.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/** Opening and saving board files: the codec plus atomic replacement, and protection of newer files. */
public final class BoardFiles {
    private BoardFiles() {
    }

    /** Reads a board; {@link BoardFileException#isNewerVersion()} tells the UI the file must stay read-only. */
    public static Board open(Path file) throws BoardFileException {
        return BoardCodec.read(file);
    }

    /**
     * Writes {@code board} to {@code file} atomically. Refuses to replace a file written by a newer Stageboard,
     * which this version would silently strip of whatever the newer one added.
     */
    public static void save(Path file, Board board) throws BoardFileException {
        refuseNewer(file);
        Path folder = file.toAbsolutePath().getParent();
        if (folder != null && !Files.isDirectory(folder)) {
            // said plainly: the atomic writer's own error would name its temporary file
            throw new BoardFileException(Messages.get("io.error.saveNoFolder", file, folder));
        }
        try {
            AtomicFiles.write(file, BoardCodec.write(board));
        } catch (IOException e) {
            throw new BoardFileException(Messages.get("io.error.save", file, IoProblems.describe(e)), e);
        }
    }

    /** True when {@code file} exists and comes from a newer Stageboard; any other file may be overwritten. */
    public static boolean isNewerVersion(Path file) {
        if (!Files.isRegularFile(file)) {
            return false;
        }
        try {
            BoardCodec.read(file);
            return false;
        } catch (BoardFileException e) {
            return e.isNewerVersion();
        }
    }

    private static void refuseNewer(Path file) throws BoardFileException {
        if (isNewerVersion(file)) {
            throw BoardFileException.newerVersion(Messages.get("io.error.saveNewer", file));
        }
    }
}
