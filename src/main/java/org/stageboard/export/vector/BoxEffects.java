package org.stageboard.export.vector;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.LinearGradientPaint;
import java.awt.font.LineMetrics;
import java.awt.geom.RoundRectangle2D;
import java.util.List;
import org.stageboard.model.Node;

/**
 * What a box is drawn with besides its fill and words: its soft shadow, the fade and ellipsis that say its words
 * are cut off, and the colour mixing the vector look uses in place of translucency.
 */
final class BoxEffects {
    private static final double BORDER = 1.5;
    private final boolean pixels;
    private final Font moreFont;
    private final TextLinePainter text;

    BoxEffects(Font base, TextLinePainter text, boolean pixels) {
        this.pixels = pixels;
        this.text = text;
        moreFont = base.deriveFont(Font.BOLD, 16f);
    }

    /**
     * The canvas's shadow: in the pixel look its own pre-blurred nine-slice image; in the vector look translucent
     * layers, or opaque mixed ones over a known background.
     */
    void shadow(Graphics2D g, Node n, Color background) {
        if (pixels) {
            BoxShadow.drawOnPixels(g, n.x(), n.y(), n.width(), n.height(), BoxPainter.SHADOW_REACH);
        } else {
            layeredShadow(g, n, background);
        }
    }

    /** The canvas's soft shadow (gaussian, radius 6, 2 down) as three translucent vector layers. */
    private static void layeredShadow(Graphics2D g, Node n, Color background) {
        Color shade = background == null ? new Color(0, 0, 0, 0.05f) : over(background, Color.BLACK, 0.05);
        double radius = BoxPainter.RADIUS;
        for (int i = 3; i >= 1; i--) {
            g.setColor(i == 3 || background == null ? shade : over(background, Color.BLACK, 0.05 * (4 - i)));
            g.fill(new RoundRectangle2D.Double(n.x() - i + 0.5, n.y() + 2 - i + 1, n.width() + 2 * i - 1,
                    n.height() + 2 * i - 1, radius * 2 + i, radius * 2 + i));
        }
    }

    /** BoxView's cue that words are cut off: the bottom fades into the fill, an ellipsis at the bottom right. */
    void overflow(Graphics2D g, Node n, Color accent, Color fill) {
        double fadeHeight = Math.min(36, n.height() / 3);
        double top = n.y() + n.height() - fadeHeight - BORDER;
        Color clear = new Color(fill.getRed(), fill.getGreen(), fill.getBlue(), 0);
        g.setPaint(new LinearGradientPaint(0f, (float) top, 0f, (float) (top + fadeHeight), new float[] {0f, 0.85f},
                new Color[] {clear, fill}));
        g.fill(new RoundRectangle2D.Double(n.x() + BORDER, top, n.width() - 2 * BORDER, fadeHeight, 12, 12));
        LineMetrics lm = moreFont.getLineMetrics("\u2026", VectorBoardPainter.FRC);
        double mw = moreFont.getStringBounds("\u2026", VectorBoardPainter.FRC).getWidth();
        double lh = lm.getAscent() + lm.getDescent() + lm.getLeading();
        text.draw(g, List.of("\u2026"), moreFont, accent, n.x() + n.width() - mw - 6, n.y() + n.height() - lh - 2, 0,
                Double.MAX_VALUE);
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
