package org.stageboard.rehearsal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.fixtures.TestBoards.inARow;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;
import org.stageboard.rehearsal.FakeClock;
import org.stageboard.rehearsal.FollowUp;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.SessionLog;
import org.stageboard.template.TemplateLibrary;

@ExtendWith(InEnglish.class)
class ScorerTest {
    private final Map<Dimension, Set<Level>> reached = new EnumMap<>(Dimension.class);


    /** A session that only holds the board (one edit a minute in, then the finish). */
    private static SavedSession finished(Board b) {
        FakeClock clock = new FakeClock(0);
        SessionLog log = new SessionLog(Board.empty(), clock);
        clock.advanceMinutes(1);
        log.recordEdit(Board.empty(), b, "draw");
        clock.advanceMinutes(1);
        log.finished();
        return new SavedSession(log, PhasePlan.preset45());
    }

    private DimensionScore score(Dimension d, Board b) {
        return score(d, finished(b));
    }

    private DimensionScore score(Dimension d, SavedSession s) {
        DimensionScore out = Scorer.score(s, Optional.empty()).of(d);
        reached.computeIfAbsent(d, k -> EnumSet.noneOf(Level.class)).add(out.level());
        assertTrue(!out.evidence().isBlank() && !out.stronger().isBlank(), out.toString());
        return out;
    }

    private static Node tradeoff(Stage stage, String text, String choice, String over, String because) {
        return Node.of("t" + stage.id(), stage, "", 0, 400).withText(text)
                .withTradeoffs(List.of(new TradeOff(choice, List.of(over), because)));
    }

    @Test
    void framingNeedsNumbersATaskAndALabel() {
        assertEquals(Level.MISSING, score(Dimension.FRAMING, Board.empty()).level());
        assertEquals(Level.PARTIAL, score(Dimension.FRAMING, inARow("x", Stage.REQUIREMENTS,
                "Help shoppers find products")).level());
        DimensionScore solid = score(Dimension.FRAMING, inARow("x", Stage.REQUIREMENTS, "20k QPS, p99 50 ms",
                Stage.FRAMING, "binary classification of each payment"));
        assertEquals(Level.SOLID, solid.level());
        assertTrue(solid.evidence().startsWith("Requirements state “20k QPS, p99 50 ms”"), solid.evidence());
        assertTrue(solid.evidence().contains("no label is stated"), solid.evidence());
        assertTrue(solid.stronger().contains("label"), solid.stronger());
        DimensionScore strong = score(Dimension.FRAMING, inARow("x", Stage.REQUIREMENTS, "20k QPS, p99 50 ms",
                Stage.FRAMING, "binary classification of each payment\nlabel: chargeback within 60 days"));
        assertEquals(Level.STRONG, strong.level());
        assertTrue(strong.evidence().contains("the label is named: “label: chargeback within 60 days”"), strong.evidence());
        assertAllLevels(Dimension.FRAMING);
    }

    @Test
    void dataAndFeaturesNeedLabelsFeaturesAndATradeoff() {
        assertEquals(Level.MISSING, score(Dimension.DATA_FEATURES, inARow("x", Stage.MODEL, "GBDT")).level());
        assertEquals(Level.PARTIAL, score(Dimension.DATA_FEATURES, inARow("x", Stage.DATA, "transaction logs"))
                .level());
        Board solid = inARow("x", Stage.DATA, "chargebacks as labels", Stage.FEATURES, "amount, merchant, device");
        DimensionScore s = score(Dimension.DATA_FEATURES, solid);
        assertEquals(Level.SOLID, s.level());
        assertTrue(s.evidence().contains("“chargebacks as labels”") && s.evidence().contains("“amount, merchant, device”"),
                s.evidence());
        Board strong = solid.addNode(tradeoff(Stage.DATA, "training window", "last 90 days", "full history",
                "fraud patterns drift within months"));
        DimensionScore st = score(Dimension.DATA_FEATURES, strong);
        assertEquals(Level.STRONG, st.level(), st.evidence());
        assertTrue(st.evidence().contains("“last 90 days”"), st.evidence());
        assertAllLevels(Dimension.DATA_FEATURES);
    }

