package org.stageboard.export.vector;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.font.FontRenderContext;
import java.awt.geom.Rectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.export.ExportOptions;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.render.StageColours;

/**
 * The one painter of every picture export (PNG, SVG, PDF): draws a board on any {@link Graphics2D} the way the
 * canvas's {@code BoxView} and {@code ArrowView} draw it: the same stage colours ({@link StageColours}), sizes,
 * paddings and font sizes as {@code board.css}, arrows routed by the same {@link ArrowRouter} with their labels
 * beside the line, text wrapped to the box and drawn as strings. It needs no JavaFX.
 *
 * <p>Two looks of the same drawing: {@link #forPixels} (PNG) clips a box's words to the box as the canvas does and
 * draws the shadow from the canvas's own pre-blurred nine-slice image; the vector form (SVG, PDF) leaves out lines
 * that would overflow (SVG viewers get text clips wrong) and draws the shadow as translucent vector layers.
 *
 * <p>This class lays the board out and paints it in order (arrows, boxes, arrow labels); the parts are drawn by
 * {@link BoxPainter} (with {@link BoxTextLayout} and {@link BoxEffects}) and {@link ArrowLabelPainter}, their
 * words by {@link TextLinePainter}.
 */
public final class VectorBoardPainter {
    /** Metrics as a vector device sees them: no pixel hinting, fractional advances. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    private final LinePitch pitch;
    private final BoxTextLayout layout;
    private final BoxPainter boxes;
    private final Font labelFont;
    private final ArrowLabelPainter labels;

    /**
     * The vector look (SVG, PDF).
     *
     * @param textScale 10 for SVG (sizes such as 12.5 px survive as 125 scaled by 0.1), 1 for PDF
     */
    public VectorBoardPainter(Font base, float textScale) {
        this(base, textScale, false);
    }

    private VectorBoardPainter(Font base, float textScale, boolean pixels) {
        pitch = new LinePitch(pixels);
        TextLinePainter text = new TextLinePainter(pitch, textScale);
        layout = new BoxTextLayout(base, pitch);
        boxes = new BoxPainter(layout, pitch, text, new BoxEffects(base, text, pixels));
        labelFont = base.deriveFont(Font.PLAIN, 11f);
        labels = new ArrowLabelPainter(labelFont, text, pixels);
    }

    /** The pixel look (PNG): words clipped to the box, the canvas's nine-slice shadow. */
    public static VectorBoardPainter forPixels(Font base) {
        return new VectorBoardPainter(base, 1, true);
    }

    /** The drawn area: the boxes and arrow labels plus the padding. */
    public Rect area(Board content, ExportOptions options) {
        return prepare(content, options).area();
    }

    /** Paints {@code content} so that {@code area}'s top-left corner lands on the graphics' origin. */
    public void paint(Graphics2D g, Board content, ExportOptions options, Rect area) {
        Prepared p = prepare(content, options);
        hints(g);
        if (p.background != null) {
            g.setColor(p.background);
            g.fill(new Rectangle2D.Double(0, 0, area.width(), area.height()));
        }
        g.translate(-area.x(), -area.y());
        paint(g, p, null);
        g.translate(area.x(), area.y());
    }

    /** Sets the rendering hints every picture is drawn with. */
    public static void hints(Graphics2D g) {
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_FRACTIONALMETRICS, RenderingHints.VALUE_FRACTIONALMETRICS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
    }

    /**
     * The board ready to paint: arrows routed and labels placed once, each box's words wrapped when it is first
     * painted. Paint it a part at a time with {@link #paint(Graphics2D, Prepared, Rect)}, from several threads at once
     * if need be (each with its own graphics).
     */
    public Prepared prepare(Board content, ExportOptions options) {
        List<ArrowLayout.ArrowShape> arrows = ArrowLayout.shapes(content, labelFont, FRC, pitch.pitch(labelFont));
        List<Rect> parts = new ArrayList<>();
        content.nodes().forEach(n -> parts.add(n.bounds()));
        for (ArrowLayout.ArrowShape a : arrows) {
            if (a.label() != null) {
                parts.add(a.label());
            }
        }
        Rect bounds = Rect.around(parts);
        String css = options.background().css();
        return new Prepared(content, arrows, bounds, bounds.inflate(options.padding()),
                options.background() == ExportOptions.Background.DARK, css == null ? null : Color.decode(css));
    }

    /** A board laid out for painting; {@link #content()} is what it covers without padding, in board units. */
    public static final class Prepared {
        private final Board board;
        private final List<ArrowLayout.ArrowShape> arrows;
        private final Rect content;
        private final Rect area;
        private final boolean dark;
        private final Color background;
        private final Map<Node, BoxTextLayout.BoxText> words = new IdentityHashMap<>();

        private Prepared(Board board, List<ArrowLayout.ArrowShape> arrows, Rect content, Rect area, boolean dark, Color background) {
            this.board = board;
            this.arrows = arrows;
            this.content = content;
            this.area = area;
            this.dark = dark;
            this.background = background;
        }

        /** The box's words wrapped, once whichever thread paints it first (strips are painted in parallel). */
        private BoxTextLayout.BoxText words(Node n, BoxTextLayout layout) {
            BoxTextLayout.BoxText w;
            synchronized (words) {
                w = words.get(n);
            }
            if (w == null) {
                w = layout.wrap(n); // outside the lock: two threads may wrap a box both, with the same result
                synchronized (words) {
                    BoxTextLayout.BoxText first = words.putIfAbsent(n, w);
                    w = first != null ? first : w;
                }
            }
            return w;
        }

        /** The boxes and arrow labels, without padding. */
        public Rect content() {
            return content;
        }

        /** The content plus the padding: the picture. */
        public Rect area() {
            return area;
        }

        /** The background colour, or null for a transparent one. */
        public Color background() {
            return background;
        }
    }

    /**
     * Paints the parts of {@code p} that touch {@code visible} (board units; null for all) in board units: the
     * caller's transform maps them to the device. No background.
     */
    public void paint(Graphics2D g, Prepared p, Rect visible) {
        Color arrowColour = new Color(p.dark ? 0xb0bec5 : 0x546e7a);
        BasicStroke arrowStroke = new BasicStroke(1.8f, BasicStroke.CAP_SQUARE, BasicStroke.JOIN_MITER);
        for (ArrowLayout.ArrowShape a : p.arrows) {
            if (touches(a.bounds(), visible)) {
                g.setColor(arrowColour);
                g.setStroke(arrowStroke);
                g.draw(a.path());
                g.fill(a.head());
            }
        }
        for (Node n : p.board.nodes()) {
            if (touches(n.bounds().inflate(BoxPainter.SHADOW_REACH), visible)) {
                boxes.paint(g, n, p.words(n, layout), p.background);
            }
        }
        for (ArrowLayout.ArrowShape a : p.arrows) {
            if (a.label() != null && touches(a.label(), visible)) {
                labels.paint(g, a, p.dark);
            }
        }
    }

    private static boolean touches(Rect r, Rect visible) {
        return visible == null || r.intersects(visible);
    }
}
