package org.stageboard.check;

import org.stageboard.model.Stage;

/** A stage the profile requires has no box at all: the answer skips a whole part of the pipeline. */
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
            if (!ctx.hasStage(s)) {
                out.add(this, s, null);
            }
        }
    }
}
