package org.stageboard.cli;

import java.nio.file.Path;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;

/** Reads the board a command works on; a bad file becomes the one-line message the reader gives. */
final class BoardInput {
    private BoardInput() {
    }

    static Board read(Path file) {
        try {
            return BoardFiles.open(file);
        } catch (BoardFileException e) {
            throw new CliException(e.getMessage());
        }
    }
}
