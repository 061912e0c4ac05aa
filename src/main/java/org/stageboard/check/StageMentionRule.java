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
    /** What a box of {@link #alsoIn} must say to count. */
    private final Predicate<String> alsoMentions;

    /**
     * @param mentions tests one box's normalised answer text
     */
    public StageMentionRule(String id, Severity severity, Stage stage, Predicate<String> mentions) {
        this(id, severity, stage, mentions, null, null);
    }

    private StageMentionRule(String id, Severity severity, Stage stage, Predicate<String> mentions, Stage alsoIn,
            Predicate<String> alsoMentions) {
        this.id = id;
        this.severity = severity;
        this.stage = stage;
        this.mentions = mentions;
        this.alsoIn = alsoIn;
        this.alsoMentions = alsoMentions;
    }

    /**
     * The same rule, also satisfied when a box of {@code other} says it: a latency budget stated once in the
     * requirements need not be repeated in the serving box.
     */
    public StageMentionRule alsoSatisfiedBy(Stage other) {
        return alsoSatisfiedBy(other, mentions);
    }

    /**
     * The same rule, also satisfied when a box of {@code other} passes {@code there}: a model box that says
     * "retrain daily" states the retraining plan, but "fine-tuned ViT" there says nothing about it.
     */
    public StageMentionRule alsoSatisfiedBy(Stage other, Predicate<String> there) {
        return new StageMentionRule(id, severity, stage, mentions, other, there);
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
        // keyed by the predicate: a rule may ask a box of its own stage and one of another different things
        if (ctx.stageSays(stage, mentions, mentions)
                || (alsoIn != null && ctx.stageSays(alsoIn, alsoMentions, alsoMentions))) {
            return;
        }
        out.add(this, stage, ctx.firstAnswered(stage));
    }
}
