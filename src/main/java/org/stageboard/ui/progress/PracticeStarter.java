package org.stageboard.ui.progress;

import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.ui.MainWindow;

/**
 * One click from a recommendation to a running rehearsal: the template's practice skeleton replaces the board the
 * way the gallery's "Create" does ({@link MainWindow#showNewBoard}, which asks about unsaved work first), then the
 * rehearsal bar opens and its timer starts, as Rehearse › Start Rehearsal and Start would.
 */
final class PracticeStarter {
    private PracticeStarter() {
    }

    /** Returns false when the template is unknown or the user kept the current board. */
    static boolean rehearse(MainWindow window, String templateId) {
        Template t = window.templates().byId(templateId, TemplateLibrary.interfaceLanguage()).orElse(null);
        if (t == null || !window.showNewBoard(Seeder.seed(t, Seeder.Mode.PRACTICE))) {
            return false;
        }
        // after the canvas has grown the new board's boxes to fit their text (queued by the board change): that
        // resets the document, which would end a rehearsal started before it
        javafx.application.Platform.runLater(() -> {
            window.rehearsal().open();
            if (window.rehearsal().session() == null) {
                window.rehearsal().timerBar().start();
            }
            window.stage().toFront();
        });
        return true;
    }
}