    @Test
    void modellingNeedsABaselineAStepUpAndATradeoff() {
        assertEquals(Level.MISSING, score(Dimension.MODELLING, inARow("x", Stage.DATA, "logs")).level());
        DimensionScore partial = score(Dimension.MODELLING, inARow("x", Stage.MODEL, "GBDT on 200 features"));
        assertEquals(Level.PARTIAL, partial.level());
        assertTrue(partial.evidence().startsWith("No baseline is named"), partial.evidence());
        DimensionScore solid = score(Dimension.MODELLING, inARow("x", Stage.MODEL,
                "Baseline: logistic regression\nThen GBDT"));
        assertEquals(Level.SOLID, solid.level(), solid.evidence());
        assertTrue(solid.evidence().contains("starts from “Baseline: logistic regression”"), solid.evidence());
        assertTrue(solid.evidence().contains("steps up with “Then GBDT”"), solid.evidence());
        assertEquals(Level.PARTIAL, score(Dimension.MODELLING, inARow("x", Stage.MODEL,
                "logistic regression baseline")).level(), "a baseline alone is not a step up");
        Board strong = inARow("x", Stage.MODEL, "Baseline: logistic regression\nThen GBDT")
                .addNode(tradeoff(Stage.MODEL, "", "GBDT", "deep network", "tabular data and a 5 ms budget"));
        assertEquals(Level.STRONG, score(Dimension.MODELLING, strong).level());
        assertAllLevels(Dimension.MODELLING);
    }

    @Test
    void evaluationNeedsOfflineOnlineAndGuardrails() {
        assertEquals(Level.MISSING, score(Dimension.EVALUATION, inARow("x", Stage.MODEL, "GBDT")).level());
        assertEquals(Level.PARTIAL, score(Dimension.EVALUATION, inARow("x", Stage.EVALUATION, "offline: PR-AUC"))
                .level());
        DimensionScore solid = score(Dimension.EVALUATION, inARow("x", Stage.EVALUATION,
                "offline: PR-AUC\nA/B test on approval rate"));
        assertEquals(Level.SOLID, solid.level());
        assertTrue(solid.evidence().contains("online it watches “A/B test on approval rate”"), solid.evidence());
        DimensionScore strong = score(Dimension.EVALUATION, inARow("x", Stage.EVALUATION,
                "offline: PR-AUC\nA/B test on approval rate\nguardrail: customer complaints"));
        assertEquals(Level.STRONG, strong.level());
        assertTrue(strong.evidence().contains("guardrails include “guardrail: customer complaints”"),
                strong.evidence());
        assertAllLevels(Dimension.EVALUATION);
    }

    @Test
    void servingAndOperationsNeedLatencyScaleMonitoringAndRetraining() {
        assertEquals(Level.MISSING, score(Dimension.SERVING_OPS, inARow("x", Stage.MODEL, "GBDT")).level());
        assertEquals(Level.PARTIAL, score(Dimension.SERVING_OPS, inARow("x", Stage.SERVING, "deploy on Kubernetes"))
                .level());
        Board solid = inARow("x", Stage.REQUIREMENTS, "20k QPS at peak, p99 50 ms", Stage.SERVING, "online scoring");
        DimensionScore s = score(Dimension.SERVING_OPS, solid);
        assertEquals(Level.SOLID, s.level());
        assertTrue(s.evidence().startsWith("Latency is bounded: “20k QPS at peak, p99 50 ms”"), s.evidence());
        assertTrue(s.evidence().contains("nothing is monitored"), s.evidence());
        Board strong = inARow("x", Stage.REQUIREMENTS, "20k QPS at peak, p99 50 ms", Stage.SERVING, "online scoring",
                Stage.MONITORING, "score distribution drift (PSI)\nretrain weekly");
        assertEquals(Level.STRONG, score(Dimension.SERVING_OPS, strong).level());
        assertAllLevels(Dimension.SERVING_OPS);
    }

