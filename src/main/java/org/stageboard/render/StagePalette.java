package org.stageboard.render;

import java.util.EnumMap;
import java.util.Map;
import javafx.scene.paint.Color;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/** The colour and label of each stage, shared by the canvas, the palette and exported images. */
public final class StagePalette {
    private static final Map<Stage, Color> ACCENT = new EnumMap<>(Stage.class);
    private static final Map<Stage, Color> FILL = new EnumMap<>(Stage.class);

    static {
        put(Stage.REQUIREMENTS, "#1E88E5", "#E3F2FD");
        put(Stage.FRAMING, "#5E35B1", "#EDE7F6");
        put(Stage.DATA, "#2E7D32", "#E8F5E9");
        put(Stage.FEATURES, "#00897B", "#E0F2F1");
        put(Stage.MODEL, "#EF6C00", "#FFF3E0");
        put(Stage.EVALUATION, "#C2185B", "#FCE4EC");
        put(Stage.SERVING, "#3949AB", "#E8EAF6");
        put(Stage.MONITORING, "#C62828", "#FFEBEE");
        put(Stage.NOTE, "#F9A825", "#FFF9C4");
    }

    private StagePalette() {
    }

    /**
     * The style class of a stage's boxes. board.css gives each one the stage's colours ({@code -stage-accent},
     * {@code -stage-fill}; StagePaletteCssTest keeps them equal to these): one rule shared by every box of a stage,
     * where an inline style per box made JavaFX resolve each box's styles on its own.
     */
    public static String styleClass(Stage s) {
        return "stage-box-" + s.id();
    }

    private static void put(Stage s, String accent, String fill) {
        ACCENT.put(s, Color.web(accent));
        FILL.put(s, Color.web(fill));
    }

    /** The strong colour of a stage: border, header band, palette swatch. */
    public static Color accent(Stage s) {
        return ACCENT.get(s);
    }

    /** The light body colour of a stage's boxes. */
    public static Color fill(Stage s) {
        return FILL.get(s);
    }

    public static String label(Stage s) {
        return Messages.stageName(s);
    }

    public static String description(Stage s) {
        return Messages.get("stage." + s.id() + ".desc");
    }

    /** A CSS colour literal such as {@code #1e88e5}. */
    public static String css(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
