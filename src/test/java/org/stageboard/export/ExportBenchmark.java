package org.stageboard.export;

import ar.com.hjg.pngj.FilterType;
import ar.com.hjg.pngj.ImageInfo;
import ar.com.hjg.pngj.ImageLineByte;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.util.Arrays;
import java.util.Locale;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.PixelFormat;
import javafx.scene.image.WritableImage;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;

/**
 * PNG export time, render and encode in-process (no disk, as Excalidraw's exportToBlob is measured), on grid boards
 * of 40, 500 and 2,000 boxes at 1x, 2x and 3x, each next to baselines measured in the same run:
 * <ul>
 *   <li>{@code views}: the export before it drew with the Java2D painter, in the same process: the canvas's views
 *       snapshotted strip by strip on the JavaFX thread and streamed with PNGJ ({@link SnapshotPngStream});</li>
 *   <li>{@code empty}: snapshotting an empty board into strips of the same pixel size (pushing the pixels at all).</li>
 * </ul>
 * The encoder table times PNGJ's row filters and deflate levels against ImageIO on one image: it is how
 * {@link PngStream#FILTER} and {@link PngStream#DEFLATE_LEVEL} were chosen. The last row, 2,000 boxes at 3x
 * (40,404 x 29,604 px, 1.2 gigapixels), prints the peak heap the streaming export used, against the JVM's
 * maximum heap.
 *
 * <p>Run: {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none -Dtest='ExportBenchmark*'}.
 * Excalidraw's figures on the same boards: {@link ExcalidrawComparison} (needs Node and Chromium).
 */
