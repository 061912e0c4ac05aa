package org.stageboard.export.vector;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.font.FontRenderContext;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.stageboard.export.ExportOptions;
import org.stageboard.geom.ArrowRouter;
import org.stageboard.i18n.Messages;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.TradeOff;
import org.stageboard.render.BoxView;
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
 */
public final class VectorBoardPainter {
    /** Metrics as a vector device sees them: no pixel hinting, fractional advances. */
    static final FontRenderContext FRC = new FontRenderContext(null, true, true);
    // sizes and colours from board.css and BoxView
    private static final double PAD_TOP = 6;
    private static final double PAD = BoxView.PADDING;
    private static final double GAP = 4;
    private static final double TRADEOFF_GAP = 3;
    private static final double RADIUS = 7;
    private static final double BORDER = 1.5;
    /** How far the shadow image reaches out of the box (board.css: -fx-border-image-insets: -8). */
    private static final double SHADOW_REACH = 8;
    private static final Color TITLE = new Color(0x1b1f23);
    private static final Color TEXT = new Color(0x2d333a);
    private static final Color HINT = new Color(0x8a9099);
    private static final double TEXT_LINE_SPACING = 1;
    private static final float LABEL_OPACITY = 0.92f;
    /** SVG writers round font sizes to whole numbers; text is drawn this many times larger and scaled back. */
    private final float textScale;
    private final boolean pixels;

    private final Font chipFont;
    private final Font titleFont;
    private final Font textFont;
    private final Font hintFont;
    private final Font tradeoffFont;
    private final Font labelFont;
    private final Font moreFont;

    /**
     * The vector look (SVG, PDF).
     *
     * @param textScale 10 for SVG (sizes such as 12.5 px survive as 125 scaled by 0.1), 1 for PDF
     */
    public VectorBoardPainter(Font base, float textScale) {
        this(base, textScale, false);
    }

