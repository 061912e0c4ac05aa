package org.stageboard.export;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Locale;
import javafx.geometry.Rectangle2D;
import javafx.scene.Group;
import javafx.scene.Scene;
import javafx.scene.SnapshotParameters;
import javafx.scene.image.WritableImage;
import javafx.scene.paint.Color;
import org.stageboard.model.Board;
import org.stageboard.ui.render.BoardView;

/**
 * Export time for a 50-box and a 500-box board at 2x, as a ratio to a baseline measured in the same run:
 * snapshotting an empty BoardView into an image of the same pixel size with the same tiles. The ratio is what
 * drawing the boxes and arrows (and building the offscreen scene) costs on top of pushing the pixels at all,
 * so it stays comparable across machines.
 *
 * <p>Run with the other benchmarks: {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none}
 * (or this main on the test class path).
 */
public final class ExportBenchmark {
    private static final int RUNS = 5;

    private ExportBenchmark() {
    }

    public static void main(String[] args) throws Exception {
        Path tmp = Files.createTempDirectory("export-bench");
        System.out.printf(Locale.ROOT, "%-6s %-13s %-6s %-11s %-12s %-7s %s%n", "boxes", "image", "tiles",
                "render ms", "baseline ms", "ratio", "render+png ms");
        // everything runs on the FX thread, inside one toolkit start (renderAndWait then calls straight through)
        HeadlessToolkit.run(() -> {
            measure(tmp);
            return null;
        });
        Files.deleteIfExists(tmp);
    }

    private static void measure(Path tmp) throws Exception {
        for (int boxes : new int[] {50, 500}) {
            Board board = TestBoards.grid(boxes);
            ExportOptions options = ExportOptions.defaults().withScale(2);
            BoardImageRenderer renderer = new BoardImageRenderer();
            ExportResult[] last = new ExportResult[1];
            double render = medianMillis(() -> last[0] = renderer.renderAndWait(board, options));
            int w = last[0].width();
            int h = last[0].height();
            double baseline = medianMillis(() -> emptySnapshot(w, h));
            Path png = tmp.resolve("bench.png");
            double withPng = medianMillis(() -> PngWriter.write(renderer.renderAndWait(board, options).image(), png));
            System.out.printf(Locale.ROOT, "%-6d %-13s %-6d %-11.0f %-12.0f %-7.1f %.0f%n", boxes, w + "x" + h,
                    last[0].tiles(), render, baseline, render / baseline, withPng);
            if (last[0].hasWarning()) {
                System.out.println("       note: " + last[0].warning());
            }
        }
        Files.deleteIfExists(tmp.resolve("bench.png"));
    }

    /** The same snapshot work with nothing to draw: an empty BoardView, same size, same tiles. */
    private static WritableImage emptySnapshot(int width, int height) {
        BoardView view = new BoardView();
        Scene scene = new Scene(new Group(view));
        scene.getStylesheets().add(BoardView.STYLESHEET);
        view.show(Board.empty());
        SnapshotParameters params = new SnapshotParameters();
        params.setFill(Color.WHITE);
        WritableImage into = new WritableImage(width, height);
        int tile = BoardImageRenderer.DEFAULT_TILE;
        for (int ty = 0; ty < height; ty += tile) {
            for (int tx = 0; tx < width; tx += tile) {
                int w = Math.min(tile, width - tx);
                int h = Math.min(tile, height - ty);
                params.setViewport(new Rectangle2D(tx, ty, w, h));
                WritableImage part = view.snapshot(params, null);
                into.getPixelWriter().setPixels(tx, ty, w, h, part.getPixelReader(), 0, 0);
            }
        }
        return into;
    }

    private interface Work {
        void run() throws Exception;
    }

    /** One warm-up, then the median of {@link #RUNS} timed runs. */
    private static double medianMillis(Work work) throws Exception {
        work.run();
        double[] ms = new double[RUNS];
        for (int i = 0; i < RUNS; i++) {
            long t0 = System.nanoTime();
            work.run();
            ms[i] = (System.nanoTime() - t0) / 1e6;
        }
        Arrays.sort(ms);
        return ms[RUNS / 2];
    }
}
