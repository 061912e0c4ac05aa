package org.stageboard.ui.files;

import javafx.application.Platform;
import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stageboard.io.Excerpt;

/**
 * Alerts whose size follows their text and never exceeds the screen. A plain {@link Alert} grows to fit its
 * content text, so one long line once made a dialog 32,767 px tall, off screen, blocking the app.
 */
public final class MessageDialogs {
    /** Wide enough for a sentence and a path, narrow enough to read. */
    static final double MAX_TEXT_WIDTH = 560;

    private MessageDialogs() {
    }

    /** An alert showing {@code message}, made one bounded line, wrapped to a fixed width. */
    public static Alert alert(Alert.AlertType type, Window owner, String header, String message, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setHeaderText(header);
        // the message is one line of at most 400 characters (Excerpt.line), so a wrapped label of fixed width is a
        // few lines at most: the dialog follows its text and cannot grow past the screen
        Label text = new Label(Excerpt.line(message));
        text.setWrapText(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(MAX_TEXT_WIDTH, screen.getWidth() * 0.8);
        text.setMaxWidth(width);
        text.setPrefWidth(width);
        text.setMinHeight(Region.USE_PREF_SIZE);
        a.getDialogPane().setContent(text);
        a.getDialogPane().setMaxWidth(screen.getWidth() * 0.9);
        a.getDialogPane().setMaxHeight(screen.getHeight() * 0.9);
        a.setResizable(true);
        fitOnShown(a);
        return a;
    }

    /**
     * Sizes a dialog's window to its content once shown, kept within the screen. Some Linux window managers open a
     * resizable dialog at a sliver of its preferred size; this makes every dialog of ours open at its real size.
     */
    static void fitOnShown(javafx.scene.control.Dialog<?> dialog) {
        dialog.setOnShown(e -> Platform.runLater(() -> {
            Window w = dialog.getDialogPane().getScene().getWindow();
            if (w instanceof Stage stage) {
                Rectangle2D screen = Screen.getPrimary().getVisualBounds();
                stage.sizeToScene();
                stage.setWidth(Math.min(stage.getWidth(), screen.getWidth()));
                stage.setHeight(Math.min(stage.getHeight(), screen.getHeight()));
                stage.setX(Math.max(screen.getMinX(), Math.min(stage.getX(), screen.getMaxX() - stage.getWidth())));
                stage.setY(Math.max(screen.getMinY(), Math.min(stage.getY(), screen.getMaxY() - stage.getHeight())));
            }
        }));
    }

    /** Shows an error and waits for OK. */
    public static void showError(Window owner, String header, String message) {
        alert(Alert.AlertType.ERROR, owner, header, message, ButtonType.OK).showAndWait();
    }
}
