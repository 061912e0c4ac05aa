package org.stageboard.render;

import java.util.EnumMap;
import java.util.Locale;
import java.util.Map;
import org.stageboard.model.Stage;

/**
 * Each stage's two colours as plain RGB values, with no JavaFX: the one table the canvas ({@link StagePalette},
 * board.css, checked by StagePaletteCssTest) and the exports (the Java2D painter behind PNG, SVG and PDF, Mermaid,
 * Excalidraw) read, so the command line draws a board without loading the toolkit's classes.
 */
public final class StageColours {
    private static final Map<Stage, int[]> COLOURS = new EnumMap<>(Stage.class);

    static {
        put(Stage.REQUIREMENTS, 0x1E88E5, 0xE3F2FD);
        put(Stage.FRAMING, 0x5E35B1, 0xEDE7F6);
        put(Stage.DATA, 0x2E7D32, 0xE8F5E9);
        put(Stage.FEATURES, 0x00897B, 0xE0F2F1);
        put(Stage.MODEL, 0xEF6C00, 0xFFF3E0);
        put(Stage.EVALUATION, 0xC2185B, 0xFCE4EC);
        put(Stage.SERVING, 0x3949AB, 0xE8EAF6);
        put(Stage.MONITORING, 0xC62828, 0xFFEBEE);
        put(Stage.NOTE, 0xF9A825, 0xFFF9C4);
    }

    private StageColours() {
    }

    private static void put(Stage s, int accent, int fill) {
        COLOURS.put(s, new int[] {accent, fill});
    }

    /** The strong colour of a stage (border, chip, swatch) as 0xRRGGBB. */
    public static int accent(Stage s) {
        return COLOURS.get(s)[0];
    }

    /** The light body colour of a stage's boxes as 0xRRGGBB. */
    public static int fill(Stage s) {
        return COLOURS.get(s)[1];
    }

    /** A CSS colour literal such as {@code #1e88e5}. */
    public static String css(int rgb) {
        return String.format(Locale.ROOT, "#%06x", rgb & 0xffffff);
    }
}
