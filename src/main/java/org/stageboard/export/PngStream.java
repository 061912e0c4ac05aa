package org.stageboard.export;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import ar.com.hjg.pngj.chunks.PngChunkITXT;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import javafx.application.Platform;
import org.stageboard.export.StagedBoard.PixelArea;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AtomicFiles;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;

/**
 * Writes a board's picture as a PNG file at full size, whatever its size, in bounded memory: the picture is drawn
 * a strip of rows at a time (snapshots on the JavaFX thread) and each strip's rows are compressed into the file
 * (PNGJ) while the next strip is drawn, so drawing and compressing use two cores. The exported boxes go inside the
 * file, as {@link PngBoard} reads them. The file is replaced atomically; a cancelled or failed export leaves it as
 * it was.
 *
 * <p>Call it from any thread but the JavaFX one (there it works too, but drawing and compressing take turns and
 * the window waits); the toolkit must be running.
 */
public final class PngStream {
    /** Widest snapshot: graphics pipelines refuse or blank textures beyond their limit. */
    static final int TILE = BoardImageRenderer.DEFAULT_TILE;
    /** Pixels per strip: two strips (one drawn, one compressed) are the export's working memory, 2 x 32 MB. */
    static final int STRIP_PIXELS = 8 << 20;
    /**
     * Row filter and deflate level, chosen by measurement (ExportBenchmark's encoder table, 500 boxes at 2x): boards
     * are mostly flat colour, which deflate's fastest level packs well. At level 1 every filter took a fifth to a
     * tenth of ImageIO's time (adaptive filters, default level), the differences between filters within the noise
     * of a shared machine; unfiltered gave the smallest file, smaller than ImageIO's. Higher levels cost 1.5-2.5x
     * the time for files 10% smaller.
     */
    static final FilterType FILTER = FilterType.FILTER_NONE;
    static final int DEFLATE_LEVEL = 1;

    /** The size of the written picture, and how many snapshots drew it. */
    public record Written(int width, int height, int snapshots) {
    }

    private PngStream() {
    }

    /** Draws {@code board} as {@code options} say and writes it to {@code out}, telling {@code progress}. */
    public static Written write(Board board, ExportOptions options, Path out, ExportProgress progress)
            throws ExportException {
        PngWriter.checkTarget(out);
        Written[] written = new Written[1];
        try {
            AtomicFiles.write(out, stream -> {
                try {
                    written[0] = encode(board, options, stream, progress);
                } catch (ExportException e) {
                    throw new Stopped(e);
                }
            });
        } catch (Stopped s) {
            throw s.reason;
        } catch (IOException e) {
            throw PngWriter.failed(out, PngWriter.reason(e), e);
        }
        return written[0];
    }

    /** The PNG of {@code board} as {@code options} say, into {@code stream} (which is left open). */
    public static Written encode(Board board, ExportOptions options, OutputStream stream, ExportProgress progress)
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
        return new Written(pixels.width(), pixels.height(), snapshots);
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
        ar.com.hjg.pngj.PngWriter png = new ar.com.hjg.pngj.PngWriter(buffered, info);
        png.setShouldCloseStream(false);
        png.setFilterType(FILTER);
        png.setCompLevel(DEFLATE_LEVEL);
        // iTXt (UTF-8, compressed), before the pixels: ImageIO (PngBoard.read) stops reading chunks at the image data
        PngChunkITXT text = new PngChunkITXT(info);
        text.setKeyVal(PngBoard.KEYWORD, json);
        text.setCompressed(true);
        text.setLangtag("");
        text.setTranslatedTag("");
        png.getMetadata().queueChunk(text, true);
        ImageLineByte line = new ImageLineByte(info);
        byte[] bytes = line.getScanline();
        int[][] buffers = {new int[stripRows * width], new int[stripRows * width]};
        int snapshots = 0;
        CompletableFuture<Integer> next = draw(staged, scale, pixels, 0, Math.min(stripRows, height), buffers[0]);
        for (int y = 0, strip = 0; y < height; y += stripRows, strip++) {
            int rows = Math.min(stripRows, height - y);
            snapshots += await(next);
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
                toBytes(argb, r * width, width, alpha, bytes);
                png.writeRow(line);
            }
            progress.done((double) (y + rows) / height);
        }
        png.end();
        buffered.flush();
        return snapshots;
    }

    /** One row of ARGB pixels as PNG samples: RGB, or RGBA when the picture has transparency. */
    static void toBytes(int[] argb, int from, int width, boolean alpha, byte[] into) {
        int o = 0;
        for (int i = from, end = from + width; i < end; i++) {
            int p = argb[i];
            into[o++] = (byte) (p >>> 16);
            into[o++] = (byte) (p >>> 8);
            into[o++] = (byte) p;
            if (alpha) {
                into[o++] = (byte) (p >>> 24);
            }
        }
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

    private static int await(CompletableFuture<Integer> strip) throws ExportException {
        try {
            return strip.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(Messages.get("export.error.interrupted"), e);
        } catch (ExecutionException e) {
            throw new ExportException(Messages.get("export.error.render", String.valueOf(e.getCause().getMessage())),
                    e.getCause());
        }
    }

    /** Carries an export failure (or a cancel) out through {@link AtomicFiles}, which then drops its temp file. */
    private static final class Stopped extends IOException {
        final transient ExportException reason;

        Stopped(ExportException reason) {
            super(reason.getMessage(), reason);
            this.reason = reason;
        }
    }
}
