package org.stageboard.export;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import ar.com.hjg.pngj.chunks.PngChunkITXT;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AtomicFiles;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;

/**
 * Writes a board's picture as a PNG file at full size, whatever its size, in bounded memory: the picture is drawn
 * a strip of rows at a time by the painter every picture export shares ({@link BoardRaster}: Java2D, no JavaFX
 * toolkit) on a drawing thread, and each strip's rows are compressed into the file (PNGJ) on the calling thread
 * while the next strip is drawn, so drawing and compressing use two cores. The exported boxes go inside the
 * file, as {@link PngBoard} reads them. The file is replaced atomically; a cancelled or failed export leaves it as
 * it was.
 *
 * <p>Call it from any thread; in the window, not from the JavaFX one, which would wait for the whole export.
 */
public final class PngStream {
    /** Pixels per strip: two strips (one drawn, one compressed) are the export's working memory, 2 x 16 MB. */
    static final int STRIP_PIXELS = 4 << 20;
    /** The most rows in a strip: a narrow picture is still drawn in several strips, so progress moves. */
    static final int MAX_STRIP_ROWS = 2048;
    /**
     * Row filter and deflate level, chosen by measurement (ExportBenchmark's encoder table, 500 boxes at 2x): boards
     * are mostly flat colour, which deflate's fastest level packs well. At level 1 every filter took a fifth to a
     * tenth of ImageIO's time (adaptive filters, default level), the differences between filters within the noise
     * of a shared machine; unfiltered gave the smallest file, smaller than ImageIO's. Higher levels cost 1.5-2.5x
     * the time for files 10% smaller.
     */
    static final FilterType FILTER = FilterType.FILTER_NONE;
    static final int DEFLATE_LEVEL = 1;

    /** The size of the written picture, and how many strips drew it. */
    public record Written(int width, int height, int strips) {
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
        BoardRaster raster = BoardRaster.of(board, options);
        PixelArea pixels = raster.pixels(options.scale());
        int strips = encode(raster, options.scale(), pixels, BoardCodec.write(options.contentOf(board)), stream,
                progress);
        progress.done(1);
        return new Written(pixels.width(), pixels.height(), strips);
    }

    /** A PNG writer with the export's filter and level, and the board riding in it as text before the pixels. */
    static ar.com.hjg.pngj.PngWriter writer(OutputStream out, ImageInfo info, String json) {
        ar.com.hjg.pngj.PngWriter png = new ar.com.hjg.pngj.PngWriter(out, info);
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
        return png;
    }

    /** Streams the picture into {@code stream}; returns how many strips it took. */
    static int encode(BoardRaster raster, double scale, PixelArea pixels, String json, OutputStream stream,
                      ExportProgress progress) throws IOException, ExportException {
        int width = pixels.width();
        int height = pixels.height();
        int stripRows = Math.max(1, Math.min(MAX_STRIP_ROWS, STRIP_PIXELS / width));
        boolean alpha = !raster.opaque();
        ImageInfo info = new ImageInfo(width, height, 8, alpha);
        OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
        ar.com.hjg.pngj.PngWriter png = writer(buffered, info, json);
        ImageLineByte line = new ImageLineByte(info);
        if (height <= stripRows) {
            // one strip: drawn here, with no second buffer and no drawing thread to hand it over
            BufferedImage strip = raster.newImage(width, height);
            raster.draw(scale, pixels, 0, 0, strip);
            if (progress.cancelled()) {
                throw new ExportException(Messages.get("export.cancelled"));
            }
            writeRows(png, line, BoardRaster.pixelsOf(strip), width, height, alpha);
            progress.done(1);
            png.end();
            buffered.flush();
            return 1;
        }
        BufferedImage[] strips = {raster.newImage(width, stripRows), raster.newImage(width, stripRows)};
        int count = 0;
        ExecutorService drawer = Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, "png-strips");
            t.setDaemon(true);
            return t;
        });
        try {
            CompletableFuture<BufferedImage> next = draw(drawer, raster, scale, pixels, 0, strips[0]);
            for (int y = 0, strip = 0; y < height; y += stripRows, strip++) {
                int rows = Math.min(stripRows, height - y);
                int[] argb = BoardRaster.pixelsOf(await(next));
                count++;
                int nextY = y + stripRows;
                if (progress.cancelled()) {
                    throw new ExportException(Messages.get("export.cancelled"));
                }
                if (nextY < height) {
                    // drawn on the drawing thread while this strip is compressed here
                    int nextRows = Math.min(stripRows, height - nextY);
                    BufferedImage into = strips[(strip + 1) % 2];
                    if (into.getHeight() != nextRows) {
                        into = raster.newImage(width, nextRows); // the last, shorter strip
                    }
                    next = draw(drawer, raster, scale, pixels, nextY, into);
                }
                writeRows(png, line, argb, width, rows, alpha);
                progress.done((double) (y + rows) / height);
            }
        } finally {
            drawer.shutdownNow();
        }
        png.end();
        buffered.flush();
        return count;
    }

    private static void writeRows(ar.com.hjg.pngj.PngWriter png, ImageLineByte line, int[] argb, int width, int rows,
                                  boolean alpha) {
        byte[] bytes = line.getScanline();
        for (int r = 0; r < rows; r++) {
            toBytes(argb, r * width, width, alpha, bytes);
            png.writeRow(line);
        }
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

    /** Draws the strip of {@code into}'s height from row {@code y} on the drawing thread. */
    private static CompletableFuture<BufferedImage> draw(ExecutorService drawer, BoardRaster raster, double scale,
                                                         PixelArea pixels, int y, BufferedImage into) {
        return CompletableFuture.supplyAsync(() -> {
            raster.draw(scale, pixels, 0, y, into);
            return into;
        }, drawer);
    }

    /** The strip once drawn; a failure or an interrupt on the drawing side becomes the export's own error. */
    static <T> T await(CompletableFuture<T> strip) throws ExportException {
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
