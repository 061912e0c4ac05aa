package org.stageboard.export.vector;

import java.awt.AlphaComposite;
import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Composite;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.geom.RoundRectangle2D;

/**
 * Draws an arrow's label as the canvas's ArrowView does: a rounded, bordered tag with its words, where
 * {@link ArrowLayout} put it.
 */
final class ArrowLabelPainter {
    private static final float LABEL_OPACITY = 0.92f;
    private final Font font;
    private final TextLinePainter text;
    private final boolean pixels;

    ArrowLabelPainter(Font font, TextLinePainter text, boolean pixels) {
        this.font = font;
        this.text = text;
        this.pixels = pixels;
    }

    /** The tag is translucent in the pixel look only: some SVG renderers ignore opacity. */
    void paint(Graphics2D g, ArrowLayout.ArrowShape a, boolean dark) {
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
        text.draw(g, a.labelLines(), font, new Color(dark ? 0xeceff1 : 0x37474f),
                a.label().x() + ArrowLayout.LABEL_INSET_X, a.label().y() + ArrowLayout.LABEL_INSET_Y, 0, Double.MAX_VALUE);
        g.setComposite(saved);
    }
}
