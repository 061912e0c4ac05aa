package org.stageboard.check;

import java.util.List;
import org.stageboard.model.Stage;

/** The shipped rules, in the order their findings are listed within one stage and severity. */
public final class Rules {
    private static final List<Rule> ALL = List.of(
            new MissingStageRule(),
            new EmptyStageRule(),
            new StageMentionRule("requirements-no-number", Severity.WARNING, Stage.REQUIREMENTS, Numbers::hasNumber),
            new LabelSourceRule(),
            new StageMentionRule("no-baseline", Severity.WARNING, Stage.MODEL, Vocabulary.BASELINE),
            new StageMentionRule("missing-offline-metric", Severity.WARNING, Stage.EVALUATION,
                    Vocabulary.OFFLINE_METRIC),
            new StageMentionRule("missing-online-metric", Severity.WARNING, Stage.EVALUATION,
                    text -> Vocabulary.ONLINE_METRIC.in(text) || OnlineSection.in(text)),
            new StageMentionRule("serving-mode", Severity.WARNING, Stage.SERVING, Vocabulary.SERVING_MODE),
            new StageMentionRule("no-latency-budget", Severity.WARNING, Stage.SERVING, Numbers::hasLatencyBudget)
                    .alsoSatisfiedBy(Stage.REQUIREMENTS),
            new StageMentionRule("monitoring-no-drift-or-retraining", Severity.WARNING, Stage.MONITORING,
                    Vocabulary.DRIFT_OR_RETRAINING),
            new UnstatedTradeoffRule(),
            new IncompleteTradeoffRule(),
            new FeedbackLoopRule(),
            new DisconnectedBoxRule());

    private Rules() {
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }
}
