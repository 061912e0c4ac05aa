package org.stageboard.ui.findings;

import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.ui.kit.Dialogs;
import org.stageboard.ui.kit.Windows;

/** Check > Compare with Reference Answer: the comparison in a window of its own, beside the board. */
public final class ReferenceCompareWindow {
    private ReferenceCompareWindow() {
    }

    /** Opens the comparison for a board seeded from a template, or says why there is nothing to compare with. */
    public static void show(Window owner, Board user, TemplateLibrary templates, String stylesheet) {
        Optional<Template> template = templates.forBoard(user); // the reference in the board's own language
        if (template.isEmpty()) {
            Dialogs.alert(owner, Alert.AlertType.INFORMATION, Messages.get("compare.noTemplate")).showAndWait();
            return;
        }
        ReferenceComparisonView view = new ReferenceComparisonView();
        view.show(user, Seeder.seed(template.get(), Seeder.Mode.REFERENCE));
        Stage window = new Stage();
        window.initOwner(owner);
        Windows.fitWhenShown(window);
        window.setTitle(Messages.get("compare.title", template.get().title()));
        window.setScene(new Scene(view, 760, 720));
        window.getScene().getStylesheets().add(stylesheet);
        window.show();
    }
}
