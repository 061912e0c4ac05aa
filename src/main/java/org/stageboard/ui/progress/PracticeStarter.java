package org.stageboard.ui.progress;

import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;

/**
 * One click from a recommendation to a running rehearsal on the template's practice skeleton, the board the gallery's
 * "Create" would give.
 */
final class PracticeStarter {
    private PracticeStarter() {
    }

    /** Returns false when the template is unknown or the user kept the current board. */
    static boolean rehearse(ProgressHost window, String templateId) {
        Template t = window.templates().byId(templateId, TemplateLibrary.interfaceLanguage()).orElse(null);
        return t != null && window.rehearseNewBoard(Seeder.seed(t, Seeder.Mode.PRACTICE));
    }
}
