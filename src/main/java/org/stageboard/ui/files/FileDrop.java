package org.stageboard.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import javafx.scene.Scene;
import javafx.scene.input.TransferMode;
import org.stageboard.export.BoardSources;

/** Opening a board dropped on the window: a {@code .stageboard} file, an exported PNG/SVG or an Excalidraw drawing. */
public final class FileDrop {
    private FileDrop() {
    }

    public static void install(Scene scene, Predicate<Path> open) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles() && firstBoard(e.getDragboard().getFiles()).isPresent()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            Optional<Path> board = firstBoard(e.getDragboard().getFiles());
            e.setDropCompleted(board.isPresent() && open.test(board.get()));
            e.consume();
        });
    }

    /** The first dropped file that opens as a board; other files in the same drop are ignored. */
    static Optional<Path> firstBoard(List<File> files) {
        return files.stream().map(File::toPath).filter(BoardSources::canOpen).findFirst();
    }
}
