package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.find;
import static org.stageboard.rehearsal.PlannedBoards.plan;
import static org.stageboard.rehearsal.PlannedBoards.top;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * The follow-up card asks about the board's own kind of system: domain questions need the domain in the title,
 * prompt or several boxes; "why online?" is not asked where the board answers it; box-quoting questions do not
 * crowd the top five; precise probes (downsampling, stated error intolerance) surface from one mention.
 */
@ExtendWith(InEnglish.class)
class FollowUpDomainTest {
    private static final Set<String> QUOTING = Set.of("g.data.tradeoff", "g.model.tradeoff", "g.serving.tradeoff");
    private static final Set<String> LLM = Set.of("g.model.grounding", "g.evaluation.generation",
            "g.serving.generation-cost", "g.monitoring.generation-safety");
    private static boolean raisedByBoard(Board b, String id) {
        return find(b, id).map(r -> r.why().kind() == FollowUpReason.Kind.BOARD).orElse(false);
    }

    @Test
    void centralNeedsTitlePromptOrTwoBoxes() {
        Board once = board("Ticket routing", Stage.MODEL, "LLM zero-shot tried: 71% acc");
        BoardText t = new BoardText(once);
        assertTrue(t.mentions("llm"));
        assertFalse(t.central("llm"), "one box saying it once is not the board's subject");
        assertTrue(new BoardText(board("LLM support assistant", Stage.MODEL, "fine-tuned")).central("llm"));
        assertTrue(new BoardText(board("Support", Stage.MODEL, "LLM writes the answer", Stage.SERVING,
                "hosted LLM, streaming")).central("llm|gpt"));
        assertTrue(new BoardText(board("Support", Stage.MODEL, "GPT writes", Stage.SERVING, "hosted LLM"))
                .central("llm|gpt"), "synonyms of one idea add up across boxes");
    }

    @Test
    void oneMentionOfAnotherDomainRaisesNoDomainQuestion() {
        Board routing = board("Support ticket routing", Stage.DATA, "2 yrs of tickets, label = team",
                Stage.MODEL, "fine-tuned deberta classifier\nLLM zero-shot tried: 71% acc vs 88%, and $$ per ticket",
                Stage.SERVING, "batch every 5 min");
        for (String id : LLM) {
            assertFalse(raisedByBoard(routing, id), id + " leaked onto a routing board");
            assertFalse(top(routing, 5).contains(id), id + " in the top 5 of a routing board");
        }
        Board assistant = board("LLM support assistant", Stage.MODEL, "RAG over help articles, LLM answers");
        assertTrue(raisedByBoard(assistant, "g.evaluation.generation"));
    }

    @Test
    void forecastWordsAloneDoNotRaiseTheStockQuestion() {
        Board calls = board("Call-centre load forecast", Stage.FRAMING, "forecast calls per 30 min",
                Stage.DATA, "4 years of call history, demand by hour");
        assertFalse(raisedByBoard(calls, "g.data.censored-demand"));
        Board grocery = board("Grocery replenishment", Stage.DATA, "sales and stock levels per store",
                Stage.SERVING, "nightly replenishment orders from stock and forecast");
        assertTrue(raisedByBoard(grocery, "g.data.censored-demand"));
    }

    @Test
    void reportsOnAModerationBoardAreNotDelayedLabels() {
        Board chat = board("Game chat moderation", Stage.DATA, "player reports + moderator labels",
                Stage.EVALUATION, "report rate per 1k msgs, churn of new players");
        assertFalse(raisedByBoard(chat, "g.data.label-delay"));
        assertFalse(raisedByBoard(chat, "g.framing.churn-action"), "churn said once is not a churn board");
        assertTrue(raisedByBoard(chat, "g.framing.action-thresholds"));
    }

