package org.stageboard.template;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.Stage;

/**
 * Places the eight stage boxes as a snake of two rows, so every pipeline arrow joins neighbours:
 * <pre>
 *   requirements → framing → data → features
 *                                       ↓
 *   monitoring  ← serving  ← evaluation ← model
 * </pre>
 * (the feedback arrow runs from monitoring back up to data). Boxes in a row share one height, each column one
 * width; columns start at {@link #MIN_BOX_WIDTH} and the column holding the tallest box widens until the diagram
 * fits {@link #SCREEN} or the width runs out. Sizes come from {@link TextMetrics}, so no text is ever cut off:
 * when even the widest layout cannot hold the text (far beyond the template schema's limits) the diagram grows
 * downwards past the screen rather than hide text; {@link #fitsScreen} tells.
 */
public final class PipelineLayout {
    /** The area the diagram must fit: a 1600x1000 window at 100% zoom, less a 20px margin (40 at the bottom). */
    public static final Rect SCREEN = new Rect(20, 20, 1560, 940);
    public static final double COLUMN_GAP = 56;
    public static final double ROW_GAP = 72;
    public static final double MIN_BOX_WIDTH = Node.DEFAULT_WIDTH;
    private static final double WIDEN_STEP = 10;
    private static final int COLUMNS = 4;

    private PipelineLayout() {
    }

    /** Row (0 top, 1 bottom) and column of each stage in the snake. */
    static int row(Stage s) {
        return s.ordinal() < COLUMNS ? 0 : 1;
    }

    static int column(Stage s) {
        int i = Stage.pipeline().indexOf(s);
        return i < COLUMNS ? i : 2 * COLUMNS - 1 - i;
    }

    /**
     * Sizes and places the first box of each pipeline stage; other boxes (notes, second boxes of a stage) are left
     * where they are.
     */
    public static Board apply(Board board) {
        Map<Stage, Node> boxes = new EnumMap<>(Stage.class);
        for (Node n : board.nodes()) {
            if (n.stage().isPipeline()) {
                boxes.putIfAbsent(n.stage(), n);
            }
        }
        double[] widths = new double[COLUMNS];
        java.util.Arrays.fill(widths, MIN_BOX_WIDTH);
        double maxTotalWidth = SCREEN.width() - (COLUMNS - 1) * COLUMN_GAP;
        double[] rowHeights = rowHeights(boxes, widths);
        while (rowHeights[0] + ROW_GAP + rowHeights[1] > SCREEN.height()
                && sum(widths) + WIDEN_STEP <= maxTotalWidth) {
            widths[column(tallest(boxes, widths))] += WIDEN_STEP;
            rowHeights = rowHeights(boxes, widths);
        }
        List<Node> out = new ArrayList<>(board.nodes().size());
        for (Node n : board.nodes()) {
            if (boxes.get(n.stage()) == n) {
                int c = column(n.stage());
                int r = row(n.stage());
                double x = SCREEN.x();
                for (int k = 0; k < c; k++) {
                    x += widths[k] + COLUMN_GAP;
                }
                double y = SCREEN.y() + (r == 0 ? 0 : rowHeights[0] + ROW_GAP);
                out.add(n.withBounds(x, y, widths[c], rowHeights[r]));
            } else {
                out.add(n);
            }
        }
        return board.withNodes(out);
    }

    /** True when every box of the board lies inside {@link #SCREEN}. */
    public static boolean fitsScreen(Board board) {
        return board.nodes().stream().allMatch(n -> SCREEN.contains(n.bounds()));
    }

    private static double[] rowHeights(Map<Stage, Node> boxes, double[] widths) {
        double[] h = {Node.MIN_HEIGHT, Node.MIN_HEIGHT};
        for (Node n : boxes.values()) {
            int r = row(n.stage());
            h[r] = Math.max(h[r], TextMetrics.requiredHeight(n, widths[column(n.stage())]));
        }
        return h;
    }

    private static Stage tallest(Map<Stage, Node> boxes, double[] widths) {
        Stage best = Stage.REQUIREMENTS;
        double most = -1;
        for (Node n : boxes.values()) {
            double h = TextMetrics.requiredHeight(n, widths[column(n.stage())]);
            if (h > most) {
                most = h;
                best = n.stage();
            }
        }
        return best;
    }

    private static double sum(double[] a) {
        double s = 0;
        for (double d : a) {
            s += d;
        }
        return s;
    }
}
