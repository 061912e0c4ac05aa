package org.stageboard;

import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import javafx.application.Application;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Stage;
import org.stageboard.i18n.Messages;
import org.stageboard.io.Autosave;
import org.stageboard.io.Settings;
import org.stageboard.ui.Dialogs;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.Theme;
import org.stageboard.ui.WindowSize;
import org.stageboard.ui.export.ExportMemory;
import org.stageboard.ui.files.AutosaveController;
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
        window.canvas().snapToGridProperty().set(settings.snapToGrid());
        window.setExportMemory(new ExportMemory(settings));
        window.canvas().snapToGridProperty().addListener((o, a, snap) -> {
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
        List<Autosave.Entry> leftovers = autosave.list();
        AutosaveController autosaver = new AutosaveController(autosave, window.document(), window.files());
        WindowSize.restore(stage, settings);
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!offerRecovery(window, autosave, leftovers) && !args.isEmpty()) {
            window.openFile(Path.of(args.get(0)));
        }
        stage.setOnHidden(e -> {
            autosaver.discard();
            WindowSize.remember(stage, settings);
            settings.saveIfPossible();
        });
    }


    /** After a crash, offers the newest autosaved board; returns true when it was restored. */
    private boolean offerRecovery(MainWindow window, Autosave autosave, List<Autosave.Entry> entries) {
        if (entries.isEmpty()) {
            return false;
        }
        Autosave.Entry newest = entries.stream().max(Comparator.comparing(Autosave.Entry::savedAt)).orElseThrow();
        String name = newest.original() == null ? Messages.get("file.untitled") : newest.original().getFileName().toString();
        ButtonType recover = new ButtonType(Messages.get("recover.yes"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("recover.no"), ButtonBar.ButtonData.NO);
        Alert a = Dialogs.alert(window.stage(), Alert.AlertType.CONFIRMATION,
                Messages.get("recover.text", name, newest.savedAt()), recover, discard);
        a.setHeaderText(Messages.get("recover.header"));
        boolean restore = a.showAndWait().orElse(discard) == recover;
        for (Autosave.Entry e : entries) {
            if (e != newest || !restore) {
                try {
                    autosave.discard(e.key());
                } catch (java.io.IOException ignored) {
                    // left for the next start to offer again
                }
            }
        }
        if (restore) {
            window.recover(newest.board(), newest.original());
            try {
                autosave.discard(newest.key());
            } catch (java.io.IOException ignored) {
                // the restored board is dirty and will be autosaved again under a new key
            }
        }
        return restore;
    }
}
