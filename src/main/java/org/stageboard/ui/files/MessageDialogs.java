package org.stageboard.ui.files;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.stage.Screen;
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

    /** An alert showing {@code message} (made one bounded line) wrapped in a label that scrolls if it must. */
    public static Alert alert(Alert.AlertType type, Window owner, String header, String message, ButtonType... buttons) {
        Alert a = new Alert(type, "", buttons);
        if (owner != null) {
            a.initOwner(owner);
        }
        a.setHeaderText(header);
        Label text = new Label(Excerpt.line(message));
        text.setWrapText(true);
        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(MAX_TEXT_WIDTH, screen.getWidth() * 0.8);
        text.setMaxWidth(width);
        text.setPrefWidth(width);
        ScrollPane scroll = new ScrollPane(text);
        scroll.setFitToWidth(true);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        scroll.setMaxHeight(screen.getHeight() * 0.5);
        scroll.setStyle("-fx-background-color: transparent; -fx-background: transparent;");
        a.getDialogPane().setContent(scroll);
        a.getDialogPane().setMaxWidth(screen.getWidth() * 0.9);
        a.getDialogPane().setMaxHeight(screen.getHeight() * 0.9);
        a.setResizable(true);
        return a;
    }

    /** Shows an error and waits for OK. */
    public static void showError(Window owner, String header, String message) {
        alert(Alert.AlertType.ERROR, owner, header, message, ButtonType.OK).showAndWait();
    }
}