    /** Edits at the given minutes, each on one stage, then the finish at {@code end} minutes. */
    private static SavedSession timed(int end, Object... minuteAndStage) {
        FakeClock clock = new FakeClock(0);
        Board b = Board.empty();
        SessionLog log = new SessionLog(b, clock);
        long now = 0;
        for (int i = 0; i < minuteAndStage.length; i += 2) {
            int minute = (Integer) minuteAndStage[i];
            clock.advance(minute * 60_000L - now);
            now = minute * 60_000L;
            Board next = b.addNode(Node.of("n" + i, (Stage) minuteAndStage[i + 1], "", i * 50, 0).withText("x" + i));
            log.recordEdit(b, next, "add");
            b = next;
        }
        clock.advance(end * 60_000L - now);
        log.finished();
        return new SavedSession(log, PhasePlan.preset45());
    }

    @Test
    void timeComparesEachPhaseWithItsBudget() {
        assertEquals(Level.MISSING, score(Dimension.TIME, timed(10)).level(), "no edit at all");
        DimensionScore strong = score(Dimension.TIME, timed(45, 5, Stage.REQUIREMENTS, 9, Stage.FRAMING, 18,
                Stage.DATA, 27, Stage.MODEL, 33, Stage.EVALUATION, 41, Stage.SERVING));
        assertEquals(Level.STRONG, strong.level(), strong.evidence());
        assertTrue(strong.evidence().startsWith("7 of 7 phases kept to their budget, with 45:00 used of 45:00"),
                strong.evidence());
        DimensionScore solid = score(Dimension.TIME, timed(45, 12, Stage.REQUIREMENTS, 15, Stage.FRAMING, 22,
                Stage.DATA, 30, Stage.MODEL, 35, Stage.EVALUATION, 42, Stage.SERVING));
        assertEquals(Level.SOLID, solid.level(), solid.evidence());
        assertTrue(solid.evidence().contains("Clarify requirements took 12:00 against 5:00"), solid.evidence());
        DimensionScore partial = score(Dimension.TIME, timed(45, 5, Stage.REQUIREMENTS, 9, Stage.FRAMING, 18,
                Stage.DATA, 27, Stage.MODEL));
        assertEquals(Level.PARTIAL, partial.level(), partial.evidence());
        assertTrue(partial.evidence().contains("no time went to Evaluation"), partial.evidence());
        assertEquals(Level.MISSING, score(Dimension.TIME, timed(45, 1, Stage.REQUIREMENTS)).level());
        assertAllLevels(Dimension.TIME);
    }

    private static final FollowUp Q1 = new FollowUp("q1", Stage.MODEL, "Why GBDT?", List.of(), false);
    private static final FollowUp Q2 = new FollowUp("q2", Stage.DATA, "Where do labels come from?", List.of(), false);
    private static final FollowUp Q3 = new FollowUp("q3", Stage.SERVING, "What latency?", List.of(), false);

