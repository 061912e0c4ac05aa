package org.stageboard;

import java.nio.file.Path;
import java.util.List;
import javafx.application.Application;
import javafx.stage.Stage;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.files.RecentFiles;

/** The desktop application: one editor window, opening the board named on the command line if any. */
public class App extends Application {
    public static void main(String[] args) {
        launch(App.class, args);
    }

    @Override
    public void start(Stage stage) {
        MainWindow window = new MainWindow(stage, RecentFiles.inMemory());
        stage.show();
        List<String> args = getParameters().getRaw();
        if (!args.isEmpty()) {
            window.openFile(Path.of(args.get(0)));
        }
    }
}
