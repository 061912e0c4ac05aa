package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.find;
import static org.stageboard.rehearsal.PlannedBoards.plan;
import static org.stageboard.rehearsal.PlannedBoards.top;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Questions about this board: they quote its label and metric words, stay within its kind of system, never ask what
 * it answers, and leave room for specific questions beside the checker's gaps.
 */
@ExtendWith(InEnglish.class)
class FollowUpBoardSpecificTest {
    @Test
    void aLabelThatSettlesLaterIsQuotedInTheQuestion() {
        Board hotel = board("Hotel search ranking",
                Stage.FRAMING, "LTR over hotels\nlabel: booked=3, clicked=1, seen=0",
                Stage.DATA, "impressions + bookings, 90d\ncancellations arrive up to 30d later");
        RankedFollowUp q = find(hotel, "g.data.label-final").orElseThrow();
        assertTrue(q.question().question().contains("“booked=3, clicked=1, seen=0”"), q.question().question());
        assertTrue(q.why().boardWords().contains("later"), q.why().boardWords().toString());

        Board noDelay = board("Hotel search ranking", Stage.FRAMING, "label: booked=3, clicked=1, seen=0");
        assertTrue(find(noDelay, "g.data.label-final").isEmpty(), "nothing on the board says the label comes later");
        assertTrue(find(noDelay, "g.data.label-meaning").orElseThrow().question().question().contains("booked=3"));
        assertTrue(find(noDelay, "g.data.labels").isEmpty(), "the board states its label: no 'where do labels come from?'");

        Board none = board("Hotel search ranking", Stage.DATA, "impressions + bookings, 90d; arrive later");
        assertTrue(plan(none).stream().noneMatch(r -> r.question().question().contains("{label}")
                || r.question().id().equals("g.data.label-meaning")), "no label on the board, no question quoting one");
    }

    @Test
    void theLabelIsQuotedInChineseAndRussianToo() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Board loans = board("消费贷团伙欺诈识别", Stage.DATA, "申请信息、设备\n标签：逾期 M3+（6 个月后才知道）");
        String zh = find(loans, "g.data.label-final").orElseThrow().question().question();
        assertTrue(zh.contains("“逾期 M3+（6 个月后才知道）”") && zh.contains("标签"), zh);

