package org.stageboard.ui.findings;

import java.util.List;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/**
 * What an empty board gets instead of one red "missing" error per stage: the stages still to write, as a neutral
 * to-do list in interview order, each with what the interviewer wants to hear there.
 */
final class StageChecklist extends VBox {
    private final Label heading = new Label(Messages.get("check.todo.heading"));

    StageChecklist() {
        super(6);
        getStyleClass().add("stage-checklist");
        setId("stage-checklist");
        heading.getStyleClass().add("todo-heading");
        heading.setWrapText(true);
        heading.setMinHeight(Region.USE_PREF_SIZE);
    }

    /** Lists {@code stages} as to-dos. */
    void show(List<Stage> stages) {
        getChildren().setAll(heading);
        for (Stage s : stages) {
            Label box = new Label("\u25CB"); // an empty circle: to do, not wrong
            box.getStyleClass().add("todo-mark");
            box.setMinWidth(Region.USE_PREF_SIZE);
            Label name = new Label(Messages.stageName(s));
            name.getStyleClass().add("todo-stage");
            Label what = new Label(Messages.get("check.todo." + s.id()));
            what.getStyleClass().add("todo-what");
            what.setWrapText(true);
            what.setMinHeight(Region.USE_PREF_SIZE);
            VBox text = new VBox(1, name, what);
            HBox.setHgrow(text, Priority.ALWAYS);
            text.setMinWidth(0);
            HBox row = new HBox(8, box, text);
            row.setAlignment(Pos.TOP_LEFT);
            row.getStyleClass().add("todo-row");
            row.setId("todo-" + s.id());
            getChildren().add(row);
        }
    }
}
