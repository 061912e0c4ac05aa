package org.stageboard.export.excalidraw;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.export.excalidraw.ExcalidrawScene.Binding;
import org.stageboard.export.excalidraw.ExcalidrawScene.Bound;
import org.stageboard.export.excalidraw.ExcalidrawScene.CustomData;
import org.stageboard.export.excalidraw.ExcalidrawScene.Element;
import org.stageboard.export.excalidraw.ExcalidrawScene.Roundness;
import org.stageboard.export.excalidraw.ExcalidrawScene.StageboardData;
import org.stageboard.export.excalidraw.ExcalidrawScene.TradeOffData;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.TradeOff;
import org.stageboard.template.TextMetrics;
import org.stageboard.geom.ArrowGeometry;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.render.StageColours;

/**
 * Writes a board as an Excalidraw scene: each box a rounded rectangle in its stage colours with its text bound
 * inside, each arrow routed as on the canvas and bound to its two boxes, its label bound to it, and the board's
 * title and prompt as a text above. What a drawing cannot show (stage, ids, the fields of the text, trade-offs)
 * rides along in each element's {@code customData}, which Excalidraw keeps, so the file reads back exactly.
 */
public final class ExcalidrawWriter {
    static final String SOURCE = "https://github.com/stageboard/stageboard";
    static final double FONT_SIZE = 14;
    static final double LINE_HEIGHT = 1.25;
    /** Excalidraw's font families: 2 is its plain sans-serif (Helvetica), readable for CJK and Cyrillic too. */
    static final int FONT_FAMILY = 2;
    static final double PAD = 10;
    private static final String ARROW_COLOUR = "#546e7a";
    private static final String TEXT_COLOUR = "#1b1f23";
    static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    private ExcalidrawWriter() {
    }

    public static String write(Board board) {
        try {
            return JSON.writeValueAsString(scene(board)) + "\n";
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // records of strings, numbers and lists always serialise
        }
    }

    static ExcalidrawScene scene(Board board) {
        List<Element> elements = new ArrayList<>();
        Rect bounds = board.bounds();
        if (!board.title().isBlank() || !board.prompt().isBlank()) {
            elements.add(titleText(board, bounds == null ? 0 : bounds.x(), bounds == null ? 0 : bounds.y()));
        }
        Map<String, List<Bound>> arrowsOf = new LinkedHashMap<>();
        for (Edge e : board.edges()) {
            arrowsOf.computeIfAbsent(e.from(), k -> new ArrayList<>()).add(new Bound(arrowId(e), "arrow"));
            arrowsOf.computeIfAbsent(e.to(), k -> new ArrayList<>()).add(new Bound(arrowId(e), "arrow"));
        }
        for (Node n : board.nodes()) {
            List<Bound> bound = new ArrayList<>();
            bound.add(new Bound(boxId(n.id()) + "-text", "text"));
            bound.addAll(arrowsOf.getOrDefault(n.id(), List.of()));
            String text = shownText(n);
            double height = Math.max(n.height(), textHeight(text, n.width()) + 2 * PAD);
            elements.add(box(n, height, bound));
            elements.add(boxText(n, text));
        }
        List<Rect> obstacles = board.nodes().stream().map(Node::bounds).toList();
        Map<String, Node> byId = board.nodesById();
        for (Edge e : board.edges()) {
            Node from = byId.get(e.from());
            Node to = byId.get(e.to());
            if (from != null && to != null) {
                double[] pts = ArrowRouter.route(from.bounds(), to.bounds(), obstacles);
                elements.add(arrow(e, pts));
                if (!e.label().isBlank()) {
                    elements.add(arrowLabel(e, pts));
                }
            }
        }
        Map<String, Object> appState = new LinkedHashMap<>();
        appState.put("viewBackgroundColor", "#ffffff");
        appState.put("gridSize", 20);
        return new ExcalidrawScene("excalidraw", 2, SOURCE, elements, appState, Map.of());
    }

    /** The text a box shows in Excalidraw: its title, its answer, its trade-offs, one per line. */
    static String shownText(Node n) {
        StringBuilder sb = new StringBuilder(n.title().strip());
        if (!n.text().isBlank()) {
            sb.append("\n").append(n.text().strip());
        }
        for (TradeOff t : n.tradeoffs()) {
            if (!t.isBlank()) {
                sb.append("\n").append(TradeOffFormat.oneLine(t));
            }
        }
        return sb.toString();
    }

    static String boxId(String nodeId) {
        return "box-" + nodeId;
    }

    static String arrowId(Edge e) {
        return "arrow-" + e.id();
    }

    private static double textHeight(String text, double boxWidth) {
        int lines = Math.max(1, TextMetrics.lines(text, boxWidth - 2 * PAD, FONT_SIZE, false));
        return lines * FONT_SIZE * LINE_HEIGHT;
    }

