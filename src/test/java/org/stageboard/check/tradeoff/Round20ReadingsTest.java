package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added in round 20 (from the misses on dev-23 to dev-26), in examples written for this test, in English,
 * Chinese and Russian where the form exists there ({@link ReasonClauses}, {@link UnlabelledPick}): a hedge inside a
 * reason ("because … might …") is no deferral; "as" after a rejected or compared option opens a reason when a clause
 * follows; options listed with commas and a last "or" / «или» / 还是, then a dash and the pick; 周更 / 日更 and 替掉点赞
 * are no comparison and no cost; the status quo's measured failure, then the fix ({@link OutcomeThenFix}). The near
 * misses beside them stay unflagged.
 */
class Round20ReadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a hedge inside the reason
        "cams rather than till data because no sales might just be a slow day|cams|till data",
        "route by camera count instead of ticket scans bc scans may be missing on rainy days|route by camera count|ticket scans",
        "камеры, а не кассы, потому что продаж может не быть просто из-за дождя|камеры|кассы",
        "用相机不用销量，因为没销量可能只是淡季|相机|销量",
        // "as" after the rejected option
        "retrain monthly not nightly as schedules only change per season|retrain monthly|nightly",
        "retrain weekly not daily as the labels only arrive on fridays|retrain weekly|daily",
        // commas, a last "or", a dash, the pick
        "photo check: on-phone, cloud or video call - on-phone bc uploads fail on 1 bar|on-phone|cloud",
        "метрология: PLS, бустинг или нейронка — PLS, дрейф надо видеть в коэффициентах|PLS|бустинг",
        "цветение: жалобы, пробы с катера или спутник — спутник, пробы раз в месяц|спутник|жалобы",
        "检测：规则、GBDT 还是 CNN —— CNN，缺陷形状太多规则写不完|CNN|GBDT",
    })
    void tradeoffsAreReadWithTheirParts(String text, String choice, String alternative) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        ReadingAssertions.assertStated(r, text, choice, alternative);
        assertEquals(3, r.found(), text + " => " + r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a hedge in a clause of its own still defers; a hedged reason alone names no alternative
        "LR bc explainable, maybe GBDT later",
        "LR because explainable; GBDT maybe later",
        "GBDT because it might be faster",
        "считаем по складу, потому что может быть быстрее",
        "用 GBDT，因为可能更快",
        // "as" naming a role gives no reason
        "LR not GBDT as a baseline",
        "LR over GBDT as the first model for v1",
        // options listed with no pick
        "модель: бустинг, лес или сетка — решим после пилота",
        "model: LR, GBDT or DNN?",
        "LR, GBDT or DNN - TBD",
        "方案：规则、GBDT 还是 CNN —— 下周再定",
        // an update cadence and a replacement with no reason
        "虚开检测：周更，不日更",
        "评论排序：质量分替掉点赞数",
        // a comparison still to make
        "召回：双塔 / ItemCF，下周比一下",
        "排序：GBDT / DNN，上线前比比看",
    })
    void nearMissesStayUnflagged(String text) {
        assertFalse(TradeoffReader.analyse(text).reading().stated(), text + " => " + TradeoffReader.analyse(text).reading());
    }

    /**
     * The status quo's measured failure, then the fix after one arrow or a "so" ({@link OutcomeThenFix}, tried in
     * round 19, read as structure since round 20): the status quo is the alternative, its outcome the reason.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fixed 2-week reorder cycle left 3 stores short every long weekend -> daily demand fcst per store|daily demand fcst per store",
        "rules missed ~30% of card-testing bursts in Q3 → sequence model on auth attempts|sequence model on auth attempts",
        "static price table lost 12% margin on returns last yr, so a resale-value model per item|a resale-value model per item",
        "人工排班每周要花 6 小时 → 自动排班模型|自动排班模型",
        "ручная разметка жалоб занимала 2 дня → классификатор по тексту|классификатор по тексту",
    })
    void aMeasuredFailureThenTheFixIsRead(String text, String choice) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        ReadingAssertions.assertStated(r, text, choice, null);
    }

    /** Pipelines, gains, failures with no fix and fixes put off stay unflagged. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "events -> sessions -> features -> ranker",
        "p95 latency 300ms -> 90ms after caching",
        "rules missed ~30% of card-testing bursts in Q3",
        "rules missed ~30% of card-testing bursts in Q3 -> tbd",
        "rules missed ~30% of card-testing bursts in Q3 -> what instead?",
        "人工排班每周要花 6 小时",
        "ручная разметка жалоб занимала 2 дня → потом решим",
    })
    void pipelinesAndOpenEndsStayUnflagged(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.analyse(text).reading());
    }

    /** A comparison answered by a "but" that needs no effort of one's own picks nothing (the verdict turns it down). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "自研 OCR 比云 OCR 准，但云 OCR 不用自己维护",
        "自建 ASR 比云 ASR 便宜，但云 ASR 不用自己扩容",
    })
    void aComparisonAnsweredByNoEffortOfOnesOwnIsNoPick(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.analyse(text).reading());
    }

    /** "不用自建" still turns an option down; a comparison made ("比了一下") is no deferral. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "用云 ASR，不用自建，因为没人运维",
        "比了一下，GBDT 比 LR 准 3 个点，选 GBDT",
    })
    void rejectionsAndMadeComparisonsStillRead(String text) {
        assertTrue(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.analyse(text).reading());
    }

    /** 更 after a time unit is no comparative; 更 before a quality still is, and 掉点 before a number still costs. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBDT 比 LR 更准，选 GBDT|更准",
        "换成 int8 掉点 2%，但快 3 倍|掉点",
    })
    void comparativesAndCostsStillRead(String text, String reason) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.stated(), text + " => " + r);
        assertEquals(reason, r.reason(), text);
    }
}
