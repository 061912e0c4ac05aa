package org.stageboard.export.vector;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.font.LineMetrics;
import java.awt.geom.AffineTransform;
import java.util.List;

/** Draws already wrapped lines of text as strings, top-down, leaving out any line that would cross a bottom edge. */
final class TextLinePainter {
    private final LinePitch pitch;
    /** SVG writers round font sizes to whole numbers; text is drawn this many times larger and scaled back. */
    private final float textScale;

    TextLinePainter(LinePitch pitch, float textScale) {
        this.pitch = pitch;
        this.textScale = textScale;
    }

    /** Draws lines top-down from {@code y}, stopping before the first that would reach below {@code bottom}. */
    void draw(Graphics2D g, List<String> lines, Font f, Color c, double x, double y, double spacing, double bottom) {
        LineMetrics lm = f.getLineMetrics("Ag", VectorBoardPainter.FRC);
        // the glyphs sit in the middle of a line rounded up to whole units (the pixel look)
        y += (pitch.pitch(f) - LinePitch.lineHeight(f)) / 2;
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
            y += pitch.pitch(f) + spacing;
        }
    }
}
