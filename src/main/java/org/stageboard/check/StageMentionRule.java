package org.stageboard.check;

import java.util.function.Predicate;
import org.stageboard.model.Stage;

/**
 * A stage is on the board but none of its boxes mentions something the interviewer expects there (a baseline in
 * the model, a label source in the data, a latency budget in serving...). Stages missing entirely are
 * "missing-stage" and all-empty stages are "empty-stage", so this rule stays quiet for them.
 */
public final class StageMentionRule implements Rule {
    private final String id;
    private final Severity severity;
    private final Stage stage;
    private final Predicate<String> mentions;
    /** Another stage whose boxes may say it instead (a latency budget stated in requirements), or null. */
    private final Stage alsoIn;

    /**
     * @param mentions tests one box's normalised answer text
     */
    public StageMentionRule(String id, Severity severity, Stage stage, Predicate<String> mentions) {
        this(id, severity, stage, mentions, null);
    }

    private StageMentionRule(String id, Severity severity, Stage stage, Predicate<String> mentions, Stage alsoIn) {
        this.id = id;
        this.severity = severity;
        this.stage = stage;
        this.mentions = mentions;
        this.alsoIn = alsoIn;
    }

    /**
     * The same rule, also satisfied when a box of {@code other} says it: a latency budget stated once in the
     * requirements need not be repeated in the serving box.
     */
    public StageMentionRule alsoSatisfiedBy(Stage other) {
        return new StageMentionRule(id, severity, stage, mentions, other);
    }

    public StageMentionRule(String id, Severity severity, Stage stage, Keywords words) {
        this(id, severity, stage, words::in);
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public Severity severity() {
        return severity;
    }

    public Stage stage() {
        return stage;
    }

    @Override
    public void check(CheckContext ctx, FindingSink out) {
        if (!ctx.hasStage(stage) || ctx.allEmpty(stage)) {
            return;
        }
        if (said(ctx, stage) || (alsoIn != null && said(ctx, alsoIn))) {
            return;
        }
        out.add(this, stage, ctx.firstAnswered(stage));
    }

    private boolean said(CheckContext ctx, Stage where) {
        for (var n : ctx.nodes(where)) {
            if (ctx.test(n, this, mentions)) {
                return true;
            }
        }
        return false;
    }
}