    private VectorBoardPainter(Font base, float textScale, boolean pixels) {
        this.textScale = textScale;
        this.pixels = pixels;
        chipFont = base.deriveFont(Font.BOLD, 9.5f);
        titleFont = base.deriveFont(Font.BOLD, 14f);
        textFont = base.deriveFont(Font.PLAIN, 12.5f);
        hintFont = base.deriveFont(Font.ITALIC, 12.5f);
        tradeoffFont = base.deriveFont(Font.PLAIN, 11.5f);
        labelFont = base.deriveFont(Font.PLAIN, 11f);
        moreFont = base.deriveFont(Font.BOLD, 16f);
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
     * painted. Paint it a part at a time with {@link #paint(Graphics2D, Prepared, Rect)}; not for several threads.
     */
    public Prepared prepare(Board content, ExportOptions options) {
        List<ArrowLayout.ArrowShape> arrows = ArrowLayout.shapes(content, labelFont, FRC, pitch(labelFont));
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
        private final Map<Node, BoxText> words = new IdentityHashMap<>();

        private Prepared(Board board, List<ArrowLayout.ArrowShape> arrows, Rect content, Rect area, boolean dark, Color background) {
            this.board = board;
            this.arrows = arrows;
            this.content = content;
            this.area = area;
            this.dark = dark;
            this.background = background;
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
            if (touches(n.bounds().inflate(SHADOW_REACH), visible)) {
                box(g, n, p);
            }
        }
        for (ArrowLayout.ArrowShape a : p.arrows) {
            if (a.label() != null && touches(a.label(), visible)) {
                label(g, a, p.dark);
            }
        }
    }

    private static boolean touches(Rect r, Rect visible) {
        return visible == null || r.intersects(visible);
    }

    /** A box's words wrapped to its width, and the height they need (as BoxView's content measures it). */
    private record BoxText(List<String> chip, List<String> title, List<String> body, boolean hint,
                           List<List<String>> tradeoffs, double needed) {
    }

    private BoxText words(Node n, Prepared p) {
        return p.words.computeIfAbsent(n, this::wrap);
    }

    private BoxText wrap(Node n) {
        double inner = Math.max(1, n.width() - 2 * PAD);
        List<String> chip = TextWrap.lines(Messages.stageName(n.stage()).toUpperCase(Locale.ROOT), chipFont, FRC,
                inner);
        String titleText = n.title().isBlank() ? Messages.stageName(n.stage()) : n.title();
        List<String> title = TextWrap.lines(titleText, titleFont, FRC, inner);
        boolean hint = n.text().isBlank() && !n.hint().isBlank();
        String bodyText = hint ? n.hint() : n.text();
        List<String> body = bodyText.isEmpty() ? List.of() : TextWrap.lines(bodyText, hint ? hintFont : textFont, FRC,
                inner);
        List<List<String>> rows = new ArrayList<>();
        for (TradeOff t : n.tradeoffs()) {
            if (!t.isBlank()) {
                rows.add(TextWrap.lines(TradeOffFormat.oneLine(t), tradeoffFont, FRC, inner - 6 - 4 - 3));
            }
        }
        double needed = PAD_TOP + block(height(chip, chipFont, 0)) + GAP + block(height(title, titleFont, 0));
        if (!body.isEmpty()) {
            needed += GAP + block(height(body, textFont, TEXT_LINE_SPACING));
        }
        if (!rows.isEmpty()) {
            needed += GAP;
            for (int i = 0; i < rows.size(); i++) {
                needed += (i > 0 ? TRADEOFF_GAP : 0) + tradeoffHeight(rows.get(i));
            }
        }
        return new BoxText(chip, title, body, hint, rows, needed + PAD);
    }

    /**
     * Where layers overlap, the vector look mixes colours and draws them opaque when what lies under them is known
     * (some SVG renderers ignore opacity).
     */
    private void box(Graphics2D g, Node n, Prepared p) {
        Color accent = new Color(StageColours.accent(n.stage()));
        Color fill = new Color(StageColours.fill(n.stage()));
        if (pixels) {
            BoxShadow.drawOnPixels(g, n.x(), n.y(), n.width(), n.height(), SHADOW_REACH);
        } else {
            layeredShadow(g, n, p.background);
        }
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(n.x(), n.y(), n.width(), n.height(), RADIUS * 2, RADIUS * 2));
        BoxText w = words(n, p);
        Shape savedClip = g.getClip();
        // the canvas clips a box's words to the box (not its shadow); vectors leave overflowing lines out instead
        double bottom = pixels ? Double.MAX_VALUE : n.y() + n.height();
        if (pixels) {
            g.clip(new Rectangle2D.Double(n.x(), n.y(), n.width(), n.height()));
        }
        double inner = n.width() - 2 * PAD;
        double x = n.x() + PAD;
        double y = n.y() + PAD_TOP;
        lines(g, w.chip, chipFont, accent, x, y, 0, bottom);
        y += block(height(w.chip, chipFont, 0)) + GAP;
        lines(g, w.title, titleFont, TITLE, x, y, 0, bottom);
        y += block(height(w.title, titleFont, 0));
        if (!w.body.isEmpty()) {
            Font f = w.hint ? hintFont : textFont;
            lines(g, w.body, f, w.hint ? HINT : TEXT, x, y + GAP, TEXT_LINE_SPACING, bottom);
            y += GAP + block(height(w.body, f, TEXT_LINE_SPACING));
        }
        if (!w.tradeoffs.isEmpty()) {
            y += GAP;
            for (int i = 0; i < w.tradeoffs.size(); i++) {
                y = tradeoffRow(g, w.tradeoffs.get(i), accent, fill, x, y + (i > 0 ? TRADEOFF_GAP : 0), inner, bottom);
            }
        }
        if (w.needed > n.height() + 1) {
            overflow(g, n, accent, fill);
        }
        g.setClip(savedClip);
        // No stage-coloured border: board.css gives one, but JavaFX draws a region's border image (the shadow)
        // instead of its border strokes, so the canvas shows none, and the exports show what the canvas shows.
    }

    /** The canvas's soft shadow (gaussian, radius 6, 2 down) as three translucent vector layers. */
    private static void layeredShadow(Graphics2D g, Node n, Color background) {
        Color shade = background == null ? new Color(0, 0, 0, 0.05f) : over(background, Color.BLACK, 0.05);
        for (int i = 3; i >= 1; i--) {
            g.setColor(i == 3 || background == null ? shade : over(background, Color.BLACK, 0.05 * (4 - i)));
            g.fill(new RoundRectangle2D.Double(n.x() - i + 0.5, n.y() + 2 - i + 1, n.width() + 2 * i - 1,
                    n.height() + 2 * i - 1, RADIUS * 2 + i, RADIUS * 2 + i));
        }
    }

    /** BoxView's cue that words are cut off: the bottom fades into the fill, an ellipsis at the bottom right. */
    private void overflow(Graphics2D g, Node n, Color accent, Color fill) {
        double fadeHeight = Math.min(36, n.height() / 3);
        double top = n.y() + n.height() - fadeHeight - BORDER;
        Color clear = new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 0);
        g.setPaint(new LinearGradientPaint(0f, (float) top, 0f, (float) (top + fadeHeight), new float[] {0f, 0.85f},
                new Color[] {clear, fill}));
        g.fill(new RoundRectangle2D.Double(n.x() + BORDER, top, n.width() - 2 * BORDER, fadeHeight, 12, 12));
        LineMetrics lm = moreFont.getLineMetrics("\u2026", FRC);
        double mw = moreFont.getStringBounds("\u2026", FRC).getWidth();
        double lh = lm.getAscent() + lm.getDescent() + lm.getLeading();
        lines(g, List.of("\u2026"), moreFont, accent, n.x() + n.width() - mw - 6, n.y() + n.height() - lh - 2, 0,
                Double.MAX_VALUE);
    }

