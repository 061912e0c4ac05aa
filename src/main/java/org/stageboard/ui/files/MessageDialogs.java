package org.stageboard.ui.files;

import javafx.geometry.Rectangle2D;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.stageboard.io.Excerpt;
import org.stageboard.ui.kit.Dialogs;

/**
 * Alerts whose size follows their text and never exceeds the screen. A plain {@link Alert} grows to fit its
 * content text, so one long line once made a dialog 32,767 px tall, off screen, blocking the app.
 */
public final class MessageDialogs {
    /** Wide enough for a sentence and a path, narrow enough to read. */
    static final double MAX_TEXT_WIDTH = 560;

    private MessageDialogs() {
    }

    /**
     * An alert showing {@code message}, made one bounded line, wrapped to a fixed width, with the translated title
     * and buttons of {@link Dialogs#alert} (which also sizes it to its content once shown, within the screen).
     */
    public static Alert alert(Alert.AlertType type, Window owner, String header, String message, ButtonType... buttons) {
        Alert a = Dialogs.alert(owner, type, "", buttons);
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
        return a;
    }

    /** Shows an error and waits for OK. */
    public static void showError(Window owner, String header, String message) {
        alert(Alert.AlertType.ERROR, owner, header, message, ButtonType.OK).showAndWait();
    }
}
