package org.stageboard.edit;

import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/** A note turned into the box of the stage a finding says it describes (the findings panel's fix link). */
public record FixStage(String id, Stage stage) implements BoardEdit {
    public Board apply(Board b) {
        return Edits.changeStage(b, id, stage);
    }

    public String descriptionKey() {
        return "check.fix.toStage.edit";
    }

    public Object[] descriptionArgs() {
        return new Object[] {Messages.stageName(stage)};
    }
}
