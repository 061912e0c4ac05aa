package org.stageboard.check;

import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * A stage the profile requires has no box at all: the answer skips a whole part of the pipeline. When a note is
 * titled like that stage ("Serving", "监控", "Мониторинг"), the candidate most likely drew the stage with the wrong
 * tool: the finding still reports the stage missing (the board does not show it as a stage), points at the note and
 * offers to turn it into the stage's box.
 */
public final class MissingStageRule implements Rule {
    @Override
    public String id() {
        return "missing-stage";
    }

    @Override
    public Severity severity() {
        return Severity.ERROR;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        for (Stage s : ctx.profile().requiredStages()) {
            if (ctx.hasStage(s)) {
                continue;
            }
            Node note = noteTitledAs(ctx, s);
            if (note == null) {
                out.add(this, s, null);
            } else {
                out.addWithFix(this, "lookslike", s, note.id(), new Finding.StageFix(note.id(), s), note.title().strip());
            }
        }
    }

    /** The first note whose title names {@code stage}, or null. */
    private static Node noteTitledAs(CheckContext ctx, Stage stage) {
        for (Node n : ctx.nodes(Stage.NOTE)) {
            if (!n.title().isBlank() && StageTitles.stageNamed(n.title()) == stage) {
                return n;
            }
        }
        return null;
    }
}
