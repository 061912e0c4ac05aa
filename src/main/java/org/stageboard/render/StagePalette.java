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
        // the values live in StageColours, which the exports read without JavaFX
        for (Stage s : Stage.values()) {
            ACCENT.put(s, rgb(StageColours.accent(s)));
            FILL.put(s, rgb(StageColours.fill(s)));
        }
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

    private static Color rgb(int rgb) {
        return Color.rgb(rgb >> 16 & 0xff, rgb >> 8 & 0xff, rgb & 0xff);
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
        Labels known = labels;
        if (known == null || !known.locale().equals(Messages.locale())) {
            // looked up once per language: a bundle lookup per box was a tenth of growing a 2,000-box board on open
            java.util.Map<Stage, String> names = new java.util.EnumMap<>(Stage.class);
            for (Stage each : Stage.values()) {
                names.put(each, Messages.stageName(each));
            }
            known = new Labels(Messages.locale(), names);
            labels = known;
        }
        return known.names().get(s);
    }

    /** The stage names in one interface language. */
    private record Labels(java.util.Locale locale, java.util.Map<Stage, String> names) {
    }

    private static volatile Labels labels;

    public static String description(Stage s) {
        return Messages.get("stage." + s.id() + ".desc");
    }

    /** A CSS colour literal such as {@code #1e88e5}. */
    public static String css(Color c) {
        return String.format(java.util.Locale.ROOT, "#%02x%02x%02x", Math.round(c.getRed() * 255), Math.round(c.getGreen() * 255),
                Math.round(c.getBlue() * 255));
    }
}
