package org.stageboard.ui.gallery;

import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stageboard.template.Template;

/** A template in the gallery's list: its title over its category's name. */
final class TemplateCell extends ListCell<Template> {
    @Override
    protected void updateItem(Template t, boolean empty) {
        super.updateItem(t, empty);
        if (empty || t == null) {
            setText(null);
            setGraphic(null);
            return;
        }
        Label name = new Label(t.title());
        name.setStyle("-fx-font-weight: bold;");
        // long titles wrap inside the list instead of being cut off or widening it into a side scroll bar
        name.setWrapText(true);
        name.setMinHeight(Region.USE_PREF_SIZE);
        // measured at the list's width (less its scroll bar), so a wrapped title gets the height it needs
        name.setPrefWidth(Math.max(120, getListView().getWidth() - 40));
        setPrefWidth(0);
        Label cat = new Label(t.category().displayName());
        cat.setStyle("-fx-opacity: 0.7; -fx-font-size: 11px;");
        setText(null);
        setGraphic(new VBox(2, name, cat));
    }
}
