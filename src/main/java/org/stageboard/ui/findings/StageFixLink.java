package org.stageboard.ui.findings;

import java.util.function.Consumer;
import javafx.scene.control.Hyperlink;
import javafx.scene.control.Tooltip;
import org.stageboard.check.Finding;
import org.stageboard.edit.Document;
import org.stageboard.edit.FixStage;
import org.stageboard.i18n.Messages;

/**
 * The one-click fix under a "missing stage" finding whose stage a note seems to hold: "Make it the Serving box".
 * Applying it is one undoable step named for Edit › Undo.
 */
public final class StageFixLink extends Hyperlink {
    public StageFixLink(Finding.StageFix fix, Consumer<Finding.StageFix> onFix) {
        super(Messages.get("check.fix.toStage", Messages.stageName(fix.stage())));
        getStyleClass().add("finding-fix");
        setTooltip(new Tooltip(Messages.get("check.fix.toStage.tooltip", Messages.stageName(fix.stage()))));
        setOnAction(e -> {
            e.consume();
            onFix.accept(fix);
        });
    }

    /** Turns the note into the stage's box on {@code document}, as one named step; false when nothing changed. */
    public static boolean apply(Document document, Finding.StageFix fix) {
        return document.apply(new FixStage(fix.nodeId(), fix.stage()));
    }
}
