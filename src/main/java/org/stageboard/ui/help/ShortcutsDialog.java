package org.stageboard.ui.help;

import javafx.beans.property.ReadOnlyStringWrapper;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;
import javafx.stage.Window;
import org.stageboard.i18n.Messages;
import org.stageboard.ui.kit.Dialogs;
import org.stageboard.ui.kit.Shortcut;
import org.stageboard.ui.kit.Windows;

/** Help > Shortcuts: every key and gesture, from {@link Shortcut}. */
public class ShortcutsDialog extends Dialog<Void> {
    public ShortcutsDialog(Window owner) {
        Windows.ownAndBlock(this, owner);
        setTitle(Messages.get("help.shortcuts.title"));
        setHeaderText(null);
        TableView<Shortcut> table = new TableView<>();
        table.setId("shortcuts-table");
        TableColumn<Shortcut, String> keys = new TableColumn<>(Messages.get("help.shortcuts.keys"));
        keys.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().keys()));
        keys.setPrefWidth(260);
        TableColumn<Shortcut, String> what = new TableColumn<>(Messages.get("help.shortcuts.action"));
        what.setCellValueFactory(c -> new ReadOnlyStringWrapper(c.getValue().description()));
        what.setPrefWidth(380);
        table.getColumns().add(keys);
        table.getColumns().add(what);
        table.getItems().setAll(Shortcut.values());
        table.setPrefSize(660, 520);
        table.setColumnResizePolicy(TableView.CONSTRAINED_RESIZE_POLICY_FLEX_LAST_COLUMN);
        getDialogPane().setContent(table);
        getDialogPane().getButtonTypes().add(Dialogs.translated(ButtonType.CLOSE));
    }
}