    @Test
    void followUpsCountAnswersAndCurveballsThatChangedTheBoard() {
        assertEquals(Level.MISSING, score(Dimension.FOLLOW_UPS, Board.empty()).level());
        FakeClock clock = new FakeClock(0);
        Board b = inARow("x", Stage.DATA, "chargebacks");
        SessionLog log = new SessionLog(b, clock);
        log.followUpAsked(Q1);
        log.followUpAsked(Q2);
        log.followUpAsked(Q3);
        assertEquals(Level.MISSING, score(Dimension.FOLLOW_UPS, new SavedSession(log, PhasePlan.preset45())).level(),
                "asked, never answered");
        log.followUpAnswered(Q1, "tabular data");
        DimensionScore partial = score(Dimension.FOLLOW_UPS, new SavedSession(log, PhasePlan.preset45()));
        assertEquals(Level.PARTIAL, partial.level());
        assertTrue(partial.evidence().startsWith("1 of 3 follow-ups answered"), partial.evidence());
        log.followUpAnswered(Q2, "chargebacks after 60 days");
        assertEquals(Level.SOLID, score(Dimension.FOLLOW_UPS, new SavedSession(log, PhasePlan.preset45())).level());
        clock.advanceMinutes(20);
        log.curveballThrown(Stage.DATA, "Labels now arrive 60 days late.");
        DimensionScore unchanged = score(Dimension.FOLLOW_UPS, new SavedSession(log, PhasePlan.preset45()));
        assertTrue(unchanged.evidence().contains("the board did not change after the curveball"),
                unchanged.evidence());
        assertTrue(unchanged.stronger().contains("changes the board after a requirement change"));
        log.followUpAnswered(Q3, "p99 50 ms");
        clock.advanceMinutes(1);
        log.recordEdit(b, b.replaceNode(b.node("n0").orElseThrow().withText("chargebacks matured 60 days")), "edit");
        DimensionScore strong = score(Dimension.FOLLOW_UPS, new SavedSession(log, PhasePlan.preset45()));
        assertEquals(Level.STRONG, strong.level(), strong.evidence());
        assertEquals("3 of 3 follow-ups answered; 1 of 1 curveball changed the board (Data).", strong.evidence());
        assertAllLevels(Dimension.FOLLOW_UPS);
    }

    @Test
    void theStrongerSentencePointsAtTheReferenceAnswersBox() {
        var template = TemplateLibrary.load().byId("payment-fraud-detection", "en");
        Board b = inARow("Payment fraud detection", Stage.EVALUATION, "offline: PR-AUC");
        DimensionScore eval = Scorer.score(finished(b), template).of(Dimension.EVALUATION);
        assertTrue(eval.stronger().startsWith("A stronger answer names the online metric"), eval.stronger());
        assertTrue(eval.stronger().contains("as the reference answer’s Evaluation box does: “"), eval.stronger());
        String refLine = Sentences.referenceLine(template, Stage.EVALUATION, org.stageboard.check.Vocabulary.ONLINE_METRIC)
                .orElseThrow();
        assertTrue(eval.stronger().contains(refLine), eval.stronger() + " / " + refLine);
    }

    @Test
    void theScorecardSpeaksChineseAndRussian() {
        Board b = inARow("x", Stage.REQUIREMENTS, "每秒 2 万次请求，p99 50 毫秒", Stage.FRAMING, "二分类");
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        DimensionScore zh = Scorer.score(finished(b), Optional.empty()).of(Dimension.FRAMING);
        assertEquals("需求写了“每秒 2 万次请求，p99 50 毫秒”；问题定义写了“二分类”；没有写明标签。", zh.evidence());
        DimensionScore eval = Scorer.score(finished(inARow("x", Stage.EVALUATION,
                "离线：召回下的误拒率；PR-AUC\n线上：A/B 测试看通过率")), Optional.empty()).of(Dimension.EVALUATION);
        assertTrue(eval.evidence().contains("线上看“线上：A/B 测试看通过率”"), "a line naming one kind is quoted: "
                + eval.evidence());
        Messages.setLocale(Locale.forLanguageTag("ru"));
        DimensionScore ru = Scorer.score(finished(inARow("x", Stage.MODEL, "бейзлайн: логистическая регрессия")),
                Optional.empty()).of(Dimension.MODELLING);
        assertTrue(ru.evidence().startsWith("Модель начинается с «бейзлайн: логистическая регрессия»"), ru.evidence());
        assertTrue(ru.stronger().startsWith("Сильный ответ"), ru.stronger());
    }

    private void assertAllLevels(Dimension d) {
        assertEquals(EnumSet.allOf(Level.class), reached.get(d), d + ": every level is reachable");
    }
}
