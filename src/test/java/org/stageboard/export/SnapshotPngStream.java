package org.stageboard.export;

import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.CompletableFuture;
import javafx.application.Platform;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;

/**
 * The PNG export as it was before it drew with the Java2D painter, kept for benchmarks to time the new one against
 * in the same run: the canvas's views snapshotted strip by strip on the JavaFX thread ({@link StagedBoard}) while the
 * previous strip is compressed with PNGJ here. The toolkit must be running.
 */
final class SnapshotPngStream {
    /** Widest snapshot: graphics pipelines refuse or blank textures beyond their limit. */
    static final int TILE = 4096;
    static final int STRIP_PIXELS = 8 << 20;

    private SnapshotPngStream() {
    }

    /** The PNG of {@code board} as {@code options} say, into {@code stream} (which is left open). */
    static PngStream.Written encode(Board board, ExportOptions options, OutputStream stream, ExportProgress progress)
            throws ExportException, IOException {
        StagedBoard staged;
        try {
            staged = FxThread.call(() -> StagedBoard.of(board, options));
        } catch (ExportException | RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new ExportException(Messages.get("export.error.render", e.getMessage()), e);
        }
        PixelArea pixels = staged.pixels(options.scale());
        int snapshots = encode(staged, options.scale(), pixels, BoardCodec.write(options.contentOf(board)), stream,
                progress);
        progress.done(1);
        return new PngStream.Written(pixels.width(), pixels.height(), snapshots);
    }

    /** Streams the picture into {@code stream}; returns how many snapshots it took. */
    static int encode(StagedBoard staged, double scale, PixelArea pixels, String json, OutputStream stream,
                      ExportProgress progress) throws IOException, ExportException {
        int width = pixels.width();
        int height = pixels.height();
        int stripRows = Math.max(1, Math.min(TILE, STRIP_PIXELS / width));
        boolean alpha = !staged.opaque();
        ImageInfo info = new ImageInfo(width, height, 8, alpha);
        OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
        ar.com.hjg.pngj.PngWriter png = PngStream.writer(buffered, info, json);
        ImageLineByte line = new ImageLineByte(info);
        byte[] bytes = line.getScanline();
        int[][] buffers = {new int[stripRows * width], new int[stripRows * width]};
        int snapshots = 0;
        CompletableFuture<Integer> next = draw(staged, scale, pixels, 0, Math.min(stripRows, height), buffers[0]);
        for (int y = 0, strip = 0; y < height; y += stripRows, strip++) {
            int rows = Math.min(stripRows, height - y);
            snapshots += PngStream.await(next);
            int[] argb = buffers[strip % 2];
            int nextY = y + stripRows;
            if (progress.cancelled()) {
                throw new ExportException(Messages.get("export.cancelled"));
            }
            if (nextY < height) {
                // drawn on the FX thread while this strip is compressed here
                int[] into = buffers[(strip + 1) % 2];
                next = draw(staged, scale, pixels, nextY, Math.min(stripRows, height - nextY), into);
            }
            for (int r = 0; r < rows; r++) {
                PngStream.toBytes(argb, r * width, width, alpha, bytes);
                png.writeRow(line);
            }
            progress.done((double) (y + rows) / height);
        }
        png.end();
        buffered.flush();
        return snapshots;
    }

    /** Draws rows on the FX thread: later when called from elsewhere, at once when called on it. */
    private static CompletableFuture<Integer> draw(StagedBoard staged, double scale, PixelArea pixels, int y, int rows,
                                                   int[] into) {
        CompletableFuture<Integer> done = new CompletableFuture<>();
        Runnable work = () -> {
            try {
                done.complete(staged.drawRows(scale, pixels, y, rows, TILE, into));
            } catch (Throwable t) {
                done.completeExceptionally(t);
            }
        };
        if (Platform.isFxApplicationThread()) {
            work.run();
        } else {
            Platform.runLater(work);
        }
        return done;
    }

}
