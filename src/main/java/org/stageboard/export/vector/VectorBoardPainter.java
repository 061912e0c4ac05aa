package org.stageboard.export.vector;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.geom.AffineTransform;
import java.awt.font.LineMetrics;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stageboard.export.ExportOptions;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.TradeOff;
import org.stageboard.geom.ArrowGeometry;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.render.StagePalette;

/**
 * Draws a board on any {@link Graphics2D} (SVG and PDF) the way the canvas's {@code BoxView} and
 * {@code ArrowView} draw it: the same stage colours, sizes, paddings and fonts as {@code board.css}, arrows
 * routed by the same {@link ArrowRouter}, labels above the boxes, text wrapped to the box and drawn as strings.
 * One fixed font-render context measures text, so SVG and PDF wrap alike.
 */
public final class VectorBoardPainter {
    /** Metrics as a vector device sees them: no pixel hinting, fractional advances. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    // sizes and colours from board.css
    private static final double PAD_TOP = 6;
    private static final double PAD = 10;
    private static final double GAP = 4;
    private static final double TRADEOFF_GAP = 3;
    private static final double RADIUS = 7;
    private static final Color TITLE = new Color(0x1b1f23);
    private static final Color TEXT = new Color(0x2d333a);
    private static final Color HINT = new Color(0x8a9099);
    private static final double HEAD_LENGTH = 12;
    private static final double HEAD_WIDTH = 7;
    /** SVG writers round font sizes to whole numbers; text is drawn this many times larger and scaled back. */
    private final float textScale;

    private final Font chipFont;
    private final Font titleFont;
    private final Font textFont;
    private final Font hintFont;
    private final Font tradeoffFont;
    private final Font labelFont;

    /**
     * @param textScale 10 for SVG (sizes such as 12.5 px survive as 125 scaled by 0.1), 1 for PDF
     */
    public VectorBoardPainter(Font base, float textScale) {
        this.textScale = textScale;
        chipFont = base.deriveFont(Font.BOLD, 9.5f);
        titleFont = base.deriveFont(Font.BOLD, 14f);
        textFont = base.deriveFont(Font.PLAIN, 12.5f);
        hintFont = base.deriveFont(Font.ITALIC, 12.5f);
        tradeoffFont = base.deriveFont(Font.PLAIN, 11.5f);
        labelFont = base.deriveFont(Font.PLAIN, 11f);
    }

    /** The drawn area: the boxes and arrow labels plus the padding. */
    public Rect area(Board content, ExportOptions options) {
        List<Rect> parts = new ArrayList<>();
        content.nodes().forEach(n -> parts.add(n.bounds()));
        for (ArrowShape a : arrows(content)) {
            if (a.label != null) {
                parts.add(a.label);
            }
        }
        return Rect.around(parts).inflate(options.padding());
    }

