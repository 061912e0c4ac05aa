package org.stageboard.rehearsal.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Numbers;
import org.stageboard.check.Profile;
import org.stageboard.check.TradeoffReadings;
import org.stageboard.check.Vocabulary;
import org.stageboard.check.tradeoff.StageReading;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.BoardFacts;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.template.Template;
import org.stageboard.text.Terms;

/**
 * Scores a finished rehearsal on each {@link Dimension}, never as a black box: every level comes from things named
 * on the board (read with the checker's vocabularies and trade-off reader), in the session log (time per phase,
 * follow-ups and curveballs answered, edits after a curveball) and in the checker's findings, and each score says
 * in one sentence what it saw, quoting the board, and in one what a stronger answer does, pointing at the
 * reference answer's box when the board's template has one.
 *
 * <p>This class reads the board; {@link ConductScores} reads how the rehearsal went (time, follow-ups, curveballs).
 * Most board dimensions read the same way: nothing written there is {@link Level#MISSING}; then the count of the
 * dimension's three marks (for serving and operations, four) decides PARTIAL, SOLID or STRONG.
 */
public final class Scorer {
    /** Guardrail words: a metric that must not get worse while the main one improves. */
    static final Terms GUARDRAIL = Terms.of(List.of("guardrail*", "guard rail*", "counter metric*", "counter-metric*",
            "must not drop", "must not increase", "do no harm", "without hurting", "while keeping", "latency",
            "complaint*", "opt-out*", "unsubscribe*", "error rate", "fairness"),
            List.of("护栏", "护栏指标", "守护指标", "反向指标", "不能下降", "不劣化", "投诉", "延迟", "退订", "公平"),
            List.of("защитн* метрик*", "контрметрик*", "ограничител*", "не должн* упасть", "не должн* расти",
                    "не пада*", "без ущерба",
                    "жалоб*", "задержк*", "отписк*", "справедлив*"));
    /** Decision stages whose trade-offs the scorecard reads (the checker's default profile reads fewer). */
    private static final Profile TRADEOFFS = new Profile("score", Stage.pipeline(),
            List.of(Stage.DATA, Stage.FEATURES, Stage.MODEL, Stage.SERVING));

    private Scorer() {
    }

    /** The scorecard of a saved (finished) session; {@code template} is the board's, for the reference answer. */
    public static Scorecard score(SavedSession session, Optional<Template> template) {
        Board board = session.log().lastBoard();
        BoardWords words = new BoardWords(board);
        List<Finding> findings = Checker.check(board);
        Map<Stage, StageReading> tradeoffs = TradeoffReadings.of(board, TRADEOFFS);
        List<DimensionScore> out = new ArrayList<>();
        out.add(framing(words, template));
        out.add(dataFeatures(words, tradeoffs, template));
        out.add(modelling(words, tradeoffs, template));
        out.add(evaluation(words, template));
        out.add(servingOps(words, findings, template));
        out.add(ConductScores.time(session));
        out.add(ConductScores.followUps(session.log()));
        return new Scorecard(out);
    }

