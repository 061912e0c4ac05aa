package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stageboard.UiTest;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.testfx.api.FxToolkit;

/**
 * The PNG (Java2D, {@link BoardRaster}) looks like the canvas: the same boards in English, Chinese and Russian drawn
 * both ways, the canvas's own views snapshotted in headless Monocle ({@link StagedBoard}) and the PNG painter, come
 * out the same size within a few pixels and close to the eye.
 *
 * <p>"To the eye": both pictures are averaged over blocks of 4 x 4 pixels (about what a glance at 1x resolves:
 * glyphs are drawn by two different rasterisers, so single pixels of text always differ, while a box, a colour, a
 * line of text or an arrow out of place moves whole blocks) and compared block by block. Measured on these boards
 * at 1x and 2x: a mean difference of 0.93-1.18 levels (of 255) a channel and 0.56-0.99% of blocks more than 32
 * levels apart. The thresholds, 2 levels and 1.5%, sit 1.5-2x above that and below what a visible mistake costs:
 * the control case moves one box by 12 units (a shift anyone sees; 2.3 levels and 2.3% on the English board, more
 * on the others), which the same metric must reject.
 */
@UiTest
class PngMatchesCanvasTest {
    static final int BLOCK = 4;
    static final double MAX_MEAN = 2.0;
    static final double MAX_FAR_BLOCKS = 0.015;
    static final int FAR = 32;
    private static final Path OUT = Path.of("target", "png-vs-canvas");

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
        Files.createDirectories(OUT);
    }

    static Stream<Arguments> boards() {
        return Stream.of(Arguments.of("en", TestBoards.grid(9)), Arguments.of("zh", TestBoards.chinese()),
                Arguments.of("ru", TestBoards.russian()), Arguments.of("mixed", TestBoards.multilingual()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void thePngLooksLikeTheCanvas(String name, Board board) throws Exception {
        for (int scale : new int[] {1, 2}) {
            ExportOptions options = ExportOptions.defaults().withScale(scale);
            BufferedImage canvas = canvas(board, options);
            BufferedImage png = png(board, options);
            ImageIO.write(canvas, "png", OUT.resolve(name + "-" + scale + "x-canvas.png").toFile());
            ImageIO.write(png, "png", OUT.resolve(name + "-" + scale + "x-png.png").toFile());
            assertEquals(canvas.getWidth(), png.getWidth(), 3.0 * scale, name + " width");
            assertEquals(canvas.getHeight(), png.getHeight(), 3.0 * scale, name + " height");
            Difference d = Difference.of(canvas, png);
            System.out.printf(Locale.ROOT, "%s %dx: %s%n", name, scale, d);
            assertTrue(d.mean() <= MAX_MEAN && d.farShare() <= MAX_FAR_BLOCKS, name + " " + scale + "x: " + d);
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("boards")
    void theMetricSeesABoxMovedByTwelveUnits(String name, Board board) throws Exception {
        ExportOptions options = ExportOptions.defaults();
        Node first = board.nodes().get(0);
        // moved right and down, inside the picture, so the picture's size stays the same
        Board moved = board.withNodes(Stream.concat(Stream.of(first.withBounds(first.x() + 12, first.y() + 12,
                first.width(), first.height())), board.nodes().stream().skip(1)).toList());
        Difference d = Difference.of(canvas(board, options), png(moved, options));
        assertTrue(d.mean() > MAX_MEAN || d.farShare() > MAX_FAR_BLOCKS, name + ": a moved box must show: " + d);
    }

    static BufferedImage canvas(Board board, ExportOptions options) throws Exception {
        return FxThread.call(() -> {
            StagedBoard staged = StagedBoard.of(board, options);
            PixelArea px = staged.pixels(options.scale());
            BufferedImage out = new BufferedImage(px.width(), px.height(), BufferedImage.TYPE_INT_ARGB);
            int[] argb = new int[px.width() * px.height()];
            staged.drawRows(options.scale(), px, 0, px.height(), 4096, argb);
            out.setRGB(0, 0, px.width(), px.height(), argb, 0, px.width());
            return out;
        });
    }

    static BufferedImage png(Board board, ExportOptions options) throws Exception {
        BoardRaster raster = BoardRaster.of(board, options);
        PixelArea px = raster.pixels(options.scale());
        BufferedImage out = raster.newImage(px.width(), px.height());
        raster.draw(options.scale(), px, 0, 0, out);
        return out;
    }

    /** How far two pictures are apart, block by block over the area both cover. */
    record Difference(double mean, double farShare) {
        static Difference of(BufferedImage a, BufferedImage b) {
            int w = Math.min(a.getWidth(), b.getWidth()) / BLOCK;
            int h = Math.min(a.getHeight(), b.getHeight()) / BLOCK;
            double sum = 0;
            int far = 0;
            for (int by = 0; by < h; by++) {
                for (int bx = 0; bx < w; bx++) {
                    int[] ma = block(a, bx, by);
                    int[] mb = block(b, bx, by);
                    int worst = 0;
                    for (int c = 0; c < 3; c++) {
                        int diff = Math.abs(ma[c] - mb[c]);
                        sum += diff;
                        worst = Math.max(worst, diff);
                    }
                    if (worst > FAR) {
                        far++;
                    }
                }
            }
            return new Difference(sum / (3.0 * w * h), (double) far / (w * h));
        }

        private static int[] block(BufferedImage img, int bx, int by) {
            int[] sum = new int[3];
            for (int y = by * BLOCK; y < by * BLOCK + BLOCK; y++) {
                for (int x = bx * BLOCK; x < bx * BLOCK + BLOCK; x++) {
                    int p = img.getRGB(x, y);
                    sum[0] += p >> 16 & 0xff;
                    sum[1] += p >> 8 & 0xff;
                    sum[2] += p & 0xff;
                }
            }
            for (int c = 0; c < 3; c++) {
                sum[c] /= BLOCK * BLOCK;
            }
            return sum;
        }

        @Override
        public String toString() {
            return String.format(Locale.ROOT, "mean %.2f levels a channel, %.2f%% of %dx%d blocks more than %d apart",
                    mean, 100 * farShare, BLOCK, BLOCK, FAR);
        }
    }
}
