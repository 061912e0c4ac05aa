package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Questions fit the kind of system and what the board states: the missing-monitoring question is worded for the
 * board's kind; a stated rule or heuristic is a baseline; position bias needs clicks; a stated placement answers
 * "device or server?"; a weekly batch gets no real-time feature question; the taxonomy question needs a classifier.
 */
@ExtendWith(InEnglish.class)
class FollowUpKindWordingTest {
    private static Board withoutMonitoring(String title, String model) {
        return board(title, Stage.REQUIREMENTS, "goal stated", Stage.DATA, "history of events",
                Stage.MODEL, model, Stage.EVALUATION, "offline test set", Stage.SERVING, "API");
    }

    @Test
    void missingMonitoringIsAskedInTheWordsOfTheBoardsKind() {
        List<String> forecast = ids(withoutMonitoring("Demand forecast per store", "LightGBM demand forecast"));
        assertTrue(forecast.contains("g.monitoring.drift-forecast"), forecast.toString());
        assertFalse(forecast.contains("g.monitoring.drift"), "one drift question per board: " + forecast);
        List<String> recs = ids(withoutMonitoring("Music recommendations", "two-tower recommender, ranking"));
        assertTrue(recs.contains("g.monitoring.drift-ranking"), recs.toString());
        List<String> ltv = ids(withoutMonitoring("Customer LTV", "boosting on LTV"));
        assertTrue(ltv.contains("g.monitoring.drift-forecast"), "LTV is a regression: " + ltv);
        List<String> plain = ids(withoutMonitoring("Parking", "a model"));
        assertTrue(plain.contains("g.monitoring.drift"), "no clear kind keeps the general wording: " + plain);
    }

    @Test
    void aStatedRuleIsABaselineAndOnlyAComplexModelNeedsOne() {
        assertTrue(ids(board("Phishing", Stage.MODEL, "XGBoost on message text")).contains("g.model.baseline"));
        assertFalse(ids(board("Phishing", Stage.MODEL, "URL rules first, then XGBoost"))
                .contains("g.model.baseline"));
        assertFalse(ids(board("Anomalies", Stage.MODEL, "текущие правила + градиентный бустинг"))
                .contains("g.model.baseline"));
        assertFalse(ids(board("Phishing", Stage.MODEL, "logistic regression")).contains("g.model.baseline"),
                "nothing complex to justify");
    }

    /** Ideas of one group (what the logs' own choices do to training): a plan asks one of them. */
    static boolean biasLoop(String id) {
        return java.util.Set.of("g.model.position-bias", "g.data.selection-bias", "g.monitoring.feedback-loop",
                "g.model.filter-bubble", "g.model.diversity", "g.model.explore").contains(id);
    }

    @Test
    void positionBiasNeedsClicksFromARankedList() {
        assertFalse(ids(board("Lesson ranking", Stage.MODEL, "rank lessons by mastery gain"))
                .contains("g.model.position-bias"));
        // position bias is one of an idea group (selection bias, feedback loop, filter bubble...): one of them is asked
        assertTrue(ids(board("Feed ranking", Stage.MODEL, "rank the feed by click probability")).stream()
                .anyMatch(FollowUpKindWordingTest::biasLoop));
    }

    @Test
    void aStatedPlacementAnswersDeviceOrServer() {
        assertTrue(ids(board("Phishing", Stage.SERVING, "scores SMS for the phone app")).contains("g.serving.device"));
        assertFalse(ids(board("Phishing", Stage.SERVING, "runs in the carrier network before delivery to the phone"))
                .contains("g.serving.device"));
    }

    @Test
    void aWeeklyBatchGetsNoRealTimeFeatureQuestion() {
        assertTrue(ids(board("Feed", Stage.FEATURES, "real-time session features")).contains("g.features.freshness"));
        assertFalse(ids(board("Feed", Stage.FEATURES, "real-time session features", Stage.SERVING, "weekly batch job"))
                .contains("g.features.freshness"));
    }

    @Test
    void theTaxonomyQuestionNeedsAClassifier() {
        assertFalse(ids(board("Customer LTV", Stage.FEATURES, "spend per product category"))
                .contains("g.monitoring.taxonomy"));
        assertTrue(ids(board("Ticket routing", Stage.MODEL, "classifier over ticket categories"))
                .contains("g.monitoring.taxonomy"));
    }

    @Test
    void lateAndCensoredOutcomesAreAskedAbout() {
        assertTrue(ids(board("Customer LTV", Stage.FRAMING, "predict customer LTV over 12 months",
                Stage.DATA, "customer orders")).contains("g.data.label-delay"), "an LTV label matures late");
        assertTrue(ids(board("Bid shading for display ads", Stage.DATA, "auction logs: win/loss only for our bids"))
                .contains("g.data.selection-bias"), "auction outcomes are seen only for the bids placed");
    }

    @Test
    void anOcrPipelineGetsNoEmbeddingRecomputeQuestion() {
        assertTrue(ids(board("Shelf photos", Stage.FEATURES, "image embeddings from a CNN"))
                .contains("g.features.media"));
        assertFalse(ids(board("Meter photos", Stage.FEATURES, "image crops, then OCR of the digits"))
                .contains("g.features.media"));
    }

    @Test
    void aStockQuestionWaitsBehindWhatTheBoardsOwnWordsRaise() {
        Board b = board("Invoice payment delay", Stage.REQUIREMENTS, "predict days late per invoice, 2M invoices/yr",
                Stage.DATA, "ERP invoices 4y\nrandom 80/20 split", Stage.MODEL, "XGBoost regression",
                Stage.EVALUATION, "MAE in days", Stage.SERVING, "nightly batch to the collections team");
        List<String> order = ids(b);
        assertTrue(order.contains("g.data.random-split"), order.toString());
        assertTrue(order.indexOf("g.data.random-split") < order.indexOf("g.model.baseline"),
                "the board's own random split comes before the baseline any board could get: " + order);
        assertFalse(order.contains("g.model.fallback"), "a nightly batch has no request to fall back on: " + order);
    }

    @Test
    void aStatedThresholdIsAskedAboutWithItsNumber() {
        Board b = board("Grammar correction", Stage.MODEL, "T5-small, show only if conf > 0.8",
                Stage.EVALUATION, "F0.5 on BEA");
        RankedFollowUp q = PlannedBoards.find(b, "g.evaluation.threshold-origin").orElseThrow();
        assertTrue(q.question().question().contains("conf > 0.8"), q.question().question());
    }

    @Test
    void aPromptSettingTheSceneDoesNotMakeTheBoardARecommender() {
        Board b = new Board("儿童内容安全分类", "不合适的视频不能进入儿童版推荐池。", "", "",
                board("x", Stage.FRAMING, "多标签分类 / 任一 > 阈值 -> 不进池", Stage.MODEL, "多模态 late fusion")
                        .nodes(), List.of());
        assertFalse(BoardDomains.of(new BoardText(b)).contains("ranking"), BoardDomains.of(new BoardText(b)).toString());
        assertTrue(BoardDomains.of(new BoardText(b)).contains("classify"));
    }

    @Test
    void aBoxStillWeighingOptionsIsNotQuotedAsAChoice() {
        assertFalse(ids(board("Lead scoring", Stage.MODEL, "LogReg vs XGB")).contains("g.model.tradeoff"),
                "'what did you consider instead?' does not fit a box that names both options");
        assertFalse(ids(board("Отток", Stage.MODEL, "CatBoost или LightGBM")).contains("g.model.tradeoff"));
    }
}