    static DimensionScore framing(BoardWords w, Optional<Template> t) {
        if (!w.says(Stage.REQUIREMENTS) && !w.says(Stage.FRAMING)) {
            return empty(Dimension.FRAMING, "score.framing.empty",
                    Sentences.stronger("score.framing.stronger.numbers", t, Stage.REQUIREMENTS, Vocabulary.SCALE));
        }
        Optional<String> numbers = w.line(Numbers::hasNumber, Stage.REQUIREMENTS);
        Optional<String> task = w.first(Stage.FRAMING);
        // "target: 80% recall" in the requirements is a goal, not a label: the label is read where labels are written
        Optional<String> label = w.line(Vocabulary.LABEL_SOURCE, Stage.FRAMING)
                .or(() -> BoardFacts.label(w.only(Stage.FRAMING, Stage.DATA)))
                .or(() -> w.line(Vocabulary.LABEL_SOURCE, Stage.DATA));
        List<String> clauses = new ArrayList<>();
        clauses.add(Sentences.quoteOr(numbers, "score.framing.numbers", "score.framing.noNumbers"));
        clauses.add(Sentences.quoteOr(task, "score.framing.task", "score.framing.noTask"));
        clauses.add(Sentences.quoteOr(label, "score.framing.label", "score.framing.noLabel"));
        String stronger = numbers.isEmpty()
                ? Sentences.stronger("score.framing.stronger.numbers", t, Stage.REQUIREMENTS, Vocabulary.SCALE)
                : task.isEmpty() ? Sentences.stronger("score.framing.stronger.task", t, Stage.FRAMING, null)
                : label.isEmpty() ? Sentences.stronger("score.framing.stronger.label", t, Stage.FRAMING,
                        Vocabulary.LABEL_SOURCE)
                : Sentences.stronger("score.framing.stronger.strong", t, null, null);
        return scored(Dimension.FRAMING, count(numbers, task, label), 3, clauses, stronger);
    }

    static DimensionScore dataFeatures(BoardWords w, Map<Stage, StageReading> tradeoffs, Optional<Template> t) {
        if (!w.says(Stage.DATA) && !w.says(Stage.FEATURES)) {
            return empty(Dimension.DATA_FEATURES, "score.data.empty",
                    Sentences.stronger("score.data.stronger.labels", t, Stage.DATA, Vocabulary.LABEL_SOURCE));
        }
        Optional<String> labels = w.line(Vocabulary.LABEL_SOURCE, Stage.DATA);
        Optional<String> features = w.says(Stage.FEATURES) ? w.first(Stage.FEATURES) : Optional.empty();
        Optional<StageReading> tradeoff = stated(tradeoffs, Stage.DATA, Stage.FEATURES);
        List<String> clauses = new ArrayList<>();
        clauses.add(Sentences.quoteOr(labels, "score.data.labels", "score.data.noLabels"));
        clauses.add(Sentences.quoteOr(features, "score.data.features", "score.data.noFeatures"));
        clauses.add(tradeoff.map(r -> tradeoffClause(r)).orElse(Sentences.clause("score.data.noTradeoff")));
        String stronger = labels.isEmpty()
                ? Sentences.stronger("score.data.stronger.labels", t, Stage.DATA, Vocabulary.LABEL_SOURCE)
                : features.isEmpty() ? Sentences.stronger("score.data.stronger.features", t, Stage.FEATURES, null)
                : tradeoff.isEmpty() ? Sentences.stronger("score.data.stronger.tradeoff", t, Stage.DATA, null)
                : Sentences.stronger("score.data.stronger.strong", t, null, null);
        return scored(Dimension.DATA_FEATURES, count(labels, features, tradeoff), 3, clauses, stronger);
    }

    static DimensionScore modelling(BoardWords w, Map<Stage, StageReading> tradeoffs, Optional<Template> t) {
        if (!w.says(Stage.MODEL)) {
            return empty(Dimension.MODELLING, "score.model.empty",
                    Sentences.stronger("score.model.stronger.baseline", t, Stage.MODEL, Vocabulary.BASELINE));
        }
        Optional<String> baseline = w.line(Vocabulary.BASELINE, Stage.MODEL);
        Optional<String> stepUp = w.line(Scorer::namesModelBeyondBaseline, Stage.MODEL);
        Optional<StageReading> tradeoff = stated(tradeoffs, Stage.MODEL);
        List<String> clauses = new ArrayList<>();
        clauses.add(Sentences.quoteOr(baseline, "score.model.baseline", "score.model.noBaseline"));
        clauses.add(Sentences.quoteOr(stepUp, "score.model.stepUp", "score.model.noStepUp"));
        clauses.add(tradeoff.map(r -> tradeoffClause(r)).orElse(Sentences.clause("score.model.noTradeoff")));
        String stronger = baseline.isEmpty()
                ? Sentences.stronger("score.model.stronger.baseline", t, Stage.MODEL, Vocabulary.BASELINE)
                : stepUp.isEmpty() ? Sentences.stronger("score.model.stronger.stepUp", t, Stage.MODEL,
                        Vocabulary.MODEL_FAMILY)
                : tradeoff.isEmpty() ? Sentences.stronger("score.model.stronger.tradeoff", t, Stage.MODEL, null)
                : Sentences.stronger("score.model.stronger.strong", t, null, null);
        return scored(Dimension.MODELLING, count(baseline, stepUp, tradeoff), 3, clauses, stronger);
    }

