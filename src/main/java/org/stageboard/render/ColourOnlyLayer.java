package org.stageboard.render;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.scene.canvas.Canvas;
import javafx.scene.canvas.GraphicsContext;
import javafx.scene.paint.Color;
import javafx.scene.paint.Paint;
import javafx.scene.shape.Path;
import javafx.scene.transform.Scale;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;

/**
 * A board zoomed far out ({@link BoxView.Detail#BLANK}, boxes a few pixels high) painted on one {@link Canvas} the
 * size of the visible area, in screen pixels: each box a rectangle of its stage's colours, each arrow a line. The
 * software renderer paints a node's background, border and bounds for each of 2,000 box views and 2,000 arrow views
 * on every frame of a pan; the canvas is one image, repainted only when the view or what it shows changes, and a
 * dragged box's frame copies the part of it under the box. (A {@code Path} of 2,000 rectangles was tried first: the
 * software pipeline rasterised it whole for every region repainted over it, seconds a frame.)
 * <p>
 * The views stay (they hold the routes, the selection and a drag's bitmap) but are hidden, except those
 * {@link BoardView} keeps in sight: selected and moving boxes and their arrows, which then change without
 * repainting the canvas. The arrows' colour is read off a hidden path styled as an arrow, so it follows the theme.
 */
final class ColourOnlyLayer {
    /** Past this many pixels a side the canvas is not grown further (a board shown whole without a visible area). */
    private static final int MAX_SIDE = 8192;

    final Canvas canvas = new Canvas();
    /** Styled like an arrow's line, never drawn: the canvas draws arrows in its stroke. */
    final Path arrowStyle = new Path();
    private final Scale toBoard = new Scale(1, 1, 0, 0);

    private List<Node> nodes = List.of();
    private Map<String, double[]> routes = Map.of();
    /** The part of the board on screen (null: all of it), and the part the canvas covers. */
    private Rect visible;
    private Rect area;
    private double zoom = 1;

    ColourOnlyLayer() {
        canvas.setMouseTransparent(true);
        canvas.getTransforms().add(toBoard);
        arrowStyle.getStyleClass().add("edge-path");
        arrowStyle.setVisible(false);
        arrowStyle.setManaged(false);
        arrowStyle.strokeProperty().addListener((o, was, is) -> paint());
    }

    /**
     * Paints {@code nodes} and the arrows along {@code routes} (by edge id, in drawing order; x0, y0, x1, y1, ...),
     * unless that is what the canvas shows already. With {@code holdRoutes} (boxes are being dragged) an arrow keeps
     * the route it is painted with until the drop, even if the dragged box makes it re-route: a bend of a pixel or
     * two at this zoom, not worth repainting the canvas for on every step of the drag.
     */
    void show(List<Node> nodes, Map<String, double[]> routes, boolean holdRoutes) {
        if (sameAs(nodes, routes, holdRoutes)) {
            return;
        }
        this.nodes = List.copyOf(nodes);
        this.routes = new LinkedHashMap<>(routes);
        paint();
    }

    /** The part of the board on screen, or null (no visible area: the whole board). */
    void visibleArea(Rect visible) {
        view(visible, zoom);
    }

    /** The zoom the board is shown at. */
    void zoom(double zoom) {
        view(visible, zoom);
    }

    /**
     * The canvas covers a margin of a quarter of the view around it, so a pan moves the image and repaints it only
     * once it has moved that far: repainting 2,000 boxes on every frame of a pan was slower than the views it replaced.
     */
    private void view(Rect visible, double zoom) {
        this.visible = visible;
        boolean covered = visible != null ? area != null && area.contains(visible) : area == null;
        if (zoom == this.zoom && covered) {
            return;
        }
        this.area = visible == null ? null : visible.inflate(Math.max(visible.width(), visible.height()) / 4);
        this.zoom = zoom;
        paint();
    }

    /** The boxes painted, in painting order. */
    List<Node> nodes() {
        return nodes;
    }

    /** The arrows painted: their routes by edge id. */
    Map<String, double[]> routes() {
        return routes;
    }

    private void paint() {
        GraphicsContext g = canvas.getGraphicsContext2D();
        if (nodes.isEmpty() && routes.isEmpty()) {
            canvas.setWidth(0);
            canvas.setHeight(0);
            return;
        }
        Rect r = area != null ? area : bounds();
        double scale = Math.min(zoom, MAX_SIDE / Math.max(1, Math.max(r.width(), r.height())));
        canvas.setWidth(Math.ceil(r.width() * scale));
        canvas.setHeight(Math.ceil(r.height() * scale));
        canvas.setLayoutX(r.x());
        canvas.setLayoutY(r.y());
        toBoard.setX(1 / scale);
        toBoard.setY(1 / scale);
        g.clearRect(0, 0, canvas.getWidth(), canvas.getHeight());
        for (Node n : nodes) {
            Rect b = n.bounds();
            if (!b.intersects(r)) {
                continue;
            }
            // in whole screen pixels, so the one-pixel border is crisp: the stage's strong colour around its light
            // body, as the box view's border draws it
            double x0 = Math.round((b.x() - r.x()) * scale);
            double y0 = Math.round((b.y() - r.y()) * scale);
            double w = Math.max(1, Math.round((b.maxX() - r.x()) * scale) - x0);
            double h = Math.max(1, Math.round((b.maxY() - r.y()) * scale) - y0);
            g.setFill(StagePalette.accent(n.stage()));
            g.fillRect(x0, y0, w, h);
            if (w > 3 && h > 3) {
                g.setFill(StagePalette.fill(n.stage()));
                g.fillRect(x0 + 1, y0 + 1, w - 2, h - 2);
            }
        }
        g.setTransform(scale, 0, 0, scale, -r.x() * scale, -r.y() * scale);
        double pixel = 1 / scale;
        Paint line = arrowStyle.getStroke();
        g.setStroke(line != null ? line : Color.GREY);
        g.setLineWidth(pixel);
        for (double[] route : routes.values()) {
            for (int i = 2; i + 1 < route.length; i += 2) {
                g.strokeLine(route[i - 2], route[i - 1], route[i], route[i + 1]);
            }
        }
        g.setTransform(1, 0, 0, 1, 0, 0);
    }

    /** Around every box and arrow painted (an arrow may bend outside its boxes), at least a unit each way. */
    private Rect bounds() {
        List<Rect> parts = new ArrayList<>();
        nodes.forEach(n -> parts.add(n.bounds()));
        routes.values().forEach(r -> parts.add(ArrowRouter.pathBounds(r)));
        Rect r = Rect.around(parts);
        return new Rect(r.x(), r.y(), Math.max(1, r.width()), Math.max(1, r.height()));
    }

    private boolean sameAs(List<Node> next, Map<String, double[]> nextRoutes, boolean holdRoutes) {
        if (next.size() != nodes.size() || !nextRoutes.keySet().equals(routes.keySet())) {
            return false;
        }
        for (int i = 0; i < next.size(); i++) {
            // boards share unchanged boxes, so a box not moved is the same object
            if (next.get(i) != nodes.get(i)) {
                return false;
            }
        }
        return holdRoutes || nextRoutes.entrySet().stream().allMatch(e -> Arrays.equals(e.getValue(), routes.get(e.getKey())));
    }
}