    private double tradeoffHeight(List<String> lines) {
        return block(lines.size() * tradeoffPitch() + 4);
    }

    /**
     * The distance between a trade-off row's lines: the canvas's rows are Labels, whose lines stand 1.3 em apart
     * (measured against the canvas, PngMatchesCanvasTest) where a Text's stand 1.16 em; the glyphs sit in the middle.
     */
    private double tradeoffPitch() {
        return pixels ? tradeoffFont.getSize2D() * TRADEOFF_PITCH_EM : lineHeight(tradeoffFont);
    }

    private static final double TRADEOFF_PITCH_EM = 15.0 / 11.5;

    /**
     * The height the canvas's VBox gives a block of text: rounded up to a whole unit, as JavaFX snaps layout to
     * pixels (at the canvas's 100%), so the next block starts where it does on the canvas.
     */
    private double block(double h) {
        return pixels ? Math.ceil(h) : h;
    }

    /** A trade-off row as board.css styles it: padding 2 4 2 6, a 3 px accent bar on the left, a 65% white wash. */
    private double tradeoffRow(Graphics2D g, List<String> lines, Color accent, Color fill, double x, double y,
                               double width, double bottom) {
        double h = Math.min(tradeoffHeight(lines), Math.max(0, bottom - y));
        if (lines.size() == 1) {
            // a Label is as wide as its words, up to the box's inner width (it does not stretch)
            width = Math.min(width, tradeoffFont.getStringBounds(lines.get(0), FRC).getWidth() + 3 + 6 + 4);
        }
        g.setColor(pixels ? new Color(255, 255, 255, 166) : over(fill, Color.WHITE, 0.65));
        g.fill(new Rectangle2D.Double(x, y, width, h));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x, y, 3, h));
        double extra = tradeoffPitch() - pitch(tradeoffFont);
        lines(g, lines, tradeoffFont, TEXT, x + 3 + 6, y + 2 + extra / 2, extra, bottom);
        return y + h;
    }

    /** Draws lines top-down from {@code y}; returns the y below the last. */
    private double lines(Graphics2D g, List<String> lines, Font f, Color c, double x, double y, double spacing,
                         double bottom) {
        LineMetrics lm = f.getLineMetrics("Ag", FRC);
        // the glyphs sit in the middle of a line rounded up to whole units (the pixel look)
        y += (pitch(f) - lineHeight(f)) / 2;
        // drawn at ten times the size and scaled back for SVG: SVG writers round font sizes to whole numbers, and
        // 12.5 px text written as 13 px would no longer fit the lines it was wrapped to
        g.setFont(textScale == 1 ? f : f.deriveFont(f.getSize2D() * textScale));
        g.setColor(c);
        for (String line : lines) {
            if (y + lm.getAscent() + lm.getDescent() > bottom) {
                break;
            }
            if (!line.isEmpty()) {
                if (textScale == 1) {
                    g.drawString(line, (float) x, (float) (y + lm.getAscent()));
                } else {
                    AffineTransform saved = g.getTransform();
                    g.translate(x, y + lm.getAscent());
                    g.scale(1 / textScale, 1 / textScale);
                    g.drawString(line, 0f, 0f);
                    g.setTransform(saved);
                }
            }
            y += pitch(f) + spacing;
        }
        return y;
    }

    /** The height of {@code lines} lines: JavaFX puts the spacing between lines, not after the last. */
    private double height(List<String> lines, Font f, double spacing) {
        return lines.isEmpty() ? 0 : lines.size() * pitch(f) + (lines.size() - 1) * spacing;
    }

    /**
     * The height of one line: in the pixel look rounded up to a whole unit, as the canvas's text lines are
     * (measured against it: 12.5 px text stands 15 units a line where the font's ascent and descent make 14.55).
     */
    private double pitch(Font f) {
        return pixels ? Math.ceil(lineHeight(f)) : lineHeight(f);
    }

    private static double lineHeight(Font f) {
        LineMetrics lm = f.getLineMetrics("Ag", FRC);
        return lm.getAscent() + lm.getDescent() + lm.getLeading();
    }

    private void label(Graphics2D g, ArrowLayout.ArrowShape a, boolean dark) {
        Composite saved = g.getComposite();
        if (pixels) {
            g.setComposite(AlphaComposite.getInstance(AlphaComposite.SRC_OVER, LABEL_OPACITY));
        }
        g.setColor(new Color(dark ? 0x263238 : 0xffffff));
        g.fill(new RoundRectangle2D.Double(a.label().x(), a.label().y(), a.label().width(), a.label().height(), 6, 6));
        g.setColor(new Color(dark ? 0x607d8b : 0xb0bec5));
        g.setStroke(new BasicStroke(1f));
        // a region's border lies inside it
        g.draw(new RoundRectangle2D.Double(a.label().x() + 0.5, a.label().y() + 0.5, a.label().width() - 1,
                a.label().height() - 1, 5, 5));
        lines(g, a.labelLines(), labelFont, new Color(dark ? 0xeceff1 : 0x37474f), a.label().x() + ArrowLayout.LABEL_INSET_X,
                a.label().y() + ArrowLayout.LABEL_INSET_Y, 0, Double.MAX_VALUE);
        g.setComposite(saved);
    }

    /** {@code top} at {@code alpha} over an opaque {@code under}, as one opaque colour. */
    static Color over(Color under, Color top, double alpha) {
        return new Color(mix(under.getRed(), top.getRed(), alpha), mix(under.getGreen(), top.getGreen(), alpha),
                mix(under.getBlue(), top.getBlue(), alpha));
    }

    private static int mix(int a, int b, double alpha) {
        return (int) Math.round(a * (1 - alpha) + b * alpha);
    }
}
