package org.stageboard.ui.progress;

import java.time.Clock;
import java.time.ZoneId;
import java.util.Map;
import java.util.WeakHashMap;
import javafx.scene.Scene;
import javafx.stage.Stage;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.history.HistoryStore;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.ui.kit.Theme;
import org.stageboard.ui.kit.Windows;

/** Rehearse › Progress over Time: the history's charts and what to practise next, in a window of its own. */
public final class ProgressWindow {
    private static final String STYLESHEET = ProgressWindow.class.getResource("progress.css").toExternalForm();
    /** One Progress window per editor window; asking again brings it forward with fresh data. */
    private static final Map<Stage, Stage> OPEN = new WeakHashMap<>();

    private ProgressWindow() {
    }

    /** Opens (or refreshes and raises) the Progress window of {@code window}, reading the standard history. */
    public static Stage show(ProgressHost window) {
        return show(window, HistoryStore.standard(), Clock.systemUTC(), ZoneId.systemDefault());
    }

    public static Stage show(ProgressHost window, HistoryStore store, Clock clock, ZoneId zone) {
        HistoryStore.Loaded loaded = store.load();
        ProgressView view = new ProgressView(loaded.entries(), loaded.warning(),
                window.templates().all(TemplateLibrary.interfaceLanguage()), clock.instant(), zone,
                id -> PracticeStarter.rehearse(window, id));
        view.setId("progress-view");
        Theme.current().styleRoot(view);
        Stage stage = OPEN.get(window.stage());
        if (stage != null && stage.isShowing()) {
            stage.getScene().setRoot(view);
            stage.toFront();
            return stage;
        }
        stage = new Stage();
        stage.initOwner(window.stage());
        stage.setTitle(Messages.get("progress.window.title"));
        Scene scene = new Scene(view, 1280, 820);
        scene.getStylesheets().addAll(window.stylesheet(), STYLESHEET);
        stage.setScene(scene);
        Windows.fitWhenShown(stage);
        OPEN.put(window.stage(), stage);
        stage.show();
        return stage;
    }
}
