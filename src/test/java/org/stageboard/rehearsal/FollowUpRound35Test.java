package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.asks;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.find;
import static org.stageboard.rehearsal.PlannedBoards.ids;
import static org.stageboard.rehearsal.PlannedBoards.skips;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 35, in English, Chinese and Russian: questions set 40 asked of boards that had answered
 * them, or asked on a misread line. A split by group written as "leave-one-race-out" or «split по каналам» answers the
 * split question; a line on how late the label comes is no label to quote; an early signal answers how quality is seen
 * before the labels; prices changed at random answer price endogeneity and the feedback loop; a stated lag answers how
 * long a label takes to settle; and a note on anonymous users stands for the cold-start question.
 */
class FollowUpRound35Test {
    private static final Set<String> SPLIT = Set.of("g.data.split", "g.data.random-split", "g.data.group-split");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Course-cutting detection at marathons;leave-one-race-out CV (by race, not runner)",
        "Course-cutting detection at marathons;group k-fold by race, 5 folds",
        "Маркировка рекламы в Telegram-каналах;split по каналам, не по постам (у канала свой стиль)",
        "马拉松抄近道识别;group k-fold（按赛事分组），5 折"})
    void aSplitByGroupAnswersTheSplitQuestion(String title, String split) {
        assertTrue(ids(race(title, "split 80/20")).stream().anyMatch(SPLIT::contains),
                ids(race(title, "split 80/20")).toString());
        assertFalse(ids(race(title, split)).stream().anyMatch(SPLIT::contains), ids(race(title, split)).toString());
    }

    private static Board race(String title, String split) {
        return board(title, Stage.REQUIREMENTS, "flag runners who cut the course", Stage.DATA,
                "chip timing splits of 40 races, leak risk", Stage.MODEL, "GBDT on split paces", Stage.EVALUATION,
                split);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "label delay: claims 6-30 mo after issue -> train on issued <=2022;label: claim within the bond term",
        "label lag: ~45 d;label: claim within the bond term",
        "метка: задержка 6-30 мес после выдачи;метка: выплата по гарантии в течение срока",
        "标签：延迟 6-30 个月才有;标签：保函期内发生理赔"})
    void aLineOnHowLateTheLabelComesIsNoLabel(String delay, String label) {
        String id = "g.data.label-meaning";
        assertTrue(find(bonds(delay), id).map(r -> !r.question().question().contains(delay.substring(6, 14)))
                .orElse(true), find(bonds(delay), id).toString());
        assertTrue(find(bonds(label), id).isPresent(), ids(bonds(label)).toString());
    }

    private static Board bonds(String data) {
        return board("Surety bond claim risk", Stage.REQUIREMENTS, "~9k bonds a year", Stage.DATA,
                "12 yrs of bonds\n" + data, Stage.MODEL, "logit scorecard", Stage.EVALUATION, "AUC on 2021-22");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Surety bond claim risk;label delay: claims arrive 6-30 months later;early signal: distress notices ~4 mo before claims;monthly claim count",
        "保函理赔风险;标签延迟：理赔 6-30 个月后才有;先行指标：比理赔早 ~4 个月的预警通知;每月理赔数",
        "Риск выплат по гарантиям;задержка меток: выплаты через 6-30 месяцев;ранний сигнал: уведомления о проблемах за ~4 мес до выплат;число выплат в месяц"})
    void anEarlySignalAnswersHowQualityIsSeenBeforeTheLabels(String title, String delay, String early, String late) {
        String id = "g.monitoring.quality";
        skips(watched(title, delay, early), id);
        asks(watched(title, delay, late), id);
    }

    private static Board watched(String title, String delay, String monitoring) {
        return board(title, Stage.REQUIREMENTS, "~9k bonds a year", Stage.DATA, "label = claim\n" + delay, Stage.MODEL,
                "logit scorecard", Stage.EVALUATION, "AUC 0.76", Stage.MONITORING, monitoring);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Live seafood dynamic pricing;POS 3 yrs, price follows purchase cost;2 days a week per store: random price changes ±8%",
        "活海鲜动态定价;POS 3 年，历史价跟着进货价走;每店每周 2 天 ±8% 随机调价",
        "Динамическое ценообразование живой рыбы;POS за 3 года, цена следует за закупкой;2 дня в неделю в каждом магазине случайные изменения цен ±8%"})
    void pricesChangedAtRandomAnswerEndogeneityAndTheLoop(String title, String history, String randomised) {
        List<String> observed = ids(prices(title, history));
        assertTrue(observed.contains("g.data.price-endogeneity"), observed.toString());
        List<String> tested = ids(prices(title, history + "\n" + randomised));
        assertFalse(tested.contains("g.data.price-endogeneity"), tested.toString());
        assertFalse(tested.contains("g.monitoring.feedback-loop"), tested.toString());
    }

    private static Board prices(String title, String data) {
        return board(title, Stage.FRAMING, "price per store per species per day, max margin", Stage.DATA, data,
                Stage.MODEL, "demand model + price optimiser", Stage.SERVING, "daily batch 09:30",
                Stage.MONITORING, "weekly WAPE, retrain monthly");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "label = hours billed (invoices, ~3 wk lag);label = hours billed (invoices come weeks later)",
        "label = hours billed (invoices, 21 days lag);label = hours billed (invoices come weeks later)",
        "метка = оплаченные часы (счета, ~3 нед задержки);метка = оплаченные часы (счета приходят через недели)"})
    void aStatedLagAnswersHowLongALabelTakesToSettle(String lag, String later) {
        String id = "g.data.label-final";
        asks(interpreters(later), id);
        skips(interpreters(lag), id);
    }

    private static Board interpreters(String data) {
        return board("Court interpreter hours forecast", Stage.FRAMING, "hours per courthouse x language x week",
                Stage.DATA, data, Stage.MODEL, "global LightGBM quantile", Stage.EVALUATION, "wMAPE per language");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Board-game cafe game recs;anon tables ~40% -> recs from group size only?;shelf copies run out at 8pm?",
        "桌游店推荐下一款游戏;匿名桌 ~40% -> 只能按人数推荐？;晚上 8 点库存不够？",
        "Рекомендации игр в антикафе;анонимные столы ~40% -> рекомендации только по размеру группы?;к 20:00 копии заканчиваются?"})
    void aNoteOnAnonymousUsersStandsForColdStart(String title, String anonymous, String elsewhere) {
        String id = "g.features.coldstart";
        skips(cafe(title, anonymous), id);
        asks(cafe(title, elsewhere), id);
    }

    private static Board cafe(String title, String note) {
        return board(title, Stage.REQUIREMENTS, "top 5 games to recommend per table", Stage.DATA,
                "checkout log: table, game, minutes kept", Stage.MODEL, "two-tower embeddings + LightGBM ranker",
                Stage.EVALUATION, "NDCG@5, time split", Stage.NOTE, note);
    }
}
