package org.stageboard.export.vector;

import java.awt.Font;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.Path2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.stageboard.geom.ArrowGeometry;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.render.ArrowView;

/**
 * Where the exports draw a board's arrows: each routed as the canvas routes it ({@link ArrowRouter}, around the
 * other boxes), its head, and its label's box beside the line as {@code ArrowView} places it (above a horizontal
 * run, right of a vertical one), sized as board.css sizes the label.
 */
final class ArrowLayout {
    /** A label's insets: board.css's padding (1 5) plus its 1 px border. */
    static final double LABEL_INSET_X = 6;
    static final double LABEL_INSET_Y = 2;

    private ArrowLayout() {
    }

    /** An arrow's path and head as the canvas routes it, what it covers, and its label's box beside the line. */
    record ArrowShape(Path2D path, Shape head, Rect bounds, Rect label, List<String> labelLines) {
    }

    /** Every arrow of {@code content} whose two boxes it holds, with labels in {@code labelFont} lines {@code pitch} apart. */
    static List<ArrowShape> shapes(Board content, Font labelFont, FontRenderContext frc, double pitch) {
        List<Rect> obstacles = content.nodes().stream().map(Node::bounds).toList();
        Map<String, Node> byId = content.nodesById();
        List<ArrowShape> out = new ArrayList<>();
        for (Edge e : content.edges()) {
            Node from = byId.get(e.from());
            Node to = byId.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            double[] pts = ArrowRouter.route(from.bounds(), to.bounds(), obstacles);
            Path2D.Double path = new Path2D.Double();
            path.moveTo(pts[0], pts[1]);
            for (int i = 2; i + 1 < pts.length; i += 2) {
                path.lineTo(pts[i], pts[i + 1]);
            }
            int n = pts.length;
            Double[] h = ArrowGeometry.head(new double[] {pts[n - 4], pts[n - 3], pts[n - 2], pts[n - 1]},
                    ArrowView.HEAD_LENGTH, ArrowView.HEAD_WIDTH);
            Path2D.Double head = new Path2D.Double();
            head.moveTo(h[0], h[1]);
            head.lineTo(h[2], h[3]);
            head.lineTo(h[4], h[5]);
            head.closePath();
            Rect bounds = ArrowRouter.pathBounds(pts).inflate(ArrowView.HEAD_WIDTH + 2);
            Rect label = null;
            List<String> labelLines = List.of();
            if (!e.label().isBlank()) {
                labelLines = List.of(e.label().split("\n", -1));
                double w = labelLines.stream().mapToDouble(l -> labelFont.getStringBounds(l, frc).getWidth()).max()
                        .orElse(0) + 2 * LABEL_INSET_X;
                double lh = labelLines.size() * pitch + 2 * LABEL_INSET_Y;
                double[] mid = ArrowGeometry.midpoint(pts);
                // beside the line, as ArrowView places it: above a horizontal run, right of a vertical one
                label = ArrowGeometry.isHorizontalAt(pts, mid)
                        ? new Rect(mid[0] - w / 2, mid[1] - lh - ArrowView.LABEL_GAP, w, lh)
                        : new Rect(mid[0] + ArrowView.LABEL_GAP + 1, mid[1] - lh / 2, w, lh);
            }
            out.add(new ArrowShape(path, head, bounds, label, labelLines));
        }
        return out;
    }

}