    /** A model family named outside any baseline phrase: "GBDT" in "LR baseline, then GBDT". */
    static boolean namesModelBeyondBaseline(String normalized) {
        List<Terms.Match> baselines = Vocabulary.BASELINE.findAll(normalized);
        for (Terms.Match m : Vocabulary.MODEL_FAMILY.findAll(normalized)) {
            boolean inBaseline = baselines.stream().anyMatch(b -> m.start() < b.end() && b.start() < m.end());
            boolean saidAsBaseline = normalized.matches("(?s).*" + java.util.regex.Pattern.quote(m.text())
                    + "\\s*(?:baseline|基线|бейзлайн\\p{L}*).*");
            if (!inBaseline && !saidAsBaseline) {
                return true;
            }
        }
        return false;
    }

    static DimensionScore evaluation(BoardWords w, Optional<Template> t) {
        if (!w.says(Stage.EVALUATION)) {
            return empty(Dimension.EVALUATION, "score.eval.empty",
                    Sentences.stronger("score.eval.stronger.offline", t, Stage.EVALUATION, Vocabulary.OFFLINE_METRIC));
        }
        // a line that names one kind only is the better quote ("false decline rate" is both, in Chinese)
        Optional<String> offline = w.line(l -> Vocabulary.OFFLINE_METRIC.in(l) && !Vocabulary.ONLINE_METRIC.in(l),
                Stage.EVALUATION).or(() -> w.line(Vocabulary.OFFLINE_METRIC, Stage.EVALUATION));
        Optional<String> online = w.line(l -> Vocabulary.ONLINE_METRIC.in(l) && !Vocabulary.OFFLINE_METRIC.in(l),
                Stage.EVALUATION).or(() -> w.line(Vocabulary.ONLINE_METRIC, Stage.EVALUATION));
        Optional<String> guardrail = w.line(GUARDRAIL, Stage.EVALUATION, Stage.MONITORING);
        List<String> clauses = new ArrayList<>();
        clauses.add(Sentences.quoteOr(offline, "score.eval.offline", "score.eval.noOffline"));
        clauses.add(Sentences.quoteOr(online, "score.eval.online", "score.eval.noOnline"));
        clauses.add(Sentences.quoteOr(guardrail, "score.eval.guardrail", "score.eval.noGuardrail"));
        String stronger = offline.isEmpty()
                ? Sentences.stronger("score.eval.stronger.offline", t, Stage.EVALUATION, Vocabulary.OFFLINE_METRIC)
                : online.isEmpty() ? Sentences.stronger("score.eval.stronger.online", t, Stage.EVALUATION,
                        Vocabulary.ONLINE_METRIC)
                : guardrail.isEmpty() ? Sentences.stronger("score.eval.stronger.guardrail", t, Stage.EVALUATION,
                        GUARDRAIL)
                : Sentences.stronger("score.eval.stronger.strong", t, null, null);
        return scored(Dimension.EVALUATION, count(offline, online, guardrail), 3, clauses, stronger);
    }

