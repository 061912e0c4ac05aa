package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;

/**
 * The command line's warm-up draws on another thread while the export starts: it must change nothing in the
 * picture, whichever runs first, and exports drawn at the same time (each on its own workers) share the painter's
 * caches (fonts, stretched shadows) safely.
 */
class PixelWarmUpTest {
    @Test
    void exportsDrawnWhileTheWarmUpRunsAreTheSameBytes() throws Exception {
        Board board = TestBoards.multilingual();
        ExportOptions options = ExportOptions.defaults().withScale(2);
        byte[] alone = png(board, options);
        List<CompletableFuture<byte[]>> together = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            together.add(CompletableFuture.runAsync(PixelWarmUp::run).thenApply(v -> null));
            together.add(CompletableFuture.supplyAsync(() -> {
                try {
                    return png(board, options);
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }));
        }
        for (CompletableFuture<byte[]> f : together) {
            byte[] bytes = f.get();
            if (bytes != null) {
                assertArrayEquals(alone, bytes);
            }
        }
    }

    @Test
    void theSampleDrawsWordsInEveryScriptTheExportMeets() throws Exception {
        Board sample = PixelWarmUp.sample();
        String words = sample.nodes().get(0).title();
        assertTrue(words.chars().anyMatch(c -> c >= 0x4e00 && c <= 0x9fff), "Chinese");
        assertTrue(words.chars().anyMatch(c -> c >= 0x0400 && c <= 0x04ff), "Cyrillic");
        assertTrue(png(sample, ExportOptions.defaults()).length > 1000, "it draws as any board does");
    }

    private static byte[] png(Board board, ExportOptions options) throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        PngStream.encode(board, options, out, ExportProgress.NONE);
        return out.toByteArray();
    }
}