    @Test
    void whyOnlineIsNotAskedWhereTheBoardAnswersIt() {
        String id = "g.serving.batch-online";
        Board bare = board("Fraud scoring", Stage.MODEL, "GBDT", Stage.SERVING, "online on GPU");
        assertTrue(find(bare, id).isPresent(), "online with no reason: still worth asking");
        Board reason = board("Fraud scoring", Stage.MODEL, "GBDT", Stage.SERVING,
                "online because the payment waits for the decision");
        assertTrue(find(reason, id).isEmpty(), "online stated with its reason");
        Board budget = board("Feed", Stage.REQUIREMENTS, "p99 < 80ms", Stage.SERVING, "online on GPU");
        assertTrue(find(budget, id).isEmpty(), "a latency budget already says it is served per request");
        Board search = board("Code search", Stage.MODEL, "bi-encoder", Stage.SERVING, "online");
        assertTrue(find(search, id).isEmpty(), "search is inherently online");
        assertTrue(find(search, "g.serving.tradeoff").isEmpty(), "nor asked again by quoting the box");
    }

    @Test
    void downsamplingRaisesTheCalibrationQuestionUntilCalibrationIsStated() {
        Board ads = board("Sponsored products", Stage.DATA, "ad impressions + clicks\nneg downsampling 1:10",
                Stage.MODEL, "DCN-v2", Stage.EVALUATION, "AUC, logloss");
        assertTrue(top(ads, 5).contains("g.evaluation.downsampling-calibration"), top(ads, 5).toString());
        Board calibrated = board("Sponsored products", Stage.DATA, "neg downsampling 1:10",
                Stage.EVALUATION, "recalibrated with isotonic regression");
        assertTrue(find(calibrated, "g.evaluation.downsampling-calibration").isEmpty());
    }

    @Test
    void statedErrorIntoleranceRaisesTheTensionQuestion() {
        Board ocr = board("Passport OCR", Stage.REQUIREMENTS, "an error in the name or number is unacceptable",
                Stage.EVALUATION, "78% of documents fully correct");
        assertTrue(top(ocr, 5).contains("g.evaluation.error-tolerance"), top(ocr, 5).toString());
    }

    @Test
    void atMostOneBoxQuotingQuestionBeforeAllOthers() throws Exception {
        Board chat = BoardFiles.open(Path.of("src/test/resources/followup-boards/en-f07-game-chat-moderation.stageboard"));
        List<String> all = plan(chat).stream().map(r -> r.question().id()).toList();
        assertTrue(all.stream().filter(QUOTING::contains).count() >= 2, "the board has several unstated trade-offs");
        assertTrue(top(chat, 5).stream().filter(QUOTING::contains).count() <= 1, top(chat, 5).toString());
        int second = all.indexOf(all.stream().filter(QUOTING::contains).skip(1).findFirst().orElseThrow());
        assertTrue(all.subList(second, all.size()).stream().allMatch(QUOTING::contains),
                "after the first, quoting questions wait until every other one: " + all);
    }

    @Test
    void aBaselineLineIsNotQuotedAsTheChoice() {
        Board ads = board("Sponsored products", Stage.MODEL, "baseline: LR on hashed feats\nv1: DCN-v2, +3.2% AUC");
        Optional<RankedFollowUp> q = find(ads, "g.model.tradeoff");
        q.ifPresent(r -> assertFalse(r.question().question().contains("LR on hashed"), r.question().question()));
        Board labelled = board("Similar products", Stage.MODEL, "кандидаты: ANN по эмбеддингу\nранжирование: CatBoost");
        find(labelled, "g.model.tradeoff").ifPresent(r ->
                assertTrue(r.question().question().contains("ANN"), r.question().question()));
    }

    @Test
    void aCompleteRecommenderBoardGetsDeeperProbes() {
        Board feed = board("Short-video feed recommendations", Stage.REQUIREMENTS, "2M DAU, p99 < 80ms",
                Stage.DATA, "impression logs + watch time", Stage.MODEL, "two-tower retrieval → MMoE ranker",
                Stage.EVALUATION, "AUC per head; A/B on watch time", Stage.SERVING, "online, features from redis",
                Stage.MONITORING, "drift dashboards, daily retrain");
        List<String> top = top(feed, 8);
        assertTrue(top.contains("g.evaluation.off-policy") || top.contains("g.model.filter-bubble"), top.toString());
        Board explores = board("Short-video feed recommendations", Stage.MODEL,
                "10% of traffic for exploration (epsilon-greedy)");
        assertTrue(find(explores, "g.model.filter-bubble").isEmpty(), "exploration stated: not asked");
    }
}
