package org.stageboard.export.vector;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.Shape;
import java.awt.geom.Rectangle2D;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.stageboard.model.Node;
import org.stageboard.render.StageColours;

/**
 * Draws one box as the canvas's BoxView draws it: shadow, stage-coloured fill, then its laid-out words top-down
 * (chip, title, body or hint, trade-off rows), and the overflow cue when they do not fit.
 */
final class BoxPainter {
    // sizes and colours from board.css and BoxView
    static final double RADIUS = 7;
    /** How far the shadow image reaches out of the box (board.css: -fx-border-image-insets: -8). */
    static final double SHADOW_REACH = 8;
    private static final Color TITLE = new Color(0x1b1f23);
    private static final Color TEXT = new Color(0x2d333a);
    private static final Color HINT = new Color(0x8a9099);

    private final BoxTextLayout layout;
    private final LinePitch pitch;
    private final TextLinePainter text;
    private final BoxEffects effects;

    BoxPainter(BoxTextLayout layout, LinePitch pitch, TextLinePainter text, BoxEffects effects) {
        this.layout = layout;
        this.pitch = pitch;
        this.text = text;
        this.effects = effects;
    }

    /**
     * Where layers overlap, the vector look mixes colours and draws them opaque when what lies under them is known
     * (some SVG renderers ignore opacity); {@code background} is null when it is not.
     */
    void paint(Graphics2D g, Node n, BoxTextLayout.BoxText w, Color background) {
        Color accent = new Color(StageColours.accent(n.stage()));
        Color fill = new Color(StageColours.fill(n.stage()));
        effects.shadow(g, n, background);
        g.setColor(fill);
        g.fill(new RoundRectangle2D.Double(n.x(), n.y(), n.width(), n.height(), RADIUS * 2, RADIUS * 2));
        Shape savedClip = g.getClip();
        // the canvas clips a box's words to the box (not its shadow); vectors leave overflowing lines out instead
        boolean pixels = pitch.pixels();
        double bottom = pixels ? Double.MAX_VALUE : n.y() + n.height();
        if (pixels) {
            g.clip(new Rectangle2D.Double(n.x(), n.y(), n.width(), n.height()));
        }
        double inner = n.width() - 2 * BoxTextLayout.PAD;
        double x = n.x() + BoxTextLayout.PAD;
        double y = n.y() + BoxTextLayout.PAD_TOP;
        text.draw(g, w.chip(), layout.chipFont, accent, x, y, 0, bottom);
        y += pitch.block(pitch.height(w.chip(), layout.chipFont, 0)) + BoxTextLayout.GAP;
        text.draw(g, w.title(), layout.titleFont, TITLE, x, y, 0, bottom);
        y += pitch.block(pitch.height(w.title(), layout.titleFont, 0));
        if (!w.body().isEmpty()) {
            Font f = w.hint() ? layout.hintFont : layout.textFont;
            text.draw(g, w.body(), f, w.hint() ? HINT : TEXT, x, y + BoxTextLayout.GAP, BoxTextLayout.TEXT_LINE_SPACING,
                    bottom);
            y += BoxTextLayout.GAP + pitch.block(pitch.height(w.body(), f, BoxTextLayout.TEXT_LINE_SPACING));
        }
        if (!w.tradeoffs().isEmpty()) {
            y += BoxTextLayout.GAP;
            for (int i = 0; i < w.tradeoffs().size(); i++) {
                y = tradeoffRow(g, w.tradeoffs().get(i), accent, fill, x,
                        y + (i > 0 ? BoxTextLayout.TRADEOFF_GAP : 0), inner, bottom);
            }
        }
        if (w.needed() > n.height() + 1) {
            effects.overflow(g, n, accent, fill);
        }
        g.setClip(savedClip);
        // No stage-coloured border: board.css gives one, but JavaFX draws a region's border image (the shadow)
        // instead of its border strokes, so the canvas shows none, and the exports show what the canvas shows.
    }

    /** A trade-off row as board.css styles it: padding 2 4 2 6, a 3 px accent bar on the left, a 65% white wash. */
    private double tradeoffRow(Graphics2D g, List<String> lines, Color accent, Color fill, double x, double y,
                               double width, double bottom) {
        Font font = layout.tradeoffFont;
        double h = Math.min(layout.tradeoffHeight(lines), Math.max(0, bottom - y));
        if (lines.size() == 1) {
            // a Label is as wide as its words, up to the box's inner width (it does not stretch)
            width = Math.min(width, font.getStringBounds(lines.get(0), VectorBoardPainter.FRC).getWidth() + 3 + 6 + 4);
        }
        g.setColor(pitch.pixels() ? new Color(255, 255, 255, 166) : BoxEffects.over(fill, Color.WHITE, 0.65));
        g.fill(new Rectangle2D.Double(x, y, width, h));
        g.setColor(accent);
        g.fill(new Rectangle2D.Double(x, y, 3, h));
        double extra = layout.tradeoffPitch() - pitch.pitch(font);
        text.draw(g, lines, font, TEXT, x + 3 + 6, y + 2 + extra / 2, extra, bottom);
        return y + h;
    }
}
