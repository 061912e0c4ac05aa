package org.stageboard.export;

import java.awt.image.BufferedImage;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * The PNG export's one-time costs paid on a spare core while the command line still reads the board: the font
 * found, Java2D's shape, text and image classes loaded and its glyph caches started, the shadow image read, zlib
 * started, by drawing and compressing a small sample board the way an export does. A fresh JVM spends a large part
 * of a small export on these; the export itself then finds them done. Nothing it does is needed: a failure here is
 * left for the export to meet and report.
 */
public final class PixelWarmUp {
    private PixelWarmUp() {
    }

    /** Starts the warm-up on a daemon thread and returns at once. */
    public static void inBackground() {
        Thread t = new Thread(PixelWarmUp::run, "png-warm-up");
        t.setDaemon(true);
        t.start();
    }

    static void run() {
        try {
            BoardRaster raster = BoardRaster.of(sample(), ExportOptions.defaults());
            PixelArea pixels = raster.pixels(1);
            BufferedImage image = raster.newImage(pixels.width(), pixels.height());
            raster.draw(1, pixels, 0, 0, image);
            StripDeflater deflater = new StripDeflater();
            deflater.compress(BoardRaster.pixelsOf(image), pixels.width(), pixels.height(), !raster.opaque(), true);
            deflater.end();
        } catch (ExportException | RuntimeException e) {
            // the export meets the same problem, if it is one, and says so
        }
    }

    /** Two boxes joined by a labelled arrow, with a body, a hint, a trade-off and Chinese and Cyrillic words. */
    static Board sample() {
        List<Node> nodes = List.of(
                new Node("a", Stage.DATA, "Data 数据 Данные", "Logs, labels and features, joined daily.", "",
                        List.of(new TradeOff("batch", List.of("streaming"), "cheaper")), 0, 0, Node.DEFAULT_WIDTH,
                        Node.DEFAULT_HEIGHT),
                new Node("b", Stage.MODEL, "", "", "What model?", List.of(), Node.DEFAULT_WIDTH + 80, 0,
                        Node.DEFAULT_WIDTH, Node.DEFAULT_HEIGHT));
        return new Board("warm-up", "", "", "", nodes, List.of(new Edge("e", "a", "b", "features")));
    }
}