    /** Paints {@code content} so that {@code area}'s top-left corner lands on the graphics' origin. */
    public void paint(Graphics2D g, Board content, ExportOptions options, Rect area) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        boolean dark = options.background() == ExportOptions.Background.DARK;
        if (options.background().css() != null) {
            g.setColor(Color.decode(options.background().css()));
            g.fill(new Rectangle2D.Double(0, 0, area.width(), area.height()));
        }
        g.translate(-area.x(), -area.y());
        List<ArrowShape> arrows = arrows(content);
        Color arrowColour = new Color(dark ? 0xb0bec5 : 0x546e7a);
        for (ArrowShape a : arrows) {
            g.setColor(arrowColour);
            g.setStroke(new BasicStroke(1.8f, BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
            g.draw(a.path);
            g.fill(a.head);
        }
        for (Node n : content.nodes()) {
            box(g, n, options.background().css() == null ? null : Color.decode(options.background().css()));
        }
        for (ArrowShape a : arrows) {
            if (a.label != null) {
                label(g, a, dark);
            }
        }
        g.translate(area.x(), area.y());
    }

    /**
     * Where layers overlap, colours are mixed here and drawn opaque when what lies under them is known (some SVG
     * renderers ignore opacity).
     */
    private void box(Graphics2D g, Node n, Color background) {
        Color accent = awt(StagePalette.accent(n.stage()));
        Color fill = awt(StagePalette.fill(n.stage()));
        // the canvas's soft drop shadow (gaussian, radius 6, 2 down), approximated by three translucent layers
        Color shade = background == null ? new Color(0, 0, 0, 0.05f) : over(background, Color.BLACK, 0.05);
        for (int i = 3; i >= 1; i--) {
            g.setColor(i == 3 || background == null ? shade : over(background, Color.BLACK, 0.05 * (4 - i)));
            g.fill(new RoundRectangle2D.Double(n.x() - i + 0.5, n.y() + 2 - i + 1, n.width() + 2 * i - 1,
                    n.height() + 2 * i - 1, RADIUS * 2 + i, RADIUS * 2 + i));
        }
        RoundRectangle2D shape = new RoundRectangle2D.Double(n.x(), n.y(), n.width(), n.height(), RADIUS * 2, RADIUS * 2);
        g.setColor(fill);
        g.fill(shape);
        // no clip path (SVG viewers apply a clip in each text's own transformed space, and get it wrong): text
        // that would overflow the box is left out line by line, as the canvas's clip cuts it off
        double bottom = n.y() + n.height();
        double inner = n.width() - 2 * PAD;
        double x = n.x() + PAD;
        double y = n.y() + PAD_TOP;
        y = lines(g, List.of(stageChip(n)), chipFont, accent, x, y, 0, bottom);
        y += GAP;
        String title = n.title().isBlank() ? StagePalette.label(n.stage()) : n.title();
        y = lines(g, TextWrap.lines(title, titleFont, FRC, inner), titleFont, TITLE, x, y, 0, bottom);
        boolean hint = n.text().isBlank() && !n.hint().isBlank();
        String body = hint ? n.hint() : n.text();
        if (!body.isEmpty()) {
            y += GAP;
            Font f = hint ? hintFont : textFont;
            y = lines(g, TextWrap.lines(body, f, FRC, inner), f, hint ? HINT : TEXT, x, y, 1, bottom);
        }
        List<TradeOff> rows = n.tradeoffs().stream().filter(t -> !t.isBlank()).toList();
        if (!rows.isEmpty()) {
            y += GAP;
            for (int i = 0; i < rows.size(); i++) {
                if (i > 0) {
                    y += TRADEOFF_GAP;
                }
                y = tradeoffRow(g, TradeOffFormat.oneLine(rows.get(i)), accent, fill, x, y, inner, bottom);
            }
        }
        g.setColor(accent);
        g.setStroke(new BasicStroke(1.5f));
        // the border is drawn inside the box, as a region's border is
        g.draw(new RoundRectangle2D.Double(n.x() + 0.75, n.y() + 0.75, n.width() - 1.5, n.height() - 1.5,
                RADIUS * 2 - 1.5, RADIUS * 2 - 1.5));
    }

    private static String stageChip(Node n) {
        return StagePalette.label(n.stage()).toUpperCase(Locale.ROOT);
    }

    private double tradeoffRow(Graphics2D g, String text, Color accent, Color fill, double x, double y, double width,
                               double bottom) {
        // padding 2 4 2 6, a 3px accent bar on the left, a 65% white wash behind
        List<String> lines = TextWrap.lines(text, tradeoffFont, FRC, width - 6 - 4 - 3);
        double h = Math.min(lines.size() * lineHeight(tradeoffFont, 0) + 4, Math.max(0, bottom - y));
        g.setColor(over(fill, Color.WHITE, 0.65));
        g.fill(new Rectangle2D.Double(x, y, width, h));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x, y, 3, h));
        lines(g, lines, tradeoffFont, TEXT, x + 3 + 6, y + 2, 0, bottom);
        return y + h;
    }

    /** Draws lines top-down from {@code y}; returns the y below the last. */
    private double lines(Graphics2D g, List<String> lines, Font f, Color c, double x, double y, double spacing,
                                double bottom) {
        LineMetrics lm = f.getLineMetrics("Ag数Ж", FRC);
        // drawn at ten times the size and scaled back: SVG writers round font sizes to whole numbers, and
        // 12.5 px text written as 13 px would no longer fit the lines it was wrapped to
        g.setFont(textScale == 1 ? f : f.deriveFont(f.getSize2D() * textScale));
        g.setColor(c);
        for (String line : lines) {
            if (y + lm.getAscent() + lm.getDescent() > bottom) {
                break;
            }
            if (!line.isEmpty()) {
                AffineTransform saved = g.getTransform();
                g.translate(x, y + lm.getAscent());
                g.scale(1 / textScale, 1 / textScale);
                g.drawString(line, 0f, 0f);
                g.setTransform(saved);
            }
            y += lineHeight(f, spacing);
        }
        return y;
    }

    private static double lineHeight(Font f, double spacing) {
        LineMetrics lm = f.getLineMetrics("Ag数Ж", FRC);
        return lm.getAscent() + lm.getDescent() + spacing;
    }

    private void label(Graphics2D g, ArrowShape a, boolean dark) {
        g.setColor(new Color(dark ? 0x263238 : 0xffffff));
        RoundRectangle2D r = new RoundRectangle2D.Double(a.label.x(), a.label.y(), a.label.width(), a.label.height(), 6, 6);
        g.fill(r);
        g.setColor(new Color(dark ? 0x607d8b : 0xb0bec5));
        g.setStroke(new BasicStroke(1f));
        g.draw(r);
        lines(g, a.labelLines, labelFont, new Color(dark ? 0xeceff1 : 0x37474f), a.label.x() + 5, a.label.y() + 1, 0,
                Double.MAX_VALUE);
    }

    /** An arrow's path and head as the canvas routes it, and its label's box centred on the path's midpoint. */
    private record ArrowShape(Path2D path, Shape head, Rect label, List<String> labelLines) {
    }

    private List<ArrowShape> arrows(Board content) {
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
                    HEAD_LENGTH, HEAD_WIDTH);
            Path2D.Double head = new Path2D.Double();
            head.moveTo(h[0], h[1]);
            head.lineTo(h[2], h[3]);
            head.lineTo(h[4], h[5]);
            head.closePath();
            Rect label = null;
            List<String> labelLines = List.of();
            if (!e.label().isBlank()) {
                labelLines = List.of(e.label().split("\n", -1));
                double w = labelLines.stream().mapToDouble(l -> labelFont.getStringBounds(l, FRC).getWidth()).max()
                        .orElse(0) + 10;
                double lh = labelLines.size() * lineHeight(labelFont, 0) + 2;
                double[] mid = ArrowGeometry.midpoint(pts);
                label = new Rect(mid[0] - w / 2, mid[1] - lh / 2, w, lh);
            }
            out.add(new ArrowShape(path, head, label, labelLines));
        }
        return out;
    }

    /** {@code top} at {@code alpha} over an opaque {@code under}, as one opaque colour. */
    static Color over(Color under, Color top, double alpha) {
        return new Color(mix(under.getRed(), top.getRed(), alpha), mix(under.getGreen(), top.getGreen(), alpha),
                mix(under.getBlue(), top.getBlue(), alpha));
    }

    private static int mix(int a, int b, double alpha) {
        return (int) Math.round(a * (1 - alpha) + b * alpha);
    }

    private static Color awt(javafx.scene.paint.Color c) {
        return new Color((float) c.getRed(), (float) c.getGreen(), (float) c.getBlue(), (float) c.getOpacity());
    }
}