    static DimensionScore servingOps(BoardWords w, List<Finding> findings, Optional<Template> t) {
        if (!w.says(Stage.SERVING) && !w.says(Stage.MONITORING)) {
            return empty(Dimension.SERVING_OPS, "score.serving.empty",
                    Sentences.stronger("score.serving.stronger.latency", t, Stage.SERVING, Vocabulary.LATENCY));
        }
        // the checker's own verdict on the latency budget (it also reads the requirements), quoted from the board
        boolean budget = findings.stream().noneMatch(f -> f.ruleId().equals("no-latency-budget"));
        Optional<String> latency = budget ? w.line(Numbers::hasLatencyBudget, Stage.REQUIREMENTS, Stage.SERVING)
                : Optional.empty();
        Optional<String> scale = w.line(l -> Vocabulary.SCALE.in(l) && Numbers.hasNumber(l),
                Stage.REQUIREMENTS, Stage.SERVING);
        Optional<String> monitoring = w.first(Stage.MONITORING);
        Optional<String> retrain = w.line(Vocabulary.DRIFT_OR_RETRAINING, Stage.MONITORING, Stage.SERVING,
                Stage.MODEL);
        List<String> clauses = new ArrayList<>();
        clauses.add(Sentences.quoteOr(latency, "score.serving.latency", "score.serving.noLatency"));
        clauses.add(Sentences.quoteOr(scale, "score.serving.scale", "score.serving.noScale"));
        clauses.add(Sentences.quoteOr(monitoring, "score.serving.monitoring", "score.serving.noMonitoring"));
        clauses.add(Sentences.quoteOr(retrain, "score.serving.retrain", "score.serving.noRetrain"));
        String stronger = latency.isEmpty()
                ? Sentences.stronger("score.serving.stronger.latency", t, Stage.SERVING, Vocabulary.LATENCY)
                : scale.isEmpty() ? Sentences.stronger("score.serving.stronger.scale", t, Stage.REQUIREMENTS,
                        Vocabulary.SCALE)
                : monitoring.isEmpty() ? Sentences.stronger("score.serving.stronger.monitoring", t, Stage.MONITORING,
                        null)
                : retrain.isEmpty() ? Sentences.stronger("score.serving.stronger.retrain", t, Stage.MONITORING,
                        Vocabulary.DRIFT_OR_RETRAINING)
                : Sentences.stronger("score.serving.stronger.strong", t, null, null);
        int marks = count(latency, scale, monitoring, retrain);
        Level level = marks >= 4 ? Level.STRONG : marks >= 2 ? Level.SOLID : Level.PARTIAL;
        return new DimensionScore(Dimension.SERVING_OPS, level, Sentences.of(clauses), stronger);
    }

    private static Optional<StageReading> stated(Map<Stage, StageReading> readings, Stage... stages) {
        for (Stage s : stages) {
            StageReading r = readings.get(s);
            if (r != null && r.stated()) {
                return Optional.of(r);
            }
        }
        return Optional.empty();
    }

    private static String tradeoffClause(StageReading r) {
        return Sentences.clause("score.tradeoff", Messages.stageName(r.stage()), BoardWords.cut(r.reading().choice()),
                BoardWords.cut(r.reading().alternative()));
    }

    private static int count(Optional<?>... marks) {
        int n = 0;
        for (Optional<?> m : marks) {
            if (m.isPresent()) {
                n++;
            }
        }
        return n;
    }

    /** Something written: PARTIAL with at most one mark of three, SOLID with two, STRONG with all. */
    private static DimensionScore scored(Dimension d, int marks, int of, List<String> clauses, String stronger) {
        Level level = marks >= of ? Level.STRONG : marks == of - 1 ? Level.SOLID : Level.PARTIAL;
        return new DimensionScore(d, level, Sentences.of(clauses), stronger);
    }

    private static DimensionScore empty(Dimension d, String evidenceKey, String stronger) {
        return new DimensionScore(d, Level.MISSING, Sentences.clause(evidenceKey), stronger);
    }
}
