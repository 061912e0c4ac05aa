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
            // a share within a tolerance ("within +-2s: 81%") is an accuracy, however the metric is named
            new StageMentionRule("missing-offline-metric", Severity.WARNING, Stage.EVALUATION,
                    text -> Vocabulary.OFFLINE_METRIC.in(text) || ToleranceAccuracy.in(text)),
            new StageMentionRule("missing-online-metric", Severity.WARNING, Stage.EVALUATION,
                    text -> Vocabulary.ONLINE_METRIC.in(text) || OnlineSection.in(text) || UsageShare.in(text)),
            // a schedule ("every Monday night", 每周一跑) is a batch job and a time per request ("p99 < 60 ms") answers
            // requests as they come, whatever words name the mode
            new StageMentionRule("serving-mode", Severity.WARNING, Stage.SERVING,
                    text -> Vocabulary.SERVING_MODE.in(text) || Numbers.hasSchedule(text) || Numbers.hasAnswerTime(text)),
            new StageMentionRule("no-latency-budget", Severity.WARNING, Stage.SERVING, Numbers::hasLatencyBudget)
                    .alsoSatisfiedBy(Stage.REQUIREMENTS),
            // candidates often write the retraining cadence beside the model ("LightGBM, retrain daily")
            new StageMentionRule("monitoring-no-drift-or-retraining", Severity.WARNING, Stage.MONITORING,
                    text -> Vocabulary.DRIFT_OR_RETRAINING.in(text) || DistributionAgainstThePast.in(text))
                    .alsoSatisfiedBy(Stage.MODEL, Rules::retrainsOnASchedule),
            new UnstatedTradeoffRule(),
            new IncompleteTradeoffRule(),
            new FeedbackLoopRule(),
            new DisconnectedBoxRule());

    private Rules() {
    }

    /** "XGBoost, retrain daily", 每天重训: a cadence, not a fine-tuned model ("дообученный ViT", "не дообучаем"). */
    private static boolean retrainsOnASchedule(String text) {
        return Vocabulary.DRIFT_OR_RETRAINING.in(text) && Numbers.hasSchedule(text);
    }

    public static List<Rule> all() {
        return ALL;
    }

    public static List<String> ids() {
        return ALL.stream().map(Rule::id).toList();
    }
}