        Messages.setLocale(Locale.forLanguageTag("ru"));
        Board music = board("Рекомендации музыки", Stage.DATA, "события плеера: play, skip / метка: не скипнут за 30 с");
        String ru = find(music, "g.data.label-meaning").orElseThrow().question().question();
        assertTrue(ru.contains("«не скипнут за 30 с»"), ru);
    }

    @Test
    void aNotesOpenQuestionIsAskedAtTheStageItsArrowPointsTo() {
        Board ato = board("Account takeover at login", Stage.EVALUATION, "PR-AUC, recall @ 1% step-up rate")
                .addNode(Node.of("note", Stage.NOTE, "?", 0, 0).withText("step-up threshold??\nmaybe 1%"))
                .addEdge(new org.stageboard.model.Edge("e1", "note", "n0", ""));
        RankedFollowUp q = find(ato, "g.framing.note").orElseThrow();
        assertTrue(q.question().question().contains("“step-up threshold?”"), q.question().question());
        assertEquals(Stage.EVALUATION, q.question().stage(), "asked where the note's arrow points");
        assertTrue(top(ato, 3).contains("g.framing.note"), top(ato, 5).toString());

        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Board asr = board("智能音箱意图识别", Stage.MODEL, "BERT-tiny")
                .addNode(Node.of("note", Stage.NOTE, "?", 0, 0).withText("ASR 错字怎么办？“播放周杰伦的七里香” → “播放周杰轮的气里香”"));
        String zh = find(asr, "g.framing.note").orElseThrow().question().question();
        assertTrue(zh.contains("“ASR 错字怎么办？”"), "the note's question, not its example: " + zh);
        assertTrue(find(board("No notes", Stage.MODEL, "BERT-tiny"), "g.framing.note").isEmpty());
    }

    @Test
    void aMetricIsQuotedAsTheBoardWritesIt() {
        Board bikes = board("Bike-share demand forecast",
                Stage.FEATURES, "lags (1h, 24h), weather", Stage.EVALUATION, "MAPE per station, backtest");
        String q = find(bikes, "g.evaluation.mape").orElseThrow().question().question();
        assertTrue(q.startsWith("You report MAPE."), q);
        assertTrue(find(board("Churn", Stage.EVALUATION, "PR-AUC"), "g.evaluation.mape").isEmpty());
    }

    @Test
    void questionsForAnotherKindOfSystemStayAway() {
        Board forecast = board("Daily demand forecast per store",
                Stage.DATA, "POS sales 3y, promo clicks on the app", Stage.MODEL, "LightGBM, tweedie; forecast 7 days");
        assertEquals(Set.of("forecast"), BoardDomains.of(new BoardText(forecast)));
        List<String> ids = plan(forecast).stream().map(r -> r.question().id()).toList();
        assertFalse(ids.contains("g.model.position-bias"), "no ranking question on a forecasting board: " + ids);
        assertFalse(ids.contains("g.data.negatives"), ids.toString());

        Board feed = board("Product feed ranking", Stage.DATA, "impressions and clicks from the feed");
        assertTrue(BoardDomains.of(new BoardText(feed)).contains("ranking"));
        // position bias is one of an idea group (selection bias, feedback loop, filter bubble...): one of them is asked
        assertTrue(plan(feed).stream().anyMatch(r -> FollowUpKindWordingTest.biasLoop(r.question().id())),
                "clicks from a ranking: position bias or its idea group");

        assertTrue(BoardDomains.of(new BoardText(board("Untitled", Stage.DATA, "some logs")))
                .isEmpty(), "no clear kind: nothing is kept out");
    }

    @Test
    void aMetricReadAtACutAnswersTheThresholdQuestion() {
        Board atCut = board("Account takeover fraud detection", Stage.EVALUATION, "PR-AUC, recall @ 1% step-up rate");
        assertTrue(find(atCut, "g.evaluation.auc-cut").isEmpty());
        Board aucOnly = board("Account takeover fraud detection", Stage.EVALUATION, "PR-AUC on last month");
        assertTrue(find(aucOnly, "g.evaluation.auc-cut").orElseThrow().question().question().startsWith("PR-AUC"));
    }

    @Test
    void gapOnlyQuestionsLeaveRoomForSpecificOnes() {
        Board claims = board("Insurance claim fraud",
                Stage.REQUIREMENTS, "300k claims/yr, SIU team of 12",
                Stage.FRAMING, "binary: fraud vs not, score to SIU",
                Stage.DATA, "labels = SIU outcomes, only on referred claims",
                Stage.FEATURES, "claim amount, policy age, repair shop",
                Stage.MODEL, "XGBoost",
                Stage.EVALUATION, "PR-AUC");
        List<RankedFollowUp> plan = plan(claims);
        String selected = find(claims, "g.data.labels-selected").orElseThrow().question().question();
        assertTrue(selected.contains("“labels = SIU outcomes, only on referred claims”"),
                "quotes the clause that says which cases have labels: " + selected);
        long gapOnly = plan.stream().limit(5).filter(r -> r.why().kind() == FollowUpReason.Kind.GAP
                && r.why().boardWords().isEmpty()).count();
        assertTrue(gapOnly <= 2, "at most two gap-only questions in the top 5: " + top(claims, 5));
        assertTrue(plan.stream().anyMatch(r -> r.question().id().equals("g.model.baseline")),
                "the gap is still asked, later");

        Board empty = board("Untitled", Stage.MODEL, "XGBoost");
        long emptyGaps = plan(empty).stream().limit(5).filter(r -> r.why().kind() == FollowUpReason.Kind.GAP).count();
        assertTrue(emptyGaps > 2, "a mostly empty board is asked about its gaps: " + top(empty, 5));
    }
}
