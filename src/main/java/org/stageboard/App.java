package org.stageboard;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import org.stageboard.i18n.Messages;
import org.stageboard.io.Autosave;
import org.stageboard.io.Settings;
import org.stageboard.ui.kit.Dialogs;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.kit.Theme;
import org.stageboard.ui.WindowSize;
import org.stageboard.ui.export.ExportMemory;
import org.stageboard.ui.files.AutosaveController;
import org.stageboard.ui.files.CrashRecovery;
import org.stageboard.ui.files.RecoveryDialog;
import org.stageboard.ui.files.SettingsRecentFiles;

/** The desktop application: one editor window, opening the board named on the command line if any. */
public class App extends Application {
    /** The settings key of the chosen look, "light" or "dark". */
    private static final String THEME = "theme";

    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        Settings settings = Settings.load();
        settings.locale().ifPresent(Messages::setLocale);
        Theme.fromKey(settings.get(THEME).orElse("")).orElse(Theme.LIGHT).apply();
        MainWindow window = new MainWindow(stage, new SettingsRecentFiles(settings));
        org.stageboard.ui.gallery.TemplateGallery.rememberModeIn(settings);
        window.session().snapToGridProperty().set(settings.snapToGrid());
        window.setExportMemory(new ExportMemory(settings));
        window.rehearsal().setCurveballMemory(new org.stageboard.ui.rehearsal.CurveballMemory(settings));
        window.session().snapToGridProperty().addListener((o, a, snap) -> {
            settings.setSnapToGrid(snap);
            settings.saveIfPossible();
        });
        window.setOnThemeChosen(theme -> {
            settings.put(THEME, theme.key());
            settings.saveIfPossible();
        });
        window.setOnLanguageChosen(locale -> {
            settings.setLocale(locale);
            settings.saveIfPossible();
            Dialogs.alert(stage, Alert.AlertType.INFORMATION, Messages.get("language.restart",
                    locale.getDisplayLanguage(locale))).showAndWait();
        });
        Autosave autosave = new Autosave();
        List<Autosave.Entry> leftovers = autosave.crashCopies();
        AutosaveController autosaver = new AutosaveController(autosave, window.document(), window.files());
        WindowSize.restore(stage, settings);
        stage.show();
        FirstFrameProbe.armIfRequested();
        List<String> args = getParameters().getRaw();
        if (!offerRecovery(window, autosave, autosaver, leftovers) && !args.isEmpty()) {
            window.openFile(Path.of(args.get(0)));
        }
        stage.setOnHidden(e -> {
            autosaver.discardBeforeExit();
            WindowSize.remember(stage, settings);
            settings.saveIfPossible();
        });
    }


    /**
     * After a crash, lists every copy left by instances no longer running and does what the user chose for each
     * (see {@link RecoveryDialog}); returns true when one was recovered into the window.
     */
    private boolean offerRecovery(MainWindow window, Autosave autosave, AutosaveController autosaver,
            List<Autosave.Entry> entries) {
        if (entries.isEmpty()) {
            return false;
        }
        Map<String, CrashRecovery.Choice> choices = new RecoveryDialog(window.stage(), entries).showAndWait()
                .orElse(Map.of());
        return CrashRecovery.apply(autosave, entries, choices, e -> {
            window.recover(e.board(), e.original());
            autosaver.adopt(e.key());
        });
    }
}
