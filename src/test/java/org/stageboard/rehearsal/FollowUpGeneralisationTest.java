package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.ids;
import static org.stageboard.rehearsal.PlannedBoards.plan;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * The rules that make the follow-ups fit boards nobody tuned on: a missing decision stage is asked right after the
 * notes; every note is asked, at the stage its arrow points to; questions for one kind of system need positive
 * evidence of that kind; a named metric, a stated goal, a schedule or a latency bound answer their questions; a
 * word in another sense ("reported w/ lag") raises nothing.
 */
@ExtendWith(InEnglish.class)
class FollowUpGeneralisationTest {
    /** A board with every decision stage answered; {@code overrides} replace or (with "") remove a stage's text. */
    private static Board full(String title, Map<Stage, String> overrides) {
        Map<Stage, String> text = new LinkedHashMap<>();
        text.put(Stage.REQUIREMENTS, "2M users, scores within the page load");
        text.put(Stage.FRAMING, "binary classifier: will the customer buy");
        text.put(Stage.DATA, "1 year of orders and sessions");
        text.put(Stage.FEATURES, "recency, frequency, basket size");
        text.put(Stage.MODEL, "LightGBM; baseline: logistic regression");
        text.put(Stage.EVALUATION, "PR-AUC on a time split");
        text.put(Stage.SERVING, "scored when the session starts");
        text.put(Stage.MONITORING, "weekly quality report, PSI on inputs, retrain monthly");
        text.putAll(overrides);
        Board b = Board.empty().withTitle(title);
        int i = 0;
        for (Map.Entry<Stage, String> e : text.entrySet()) {
            if (!e.getValue().isEmpty()) {
                b = b.addNode(Node.of("n" + i++, e.getKey(), "", 0, 0).withText(e.getValue()));
            }
        }
        return b;
    }

    private static Board withNote(Board b, String id, String text, String linkedTo) {
        Board out = b.addNode(Node.of(id, Stage.NOTE, "", 0, 0).withText(text));
        return linkedTo == null ? out : out.addEdge(new Edge("e-" + id, id, linkedTo, ""));
    }

    private static boolean asks(Board b, String id) {
        return ids(b).contains(id);
    }

    @Test
    void aMissingStageIsAskedRightAfterTheNote() {
        Board noEval = withNote(full("Purchase propensity", Map.of(Stage.EVALUATION, "")), "note",
                "discount abuse?", "n0");
        List<RankedFollowUp> top = plan(noEval);
        assertEquals("g.framing.note", top.get(0).question().id());
        assertEquals(Stage.EVALUATION, top.get(1).question().stage(), "the missing stage comes second: " + ids(noEval));

        Board noServing = full("Purchase propensity", Map.of(Stage.SERVING, ""));
        assertEquals(Stage.SERVING, plan(noServing).get(0).question().stage(), ids(noServing).toString());
    }

    @Test
    void aStageMissingOnAMostlyEmptyBoardDoesNotJumpTheQueue() {
        Board two = Board.empty().withTitle("Fraud").addNode(Node.of("a", Stage.FRAMING, "", 0, 0)
                .withText("binary classifier for fraud, rare positives"));
        // the rules' queue, before the learned ranker re-sorts its first places by how judges found each question
        List<String> rules = new FollowUpPlanner(BoardText::new, FollowUpRanker.RULES)
                .plan(FollowUpBank.general(), two, List.of()).stream().map(r -> r.question().id()).toList();
        assertTrue(rules.subList(0, 6).contains("g.data.imbalance"), rules.toString());
    }

    @Test
    void everyNoteIsAskedAtTheStageItsArrowPointsTo() {
        Board b = withNote(withNote(full("Purchase propensity", Map.of()), "q1", "cold-start shoppers?", "n2"),
                "q2", "discount abuse by resellers?", "n6");
        List<RankedFollowUp> plan = plan(b);
        RankedFollowUp first = plan.get(0);
        RankedFollowUp second = plan.get(1);
        assertEquals("g.framing.note", first.question().id());
        assertTrue(first.question().question().contains("cold-start shoppers?"));
        assertEquals(Stage.DATA, first.question().stage());
        assertEquals("g.framing.note.2", second.question().id());
        assertTrue(second.question().question().contains("discount abuse by resellers?"));
        assertEquals(Stage.SERVING, second.question().stage());
    }

    @Test
    void kindSpecificQuestionsNeedPositiveEvidence() {
        Board asr = full("Call transcription with LLM notes", Map.of(Stage.MODEL, "Whisper ASR + LLM summary",
                Stage.FRAMING, "LLM summarises transcripts into CRM fields"));
        assertFalse(asks(asr, "g.model.grounding"), "an LLM with no retrieval: no grounding question");
        Board rag = full("Support assistant", Map.of(Stage.MODEL, "LLM answers with RAG over the knowledge base",
                Stage.FRAMING, "LLM chatbot for support questions"));
        assertTrue(asks(rag, "g.model.grounding"), ids(rag).toString());

        Board pricing = full("Insurance pricing", Map.of(Stage.FRAMING, "regression of claim cost, Tweedie",
                Stage.EVALUATION, "Gini on holdout", Stage.REQUIREMENTS, "risk-based premium for 2M policies"));
        assertFalse(asks(pricing, "g.evaluation.auc-cut"), "nothing acts on a cut: " + ids(pricing));
        Board fraud = full("Card fraud detection", Map.of(Stage.EVALUATION, "Gini on holdout",
                Stage.SERVING, "block the transaction above the threshold"));
        assertTrue(asks(fraud, "g.evaluation.auc-cut"), ids(fraud).toString());
    }

