package org.stageboard.ui.files;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.File;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FileDropTest {
    @Test
    void theFirstBoardAmongDroppedFilesIsOpened() {
        assertEquals(Optional.of(new File("/b/two.stageboard").toPath()),
                FileDrop.firstBoard(List.of(new File("/a/notes.txt"), new File("/b/two.stageboard"),
                        new File("/c/three.stageboard"))));
        assertEquals(Optional.empty(), FileDrop.firstBoard(List.of(new File("/a/notes.txt"))));
        // exported pictures and Excalidraw drawings open as boards too (issue 13)
        assertEquals(Optional.of(new File("/a/picture.png").toPath()),
                FileDrop.firstBoard(List.of(new File("/a/notes.txt"), new File("/a/picture.png"))));
    }
}
