package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added in round 21 (from the out-of-fold misses on dev-27 and dev-28), in examples written for this test, in
 * English, Chinese and Russian where the form exists there: "later" inside what a rejected option leads to is no
 * deferral ({@link ReasonClauses}); a measured comparison closed by "swap it in" / 全面推, an arm measured as unchanged
 * ({@link MeasuredResult}); an option named again with the one-character word it opens with ({@link FoundParts});
 * "A vs B cuz R" and "A costs N vs B, but G" ({@link VersusForms}). Amounts after "over", numbers that "went over",
 * one bad event in a reason ({@link CueGuards}, {@link SiblingReason}), 一…就, and a box that puts its decision off
 * after a heading ({@link DeferredTopic}) read no trade-off.
 */
class Round21ReadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "later" / потом / 以后 inside the consequence of the rejected option
        "price bands not a point estimate, otherwise buyers hold us to it later|price bands|a point estimate",
        "цену отдаём диапазоном, а не точкой, иначе клиенты потом спорят по каждой сделке|цену отдаём диапазоном|точкой",
        // an option named again from its one-character first word
        "新 GBDT vs 老规则：新 GBDT，因为规则漏报太多|新 GBDT|老规则",
        "客服分流 小 bert vs 大模型：小 bert，因为要毫秒级返回|小 bert|大模型",
        // "A vs B cuz R": the first option named is taken (English shorthand)
        "pricing model: per-zone gbdt vs one city-wide curve cuz demand differs by district|per-zone gbdt|one city-wide curve",
        // "A costs N vs B, but G"
        "nightly retrain costs ~3 gpu-hours vs weekly, but stale-item complaints down 30%|nightly retrain|weekly",
        "ежедневный пересчёт стоит 2 часа GPU против еженедельного, зато жалоб на устаревшие цены меньше|ежедневный пересчёт|еженедельного",
    })
    void tradeoffsAreReadWithTheirParts(String text, String choice, String alternative) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        ReadingAssertions.assertStated(r, text, choice, alternative);
    }

    /** A measured comparison or A/B result, then what was done with the winner, in the last clause. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "eta MAE: per-store gbdt 3.2 min vs 7.5 for the fixed 10 min we show now. swap it in|swap it in",
        "排班 A/B 三周：模型组超时率降 20%，人工组基本没变，全面推|全面推",
        "A/B три недели: модель снизила опоздания на 20%, контрольная группа без изменений — раскатываем|раскатываем",
    })
    void aMeasuredResultActedOnIsRead(String text, String choice) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        ReadingAssertions.assertStated(r, text, choice, null);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // amounts after "over", a number that went over
        "fraud losses over $120k last month",
        "a stockout costs over €3k per day per store",
        "refund requests went over 300 in may, way more than any month before",
        // one bad event of the topic is no option given up
        "auto replies bc one bad answer to a vip gets screenshotted, agent approves",
        // 一…就: "as soon as", no decision
        "每条评论都过模型，违规评论一发布就会被转发",
        // the decision put off after a heading, with why
        "queue eta - put off until the new kiosk, the old one doesnt log check-ins",
        "прогноз очереди — отложили до новой кассы, старая не отдаёт чеки",
        "排队预估：推迟到新收银系统上线，旧系统拿不到订单流",
        "выставка: подсчёт посетителей потом, датчики ставят только в мае",
        // results with nothing done, a pick with no reason, options with a placeholder
        "排班 A/B 三周：模型组超时率降 20%，人工组基本没变",
        "eta MAE: per-store gbdt 3.2 min vs 7.5 for the fixed 10 min we show now",
        "新 GBDT vs 老规则：待定",
        // options with a question, a deferral, or a price with no gain
        "pricing model: per-zone gbdt vs one city-wide curve?",
        "pricing model: per-zone gbdt vs one city-wide curve, tbd because no demand data yet",
        "nightly retrain costs ~3 gpu-hours vs weekly",
    })
    void nearMissesStayUnflagged(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.analyse(text).reading());
    }

    /** What the new guards leave alone: a preference with a number after it, a defect after a copula, a sibling option. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "XGBoost over the DNN since the DNN needs 40 ms per call",
        "LR not GBDT, GBDT is a bad fit for sparse ids",
        "rule-based reply templates, since a generative reply model makes up refund policies",
        "model: GBDT later, LR for now since we have no labels yet",
        "用规则，不用模型，模型一上线就会被绕过",
    })
    void tradeoffsBesideTheGuardsStillRead(String text) {
        assertTrue(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.analyse(text).reading());
    }
}