    @Test
    void aBoardOfUnclearKindGetsNoKindSpecificQuestion() {
        Board vague = full("Untitled", Map.of(Stage.FRAMING, "predict something useful", Stage.EVALUATION, "r2"));
        assertFalse(asks(vague, "g.model.filter-bubble"));
        assertFalse(asks(vague, "g.model.position-bias"));
        assertFalse(asks(vague, "g.features.forecast-time"));
    }

    @Test
    void aNamedMetricAnswersTheOfflineMetricQuestion() {
        for (String metric : List.of("Pearson 0.52 with HTER", "MAE minutes by horizon", "WER on 50h: 8.9%",
                "Spearman on 2k pairs", "recall@20 of next view", "皮尔逊相关系数 0.5", "корреляция Пирсона 0.52")) {
            Board noMetricGap = full("Some model", Map.of(Stage.EVALUATION, metric));
            assertFalse(asks(noMetricGap, "g.evaluation.offline-metric"), metric);
        }
        assertTrue(BoardSignals.METRIC_NAMED.matcher("gini + lift curve").find());
        assertFalse(BoardSignals.METRIC_NAMED.matcher("maestro and the cerulean sky").find(), "whole tokens only");
    }

    @Test
    void aStatedScheduleAnswersBatchOrOnline() {
        for (String schedule : List.of("batch at 08:30 into the dispatch system", "nightly job writes scores",
                "每天 08:30 批跑", "пересчёт раз в сутки")) {
            Board b = full("Load forecast", Map.of(Stage.SERVING, schedule));
            assertFalse(asks(b, "g.serving.mode"), schedule);
            assertFalse(asks(b, "g.serving.batch-online"), schedule);
            assertFalse(asks(b, "g.requirements.latency"), schedule);
        }
        Board bound = full("News clustering", Map.of(Stage.REQUIREMENTS, "article in a story ≤ 2 min after publishing",
                Stage.SERVING, "online from Kafka"));
        assertFalse(asks(bound, "g.requirements.latency"), "a latency bound is a latency budget");
    }

    @Test
    void aStatedGoalAnswersTheBusinessMetricQuestion() {
        Board goal = full("MT quality estimation", Map.of(Stage.REQUIREMENTS, "goal: −40% post-editing cost"));
        assertFalse(asks(goal, "g.requirements.metric"));
        assertFalse(asks(goal, "g.requirements.lift"), "a cost cut is not a 20% lift to question");
    }

    @Test
    void aWordInAnotherSenseRaisesNothing() {
        Board pacing = full("Ad spend forecast", Map.of(Stage.DATA, "spend per minute; click-billed spend reported w/ lag",
                Stage.FRAMING, "forecast rest-of-day traffic per campaign", Stage.MODEL, "GBM traffic forecast"));
        assertFalse(asks(pacing, "g.features.forecast-time"), "'reported w/ lag' is not lag features");
        Board lags = full("Ad spend forecast", Map.of(Stage.FEATURES, "lags of spend: 1h, 24h, rolling mean",
                Stage.FRAMING, "forecast rest-of-day traffic per campaign", Stage.MODEL, "GBM traffic forecast"));
        assertTrue(asks(lags, "g.features.forecast-time"), ids(lags).toString());
    }

    @Test
    void rarePositivesNeedEvidenceOfRarity() {
        Board common = full("Flight delay", Map.of(Stage.FRAMING, "binary classifier: delay > 15 min",
                Stage.DATA, "3 years of departures; about 20% are late"));
        assertFalse(asks(common, "g.data.imbalance"), "a binary label is not a rare one: " + ids(common));
        Board rare = full("Flight delay", Map.of(Stage.FRAMING, "binary classifier: diverted flight",
                Stage.DATA, "3 years of departures; 0.3% diverted"));
        assertTrue(asks(rare, "g.data.imbalance"), ids(rare).toString());
    }

    @Test
    void aStandardIsNotAGuest() {
        Board welds = full("Контроль сварных швов", Map.of(Stage.REQUIREMENTS, "дефекты по ГОСТ 7512, 5k снимков в день"));
        assertTrue(plan(welds).stream().noneMatch(r -> r.why().boardWords().stream()
                .anyMatch(w -> w.toLowerCase(Locale.ROOT).startsWith("гост"))), "ГОСТ is a standard, not a guest user");
    }

    @Test
    void atMostOneStockGapQuestionWhileBoardSpecificOnesRemain() {
        Board b = full("Card fraud detection", Map.of(Stage.MODEL, "XGBoost", Stage.MONITORING, "dashboard of alerts",
                Stage.EVALUATION, "PR-AUC", Stage.DATA, "chargebacks arrive after 60 days; labels only on reviewed"));
        List<RankedFollowUp> top = plan(b).subList(0, 5);
        long stock = top.stream().filter(r -> r.why().kind() == FollowUpReason.Kind.GAP
                && r.why().boardWords().isEmpty()).count();
        assertTrue(stock <= 1, top.stream().map(r -> r.question().id()).toList().toString());
    }
}
