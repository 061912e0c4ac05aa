package org.stageboard.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stageboard.check.Keywords;
import org.stageboard.check.StageTitles;
import org.stageboard.text.TextNorm;
import org.stageboard.check.Vocabulary;
import org.stageboard.model.Stage;
import org.stageboard.render.StageColours;

/**
 * Guesses the stage of a box drawn elsewhere (an Excalidraw rectangle) from what it shows: its colour when it is
 * one of the stage colours, a first line naming a stage in English, Chinese or Russian, or else the checker's
 * vocabulary (a latency budget means serving, drift means monitoring, a baseline means model...). Text with no
 * clue stays a note.
 */
public final class StageGuess {
    /** Checked in this order; the label-source list is broad ("click", "target"), so it comes last. */
    private static final Map<Stage, Keywords> CLUES = new EnumMap<>(Map.of(
            Stage.EVALUATION, Keywords.of(Vocabulary.OFFLINE_METRIC.terms(), Vocabulary.ONLINE_METRIC.terms()),
            Stage.SERVING, Vocabulary.SERVING_MODE,
            Stage.MONITORING, Vocabulary.DRIFT_OR_RETRAINING,
            Stage.MODEL, Vocabulary.BASELINE,
            Stage.DATA, Vocabulary.LABEL_SOURCE));
    private static final List<Stage> CLUE_ORDER = List.of(Stage.MONITORING, Stage.EVALUATION, Stage.SERVING,
            Stage.MODEL, Stage.DATA);

    private StageGuess() {
    }

    /**
     * @param colours the shape's stroke and background colours ("#rrggbb"), any may be null
     */
    public static Stage guess(String title, String text, String... colours) {
        return byColour(colours).or(() -> byName(title)).or(() -> byWords(title + "\n" + text)).orElse(Stage.NOTE);
    }

    static Optional<Stage> byColour(String... colours) {
        for (String c : colours) {
            if (c == null) {
                continue;
            }
            for (Stage s : Stage.values()) {
                if (s != Stage.NOTE && (c.equalsIgnoreCase(StageColours.css(StageColours.accent(s)))
                        || c.equalsIgnoreCase(StageColours.css(StageColours.fill(s))))) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** A title that names a stage: "Data", "Data & labels", "数据与标签", "Модель" (the checker's reading). */
    static Optional<Stage> byName(String title) {
        return Optional.ofNullable(StageTitles.stageNamed(title));
    }

    static Optional<Stage> byWords(String text) {
        String n = TextNorm.normalize(text);
        for (Stage s : CLUE_ORDER) {
            if (CLUES.get(s).in(n)) {
                return Optional.of(s);
            }
        }
        return Optional.empty();
    }
}
