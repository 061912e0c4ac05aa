package org.stageboard.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.export.embed.SvgBoard;
import org.stageboard.export.excalidraw.ExcalidrawReader;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;

/**
 * Everything that opens as a board: a {@code .stageboard} file, a PNG or SVG exported by Stageboard (the board
 * rides inside), and an Excalidraw drawing. Chosen by extension; a file with another extension is read as a board
 * file unless it starts like a PNG.
 */
public final class BoardSources {
    /** The extensions File › Open and a drop on the window accept, with the dot. */
    public static final List<String> EXTENSIONS = List.of(".stageboard", ".png", ".svg", ".excalidraw");
    private static final byte[] PNG_SIGNATURE = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private BoardSources() {
    }

    /**
     * @param board       the board read
     * @param isBoardFile true for a {@code .stageboard} file, which may be saved back to; an image or drawing is
     *                    saved as a new board file instead
     * @param notes       one-line notes for the user (what an import could not map), usually empty
     */
    public record Opened(Board board, boolean isBoardFile, List<String> notes) {
    }

    public static boolean canOpen(Path file) {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        return EXTENSIONS.stream().anyMatch(name::endsWith);
    }

    public static Opened open(Path file) throws BoardFileException {
        String name = file.getFileName() == null ? "" : file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".png") || (!name.endsWith(".stageboard") && startsLikePng(file))) {
            return new Opened(PngBoard.read(file), false, List.of());
        }
        if (name.endsWith(".svg")) {
            return new Opened(SvgBoard.read(file), false, List.of());
        }
        if (name.endsWith(".excalidraw")) {
            ExcalidrawReader.Result r = ExcalidrawReader.read(file);
            List<String> notes = r.unmapped().isEmpty() ? List.of()
                    : List.of(Messages.get("export.import.notMapped", file, String.join(", ", r.unmapped())));
            return new Opened(r.board(), false, notes);
        }
        return new Opened(BoardFiles.open(file), true, List.of());
    }

    private static boolean startsLikePng(Path file) {
        try (InputStream in = Files.newInputStream(file)) {
            return Arrays.equals(in.readNBytes(PNG_SIGNATURE.length), PNG_SIGNATURE);
        } catch (IOException e) {
            return false; // the board reader reports the unreadable file properly
        }
    }
}