public final class ExportBenchmark {
    private static final int RUNS = 3;
    /** Above this many pixels a case is timed once (after the smaller cases warmed the code up). */
    private static final long ONE_RUN_ABOVE = 40_000_000L;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        // the streaming export works from this thread and hands the drawing to the FX thread, as the window does
        HeadlessToolkit.runBeside(() -> {
            encoders();
            exports(args.length > 0 ? Arrays.stream(args).mapToInt(Integer::parseInt).toArray()
                    : new int[] {40, 500, 2000});
            return null;
        });
    }

    private static void exports(int[] sizes) throws Exception {
        System.out.printf(Locale.ROOT, "%n%-6s %-3s %-15s %9s %9s %9s %9s %8s %9s %9s%n", "boxes", "x",
                "image", "new ms", "views ms", "views/new", "empty ms", "new/empty", "new KB", "views KB");
        Path boards = Path.of(System.getProperty("excalidraw.boards", "target/excalidraw-bench"));
        Files.createDirectories(boards);
        for (int boxes : sizes) {
            Board board = TestBoards.grid(boxes);
            // the same board for src/test/excalidraw/export-bench.mjs, which times Excalidraw's exportToBlob on it
            Files.writeString(boards.resolve("grid-" + boxes + ".excalidraw"),
                    org.stageboard.export.excalidraw.ExcalidrawWriter.write(board));
            for (int scale = 1; scale <= ExportOptions.MAX_SCALE; scale++) {
                ExportOptions options = ExportOptions.defaults().withScale(scale);
                PixelArea size = BoardRaster.of(board, options).pixels(options.scale());
                int runs = size.count() > ONE_RUN_ABOVE ? 1 : RUNS;
                boolean huge = boxes >= 2000 && scale == ExportOptions.MAX_SCALE;
                if (huge) {
                    resetPeaks();
                }
                Counting newBytes = new Counting();
                PngStream.Written[] written = new PngStream.Written[1];
                double fresh = medianMillis(runs, () -> {
                    newBytes.reset();
                    written[0] = PngStream.encode(board, options, newBytes, ExportProgress.NONE);
                });
                long peak = huge ? peakHeap() : 0;
                double empty = medianMillis(runs, () -> emptyStrips(size));
                Counting viewBytes = new Counting();
                double views = medianMillis(runs, () -> {
                    viewBytes.reset();
                    SnapshotPngStream.encode(board, options, viewBytes, ExportProgress.NONE);
                });
                System.out.printf(Locale.ROOT, "%-6d %-3d %-15s %9.0f %9.0f %9.2f %9.0f %8.2f %9d %9d%n",
                        boxes, scale, written[0].width() + "x" + written[0].height(), fresh, views, views / fresh,
                        empty, fresh / empty, newBytes.count / 1024, viewBytes.count / 1024);
                if (huge) {
                    System.out.printf(Locale.ROOT,
                            "       peak heap during the %.0f MP export: %d MB (max heap %d MB)%n",
                            size.count() / 1e6, peak >> 20, Runtime.getRuntime().maxMemory() >> 20);
                }
            }
        }
    }

    /** PNGJ's filters and levels against ImageIO on the 500-box board at 2x: time and size. */
    private static void encoders() throws Exception {
        Board board = TestBoards.grid(500);
        ExportOptions options = ExportOptions.defaults().withScale(2);
        WritableImage image = FxThread.call(() -> new BoardImageRenderer().render(board, options)).image();
        int w = (int) image.getWidth();
        int h = (int) image.getHeight();
        int[] argb = new int[w * h];
        image.getPixelReader().getPixels(0, 0, w, h, PixelFormat.getIntArgbInstance(), argb, 0, w);
        BufferedImage awt = SwingFXUtils.fromFXImage(image, new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB));
        System.out.printf(Locale.ROOT, "%nencoder on %dx%d (500 boxes, 2x)%n%-24s %9s %9s%n", w, h, "", "ms", "KB");
        long[] size = new long[1];
        double imageio = medianMillis(RUNS, () -> size[0] = PngBoard.encode(awt, null).length);
        System.out.printf(Locale.ROOT, "%-24s %9.0f %9d%n", "ImageIO (old)", imageio, size[0] / 1024);
        FilterType[] filters = {FilterType.FILTER_NONE, FilterType.FILTER_SUB, FilterType.FILTER_UP,
            FilterType.FILTER_PAETH};
        for (FilterType f : filters) {
            for (int level : f == FilterType.FILTER_NONE ? new int[] {1, 4, 6} : new int[] {1}) {
                Counting out = new Counting();
                double ms = medianMillis(RUNS, () -> {
                    out.reset();
                    pngj(argb, w, h, f, level, out);
                });
                System.out.printf(Locale.ROOT, "%-24s %9.0f %9d%s%n", "PNGJ " + f.name().substring(7).toLowerCase(
                        Locale.ROOT) + " level " + level, ms, out.count / 1024,
                        f == PngStream.FILTER && level == PngStream.DEFLATE_LEVEL ? "   <- used" : "");
            }
        }
    }

    private static void pngj(int[] argb, int w, int h, FilterType filter, int level, OutputStream out) {
        ImageInfo info = new ImageInfo(w, h, 8, false);
        ar.com.hjg.pngj.PngWriter png = new ar.com.hjg.pngj.PngWriter(out, info);
        png.setFilterType(filter);
        png.setCompLevel(level);
        ImageLineByte line = new ImageLineByte(info);
        for (int y = 0; y < h; y++) {
            PngStream.toBytes(argb, y * w, w, false, line.getScanline());
            png.writeRow(line);
        }
        png.end();
    }

    /** The same strips of snapshots with nothing to draw: an empty board, same pixel size, same tiles. */
    private static void emptyStrips(PixelArea size) throws Exception {
        Board one = TestBoards.grid(1);
        int rows = Math.max(1, Math.min(SnapshotPngStream.TILE, SnapshotPngStream.STRIP_PIXELS / size.width()));
        int[] into = new int[rows * size.width()];
        StagedBoard staged = FxThread.call(() -> StagedBoard.of(one, ExportOptions.defaults()));
        // a viewport far from the one box: every snapshot is background only
        PixelArea away = new PixelArea(size.originX() + 1_000_000, size.originY() + 1_000_000, size.width(),
                size.height());
        for (int y = 0; y < size.height(); y += rows) {
            int r = Math.min(rows, size.height() - y);
            int at = y;
            FxThread.call(() -> staged.drawRows(1, away, at, r, SnapshotPngStream.TILE, into));
        }
    }

    private static void resetPeaks() {
        System.gc();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
            }
        }
    }

    /** The sum of the heap pools' peaks since {@link #resetPeaks}: an upper bound of the heap in use at once. */
    private static long peakHeap() {
        long sum = 0;
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                sum += pool.getPeakUsage().getUsed();
            }
        }
        return sum;
    }

    /** An output stream that only counts, so encoding is measured without the disk. */
    private static final class Counting extends OutputStream {
        long count;

        void reset() {
            count = 0;
        }

        @Override
        public void write(int b) {
            count++;
        }

        @Override
        public void write(byte[] b, int off, int len) {
            count += len;
        }
    }

    private interface Work {
        void run() throws Exception;
    }

    /** One warm-up, then the median of {@code runs} timed runs (no warm-up when timed once). */
    private static double medianMillis(int runs, Work work) throws Exception {
        if (runs > 1) {
            work.run();
        }
        double[] ms = new double[runs];
        for (int i = 0; i < runs; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[runs / 2];
    }
}
