package org.stageboard.export;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.PngHelperInternal;
import ar.com.hjg.pngj.chunks.PngChunkIEND;
import ar.com.hjg.pngj.chunks.PngChunkIHDR;
import ar.com.hjg.pngj.chunks.PngChunkITXT;
import java.awt.image.BufferedImage;
import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Supplier;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AtomicFiles;
import org.stageboard.io.BoardCodec;
import org.stageboard.model.Board;

/**
 * Writes a board's picture as a PNG file at full size, whatever its size, in bounded memory: the picture is cut
 * into strips of rows, and each strip is drawn by the painter every picture export shares ({@link BoardRaster}:
 * Java2D, no JavaFX toolkit) and compressed on its own ({@link StripDeflater}) by one of a few worker threads, one
 * a core, pigz-style; the calling thread lays the compressed strips one after the other into the file's image data
 * ({@link IdatOutput}). The exported boxes go inside the file, as {@link PngBoard} reads them. The file is replaced
 * atomically; a cancelled or failed export leaves it as it was.
 *
 * <p>Call it from any thread; in the window, not from the JavaFX one, which would wait for the whole export.
 */
public final class PngStream {
    /** Pixels per strip: one strip image a worker (16 MB each) is most of the export's working memory. */
    static final int STRIP_PIXELS = 4 << 20;
    /** The most rows in a strip: a narrow picture is still drawn in several strips, so progress moves. */
    static final int MAX_STRIP_ROWS = 2048;
    /** The fewest rows a small picture's strip is cut to so that every core gets work. */
    static final int MIN_SPLIT_ROWS = 64;
    /** The most strips drawn and compressed at once. */
    static final int MAX_WORKERS = 4;
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
        int strips = encode(raster, options.scale(), pixels, () -> BoardCodec.write(options.contentOf(board)), stream,
                progress);
        progress.done(1);
        return new Written(pixels.width(), pixels.height(), strips);
    }

    /**
     * A PNGJ writer with the export's filter and level, and the board riding in it as text before the pixels: what
     * the export wrote with before it compressed strips in parallel (the benchmarks' snapshot path still does).
     */
    static ar.com.hjg.pngj.PngWriter writer(OutputStream out, ImageInfo info, String json) {
        ar.com.hjg.pngj.PngWriter png = new ar.com.hjg.pngj.PngWriter(out, info);
        png.setShouldCloseStream(false);
        png.setFilterType(FILTER);
        png.setCompLevel(DEFLATE_LEVEL);
        png.getMetadata().queueChunk(boardText(info, json), true);
        return png;
    }

    /** Streams the picture into {@code stream}, the board's {@code json} riding in it; returns how many strips it took. */
    static int encode(BoardRaster raster, double scale, PixelArea pixels, Supplier<String> json, OutputStream stream,
                      ExportProgress progress) throws IOException, ExportException {
        int width = pixels.width();
        int height = pixels.height();
        int workers = workers(width);
        int stripRows = stripRows(width, height, workers);
        int strips = (height + stripRows - 1) / stripRows;
        boolean alpha = !raster.opaque();
        ImageInfo info = new ImageInfo(width, height, 8, alpha);
        OutputStream buffered = new BufferedOutputStream(stream, 1 << 16);
        // each worker draws and compresses whole strips with its own image and deflater; this thread lays the
        // compressed strips in order, at most `ahead` strips behind the workers (bounded memory)
        BlockingQueue<StripTools> tools = new ArrayBlockingQueue<>(workers);
        for (int i = 0; i < workers; i++) {
            tools.add(new StripTools(raster.newImage(width, stripRows), new StripDeflater()));
        }
        int ahead = workers + 1;
        ExecutorService pool = Executors.newFixedThreadPool(workers, r -> {
            Thread t = new Thread(r, "png-strips");
            t.setDaemon(true);
            return t;
        });
        List<CompletableFuture<StripDeflater.Segment>> pending = new ArrayList<>(strips);
        try {
            for (int s = 0; s < Math.min(ahead, strips); s++) {
                pending.add(strip(pool, tools, raster, scale, pixels, s, stripRows, alpha));
            }
            // the board as text goes before the pixels: written here while the workers draw the first strips
            header(buffered, info, json.get());
            IdatOutput idat = new IdatOutput(buffered);
            for (int s = 0; s < strips; s++) {
                StripDeflater.Segment segment = await(pending.get(s));
                pending.set(s, null);
                if (progress.cancelled()) {
                    throw new ExportException(Messages.get("export.cancelled"));
                }
                if (s + ahead < strips) {
                    pending.add(strip(pool, tools, raster, scale, pixels, s + ahead, stripRows, alpha));
                }
                idat.add(segment);
                progress.done((double) Math.min(height, (s + 1) * stripRows) / height);
            }
            idat.end();
            new PngChunkIEND(info).createRawChunk().writeChunk(buffered);
            buffered.flush();
            tools.forEach(t -> t.deflater().end());
        } finally {
            pool.shutdownNow();
        }
        return strips;
    }

    /**
     * How many strips are drawn and compressed at once: one a core (up to four), as many as a third of the heap
     * holds images of a strip, at least one.
     */
    static int workers(int width) {
        long stripBytes = 4L * width * Math.max(1, Math.min(MAX_STRIP_ROWS, STRIP_PIXELS / width));
        long fit = Runtime.getRuntime().maxMemory() / 3 / stripBytes;
        return (int) Math.max(1, Math.min(Math.min(Runtime.getRuntime().availableProcessors(), MAX_WORKERS), fit));
    }

    /**
     * The rows of a strip: {@link #STRIP_PIXELS} pixels, and for a small picture few enough rows that every worker
     * gets two strips (no fewer than {@link #MIN_SPLIT_ROWS} rows: a box cut across strips is drawn in each).
     */
    static int stripRows(int width, int height, int workers) {
        int rows = Math.max(1, Math.min(MAX_STRIP_ROWS, STRIP_PIXELS / width));
        if (workers > 1) {
            int shared = (height + 2 * workers - 1) / (2 * workers);
            rows = Math.min(rows, Math.max(MIN_SPLIT_ROWS, shared));
        }
        return Math.min(rows, Math.max(1, height));
    }

    /** The PNG signature, its header, and the board as text before the pixels. */
    private static void header(OutputStream out, ImageInfo info, String json) throws IOException {
        out.write(PngHelperInternal.getPngIdSignature());
        PngChunkIHDR ihdr = new PngChunkIHDR(info);
        ihdr.setCols(info.cols);
        ihdr.setRows(info.rows);
        ihdr.setBitspc(info.bitDepth);
        ihdr.setColormodel(info.alpha ? 6 : 2); // truecolour, with alpha or without
        ihdr.setCompmeth(0);
        ihdr.setFilmeth(0);
        ihdr.setInterlaced(0);
        ihdr.createRawChunk().writeChunk(out);
        // iTXt (UTF-8, compressed), before the pixels: ImageIO (PngBoard.read) stops reading chunks at the image data
        boardText(info, json).createRawChunk().writeChunk(out);
    }

    private static PngChunkITXT boardText(ImageInfo info, String json) {
        PngChunkITXT text = new PngChunkITXT(info);
        text.setKeyVal(PngBoard.KEYWORD, json);
        text.setCompressed(true);
        text.setLangtag("");
        text.setTranslatedTag("");
        return text;
    }

    /** An image to draw a strip into and the deflater to compress it with, used by one worker at a time. */
    private record StripTools(BufferedImage image, StripDeflater deflater) {
    }

    /** Draws and compresses strip {@code index} on a worker. */
    private static CompletableFuture<StripDeflater.Segment> strip(ExecutorService pool, BlockingQueue<StripTools> tools,
            BoardRaster raster, double scale, PixelArea pixels, int index, int stripRows, boolean alpha) {
        return CompletableFuture.supplyAsync(() -> {
            StripTools t = tools.remove(); // as many tools as workers: one is free
            try {
                int y = index * stripRows;
                int rows = Math.min(stripRows, pixels.height() - y);
                raster.draw(scale, pixels, 0, y, t.image());
                return t.deflater().compress(BoardRaster.pixelsOf(t.image()), pixels.width(), rows, alpha,
                        y + rows == pixels.height());
            } finally {
                tools.add(t);
            }
        }, pool);
    }

    /** One row of ARGB pixels as PNG samples: RGB, or RGBA when the picture has transparency. */
    static void toBytes(int[] argb, int from, int width, boolean alpha, byte[] into) {
        toBytes(argb, from, width, alpha, into, 0);
    }

    /** {@link #toBytes(int[], int, int, boolean, byte[])} from {@code into[at]}. */
    static void toBytes(int[] argb, int from, int width, boolean alpha, byte[] into, int at) {
        int end = from + width;
        if (alpha) {
            // ARGB to RGBA: one four-byte store a pixel
            for (int i = from, o = at; i < end; i++, o += 4) {
                int p = argb[i];
                BIG_ENDIAN_INT.set(into, o, p << 8 | p >>> 24);
            }
            return;
        }
        // RGB: a four-byte store of R, G, B and a byte the next pixel overwrites; the row's last pixel byte by byte
        int i = from;
        int o = at;
        for (int stop = Math.min(end - 1, from + (into.length - at - 1) / 3); i < stop; i++, o += 3) {
            BIG_ENDIAN_INT.set(into, o, argb[i] << 8);
        }
        for (; i < end; i++) {
            int p = argb[i];
            into[o++] = (byte) (p >>> 16);
            into[o++] = (byte) (p >>> 8);
            into[o++] = (byte) p;
        }
    }

    /** Four bytes of an array as one big-endian int: the samples of a pixel stored at once. */
    private static final VarHandle BIG_ENDIAN_INT = MethodHandles.byteArrayViewVarHandle(int[].class,
            ByteOrder.BIG_ENDIAN);

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
