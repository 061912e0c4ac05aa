package org.stageboard.export.vector;

import java.awt.Font;
import java.awt.font.LineMetrics;
import java.util.List;

/**
 * How tall lines of text and blocks of them stand. The pixel look (PNG) rounds both up to whole units as the
 * canvas's JavaFX layout does; the vector look (SVG, PDF) keeps the font's own fractional metrics.
 */
final class LinePitch {
    private final boolean pixels;

    LinePitch(boolean pixels) {
        this.pixels = pixels;
    }

    /** Whether this is the pixel look. */
    boolean pixels() {
        return pixels;
    }

    /**
     * The height of one line: in the pixel look rounded up to a whole unit, as the canvas's text lines are
     * (measured against it: 12.5 px text stands 15 units a line where the font's ascent and descent make 14.55).
     */
    double pitch(Font f) {
        return pixels ? Math.ceil(lineHeight(f)) : lineHeight(f);
    }

    /** The font's own line height: ascent, descent and leading, unrounded. */
    static double lineHeight(Font f) {
        LineMetrics lm = f.getLineMetrics("Ag", VectorBoardPainter.FRC);
        return lm.getAscent() + lm.getDescent() + lm.getLeading();
    }

    /** The height of {@code lines} lines: JavaFX puts the spacing between lines, not after the last. */
    double height(List<String> lines, Font f, double spacing) {
        return lines.isEmpty() ? 0 : lines.size() * pitch(f) + (lines.size() - 1) * spacing;
    }

    /**
     * The height the canvas's VBox gives a block of text: rounded up to a whole unit, as JavaFX snaps layout to
     * pixels (at the canvas's 100%), so the next block starts where it does on the canvas.
     */
    double block(double h) {
        return pixels ? Math.ceil(h) : h;
    }
}
