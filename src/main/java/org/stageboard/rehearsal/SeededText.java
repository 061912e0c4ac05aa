package org.stageboard.rehearsal;

import java.text.MessageFormat;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import org.stageboard.model.Stage;
import org.stageboard.text.TextNorm;

/**
 * Text the app writes on a board by itself, in any of its languages: the "feedback" label on the arrow a template
 * seeds, the stage names a practice skeleton puts on its boxes, the titles of follow-up answer notes. The
 * candidate did not write these words, so they must not make a question look relevant.
 */
final class SeededText {
    private static final List<Locale> LANGUAGES = List.of(Locale.ROOT, Locale.SIMPLIFIED_CHINESE, new Locale("ru"));
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static final Set<String> ARROW_LABELS = new HashSet<>();
    private static final Set<String> BOX_TITLES = new HashSet<>();

    static {
        for (Locale l : LANGUAGES) {
            add(ARROW_LABELS, string("template", l, "template.edge.feedback"));
            String note = string("rehearsal", l, "rehearsal.note.title");
            for (Stage s : Stage.values()) {
                String name = string("stages", l, "stage." + s.id());
                add(BOX_TITLES, name);
                if (note != null && name != null) {
                    add(BOX_TITLES, new MessageFormat(note, l).format(new Object[] {name}));
                }
            }
        }
    }

    private SeededText() {
    }

    /** True for an arrow label the app writes itself (the template's "feedback" arrow). */
    static boolean isSeededArrowLabel(String label) {
        return ARROW_LABELS.contains(TextNorm.normalize(label).strip());
    }

    /** True for a box title the app writes itself (a stage's name, a follow-up note's title). */
    static boolean isSeededTitle(String title) {
        return BOX_TITLES.contains(TextNorm.normalize(title).strip());
    }

    private static void add(Set<String> into, String s) {
        if (s != null && !s.isBlank()) {
            into.add(TextNorm.normalize(s).strip());
        }
    }

    private static String string(String bundle, Locale l, String key) {
        try {
            ResourceBundle b = ResourceBundle.getBundle("org.stageboard.i18n." + bundle, l, NO_FALLBACK);
            return b.containsKey(key) ? b.getString(key) : null;
        } catch (MissingResourceException e) {
            return null;
        }
    }
}