    private static Element box(Node n, double height, List<Bound> bound) {
        StageboardData data = new StageboardData("box", n.id(), n.stage().id(), n.title(), n.text(), n.hint(),
                n.tradeoffs().stream().map(t -> new TradeOffData(t.choice(), t.over(), t.because())).toList(),
                null, null, null);
        return new Element(boxId(n.id()), "rectangle", n.x(), n.y(), n.width(), height, 0.0,
                StageColours.css(StageColours.accent(n.stage())), StageColours.css(StageColours.fill(n.stage())),
                "solid", 2.0, "solid", 0, 100, List.of(), new Roundness(3), seed(n.id()), 1, seed(n.id() + "v"), false,
                bound, false,
                null, null, null, null, null, null, null, null, null,
                null, null, null, null, null,
                new CustomData(data));
    }

    private static Element boxText(Node n, String text) {
        double w = n.width() - 2 * PAD;
        return new Element(boxId(n.id()) + "-text", "text", n.x() + PAD, n.y() + PAD, w, textHeight(text, n.width()),
                0.0, TEXT_COLOUR, "transparent", "solid", 1.0, "solid", 0, 100, List.of(), null, seed(n.id() + "t"), 1,
                seed(n.id() + "tv"), false, null, false,
                text, FONT_SIZE, FONT_FAMILY, "left", "top", boxId(n.id()), text, LINE_HEIGHT, false,
                null, null, null, null, null, null);
    }

    private static Element titleText(Board b, double x, double y) {
        String text = b.title().strip() + (b.prompt().isBlank() ? "" : "\n" + b.prompt().strip());
        int lines = (int) text.lines().count();
        double h = lines * 20 * LINE_HEIGHT;
        double w = text.lines().mapToDouble(l -> TextMetrics.width(l, 20, false)).max().orElse(100);
        StageboardData data = new StageboardData("board", null, null, b.title(), null, null, null, b.prompt(),
                b.templateId(), b.profile());
        return new Element("stageboard-title", "text", x, y - h - 30, w, h, 0.0, TEXT_COLOUR, "transparent", "solid",
                1.0, "solid", 0, 100, List.of(), null, seed("title"), 1, seed("titlev"), false, null, false,
                text, 20.0, FONT_FAMILY, "left", "top", null, text, LINE_HEIGHT, true,
                null, null, null, null, null, new CustomData(data));
    }

    private static Element arrow(Edge e, double[] pts) {
        double x0 = pts[0];
        double y0 = pts[1];
        List<double[]> rel = new ArrayList<>();
        double minX = 0, minY = 0, maxX = 0, maxY = 0;
        for (int i = 0; i + 1 < pts.length; i += 2) {
            double px = pts[i] - x0;
            double py = pts[i + 1] - y0;
            rel.add(new double[] {px, py});
            minX = Math.min(minX, px);
            maxX = Math.max(maxX, px);
            minY = Math.min(minY, py);
            maxY = Math.max(maxY, py);
        }
        List<Bound> bound = e.label().isBlank() ? List.of() : List.of(new Bound(arrowId(e) + "-label", "text"));
        StageboardData data = new StageboardData("arrow", e.id(), null, null, null, null, null, null, null, null);
        return new Element(arrowId(e), "arrow", x0, y0, maxX - minX, maxY - minY, 0.0, ARROW_COLOUR, "transparent",
                "solid", 2.0, "solid", 0, 100, List.of(), null, seed(e.id()), 1, seed(e.id() + "v"), false, bound,
                false,
                null, null, null, null, null, null, null, null, null,
                rel, new Binding(boxId(e.from()), 0.0, 1.0), new Binding(boxId(e.to()), 0.0, 1.0), null, "arrow",
                new CustomData(data));
    }

    private static Element arrowLabel(Edge e, double[] pts) {
        double[] mid = ArrowGeometry.midpoint(pts);
        String text = e.label().strip();
        double w = text.lines().mapToDouble(l -> TextMetrics.width(l, 12, false)).max().orElse(20);
        double h = text.lines().count() * 12 * LINE_HEIGHT;
        return new Element(arrowId(e) + "-label", "text", mid[0] - w / 2, mid[1] - h / 2, w, h, 0.0, "#37474f",
                "transparent", "solid", 1.0, "solid", 0, 100, List.of(), null, seed(e.id() + "l"), 1,
                seed(e.id() + "lv"), false, null, false,
                text, 12.0, FONT_FAMILY, "center", "middle", arrowId(e), text, LINE_HEIGHT, false,
                null, null, null, null, null, null);
    }

    /** A stable seed per element, so the same board always writes the same file (and diffs stay small). */
    private static long seed(String s) {
        return Integer.toUnsignedLong(s.hashCode()) % 2_000_000_000L + 1;
    }
}
