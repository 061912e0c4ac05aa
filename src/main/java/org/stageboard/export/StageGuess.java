package org.stageboard.export;

import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.ResourceBundle;
import org.stageboard.check.Keywords;
import org.stageboard.text.Scripts;
import org.stageboard.text.TextNorm;
import org.stageboard.check.Vocabulary;
import org.stageboard.model.Stage;
import org.stageboard.ui.render.StagePalette;

/**
 * Guesses the stage of a box drawn elsewhere (an Excalidraw rectangle) from what it shows: its colour when it is
 * one of the stage colours, a first line naming a stage in English, Chinese or Russian, or else the checker's
 * vocabulary (a latency budget means serving, drift means monitoring, a baseline means model...). Text with no
 * clue stays a note.
 */
public final class StageGuess {
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE, new Locale("ru"));
    /** Stage names in every language, normalised; the English ids too ("serving"). */
    private static final Map<Stage, List<String>> NAMES = names();
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
                if (s != Stage.NOTE && (c.equalsIgnoreCase(StagePalette.css(StagePalette.accent(s)))
                        || c.equalsIgnoreCase(StagePalette.css(StagePalette.fill(s))))) {
                    return Optional.of(s);
                }
            }
        }
        return Optional.empty();
    }

    /** A title that is, or starts with, a stage's name: "Data", "Data & labels", "数据与标签", "Модель". */
    static Optional<Stage> byName(String title) {
        String t = TextNorm.normalize(title).strip();
        if (t.isEmpty()) {
            return Optional.empty();
        }
        Stage best = null;
        int bestLength = 0;
        for (Map.Entry<Stage, List<String>> e : NAMES.entrySet()) {
            for (String name : e.getValue()) {
                boolean cjk = Scripts.isCjk(name.codePointAt(0));
                boolean starts = t.startsWith(name)
                        && (cjk || t.length() == name.length() || !Character.isLetterOrDigit(t.charAt(name.length())));
                if (starts && name.length() > bestLength) {
                    best = e.getKey();
                    bestLength = name.length();
                }
            }
        }
        return Optional.ofNullable(best);
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

    private static Map<Stage, List<String>> names() {
        Map<Stage, List<String>> out = new EnumMap<>(Stage.class);
        ResourceBundle.Control control = ResourceBundle.Control.getNoFallbackControl(
                ResourceBundle.Control.FORMAT_PROPERTIES);
        for (Stage s : Stage.values()) {
            java.util.List<String> names = new java.util.ArrayList<>();
            names.add(s.id());
            for (Locale l : LANGUAGES) {
                ResourceBundle b = ResourceBundle.getBundle("org.stageboard.i18n.stages", l, control);
                if (b.containsKey("stage." + s.id())) {
                    names.add(TextNorm.normalize(b.getString("stage." + s.id())).strip());
                }
            }
            out.put(s, List.copyOf(names));
        }
        return out;
    }
}
