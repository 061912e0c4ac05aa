package org.stageboard.bench;

import javafx.application.Application;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.stageboard.FirstFrameProbe;

/** The start-up baseline: the smallest JavaFX window (one label), timed to its first frame like Stageboard's. */
public class BareFxWindow extends Application {
    /** The entry point: not the Application itself, so the class path start works as Stageboard's Launcher does. */
    public static final class Main {
        public static void main(String[] args) {
            launch(BareFxWindow.class, args);
        }
    }

    @Override
    public void start(Stage stage) {
        stage.setScene(new Scene(new StackPane(new Label("bare")), 1440, 920));
        stage.setTitle("bare");
        stage.show();
        FirstFrameProbe.armIfRequested();
    }
}
