package org.stageboard.ui.kit;

import java.util.List;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.Window;
import org.stageboard.i18n.Messages;

/**
 * Message boxes in the user's language (JavaFX titles them "Warning", "Message"… and labels its stock buttons in
 * English whatever the locale) that open at a size showing their text and leave a maximised owner alone.
 */
public final class Dialogs {
    private Dialogs() {
    }

    /** An alert over {@code owner} with a translated title and no header; stock buttons get translated labels. */
    public static Alert alert(Window owner, Alert.AlertType type, String text, ButtonType... buttons) {
        Alert a = new Alert(type, text);
        a.getButtonTypes().setAll(buttons.length == 0 ? List.of(ButtonType.OK) : List.of(buttons));
        a.getButtonTypes().replaceAll(Dialogs::translated);
        a.setTitle(Messages.get("dialog.title." + type.name().toLowerCase(java.util.Locale.ROOT)));
        a.setHeaderText(null);
        Windows.ownAndBlock(a, owner);
        return a;
    }

    /** A stock button (OK, Cancel, Close, Yes, No) with its label in the user's language; others as they are. */
    public static ButtonType translated(ButtonType stock) {
        String key = stock == ButtonType.OK ? "ok" : stock == ButtonType.CANCEL ? "cancel" : stock == ButtonType.CLOSE
                ? "close" : stock == ButtonType.YES ? "yes" : stock == ButtonType.NO ? "no" : null;
        if (key == null) {
            return stock;
        }
        ButtonBar.ButtonData data = stock.getButtonData();
        return new ButtonType(Messages.get("dialog.button." + key), data);
    }
}
