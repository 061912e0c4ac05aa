package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Near misses read in round 11 (from the misreadings on dev-9 and dev-10), each family in English, Chinese and
 * Russian, in examples written for this test: a field of options set side by side with "vs", a measured difference
 * between two things, and cue words that are part of a metric's name or of a longer word.
 */
class Round11NearMissesTest {

    /** "A vs B vs C" with nothing that picks one weighs a field of options, whatever pros and cons it lists. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "candidate gen: item-CF (cheap, stale) vs two-tower (fresh, needs GPUs) vs graph walk (slow build)",
        "ranker: lambdamart vs two-tower vs cross-encoder, each has its downsides",
        "召回：BM25（快）vs 向量（语义好）vs 混合（复杂），各有优劣",
        "ранжирование: бустинг (быстро) vs нейросеть (точнее) vs правила (прозрачно)",
        "антиспам: стоп-слова vs классификатор vs LLM, у всех свои минусы",
    })
    void aFieldOfOptionsWithNoPickIsNotATradeoff(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertFalse(r.stated(), text);
        assertTrue(r.missing().contains(Part.CHOICE), text + " => " + r);
        assertEquals(TradeoffReading.Hint.OPTIONS_ONLY, r.hint(), text);
    }

    /** The same field with a pick stated in a later sentence, or after measurements, still counts. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "serving: lambda vs ECS vs sagemaker. ECS, we already run it and lambda cold starts kill p99",
        "召回：BM25 vs 向量 vs 混合。选混合，长尾查询 BM25 召回不到",
    })
    void aFieldOfOptionsThenAPickStillCounts(String text) {
        assertTrue(TradeoffReader.readUncached(text).stated(), text);
    }

    /** "X is 4x higher than Y": a measurement of the data, not a choice between options. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "peak traffic on weekends is 4x higher than on weekdays",
        "night sessions are 30% shorter and 2x fewer than day sessions",
        "周末的订单量比工作日多 40%",
        "冷启动用户的留存比老用户低 3 倍",
        "ночью запросов меньше чем днём примерно в 3 раза",
        "возвратов у обуви в 2 раза больше чем у одежды",
    })
    void aMeasuredDifferenceIsNotATradeoff(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertFalse(r.stated(), text);
        assertTrue(r.missing().contains(Part.CHOICE), text + " => " + r);
    }

    /** A comparison of options that judges or goes on to decide is still credited. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LightGBM is 3x faster than the DNN at the same AUC, keeping LightGBM",
        "分城市模型比全国模型 MAPE 低 4 个点，多维护几个 pipeline 也值",
        "LightGBM (трансформеру нужно в 20 раз больше логов, чем у нас есть)",
    })
    void aComparisonThatDecidesStillCounts(String text) {
        assertTrue(TradeoffReader.readUncached(text).stated(), text);
    }

    /**
     * Cue words that are part of something else: a metric named after a rejecting verb ("skip rate"), an event
     * counted by a measure ("доля ложных тревог"), "故" inside "故障", and the "不要" of "要不要" (whether to).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "monitor: skip rate per genre, share of sessions w/ >3 skips, p95 latency",
        "dashboard: drop-off rate by step, checkout p99",
        "看板：放弃率、设备故障次数、p99 延迟",
        "标签：维修单上的故障代码 + 时间",
        "要不要上 GPU 推理 —— 等压测结果",
        "дашборд: recall vs доля ложных тревог по цехам",
        "мониторинг: число пропусков и доля ложных срабатываний по сменам",
    })
    void cueWordsInsideMetricsAndWordsReadNothing(String text) {
        assertFalse(TradeoffReader.readByRules(text).stated(), text);
        assertFalse(TradeoffReader.readUncached(text).stated(), text);
    }

    /** Template slots in braces are no content, as angle-bracket slots were already. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "Decision: {choice} / Alternatives: {alternatives} / Why: {reason}",
        "选择：{方案}，而不是 {备选}，因为 {理由}",
        "Выбор: {{вариант}} вместо {{альтернатива}}, потому что {{причина}}",
    })
    void braceSlotsAreNoContent(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertFalse(r.stated(), text);
        assertFalse(r.has(Part.CHOICE) && r.has(Part.ALTERNATIVE), text + " => " + r);
    }
}
