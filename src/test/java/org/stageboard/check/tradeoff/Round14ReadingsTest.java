package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added in round 14 (from the misses on dev-13 and dev-14), each in English, Chinese and Russian, in examples
 * written for this test: the reason after a dash or colon that follows a rejected option whose choice sits in the
 * clause before, a modal word inside a reason ("might", "可能", "может"), and pros and cons with no verdict.
 */
class Round14ReadingsTest {

    /** "weekly, not daily — reason": the rejection's choice is the clause before, the reason follows the mark. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "retrain weekly, dropped the daily job — the catalog only changes on thursdays",
        "道具推荐按周重训，不按天——商城每周四才上新",
        "告警改成每日汇总，放弃实时短信：半夜的短信没人看",
        "переобучаем раз в неделю, отказались от ежедневного — каталог меняется по четвергам",
    })
    void aReasonAfterTheMarkThatFollowsARejection(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.stated(), text + " => " + r);
    }

    /** The near misses: the same rejection with no reason, or with a deferral after the mark. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "retrain weekly, dropped the daily job",
        "retrain weekly, dropped the daily job — TBD",
        "道具推荐按周重训，不按天",
        "道具推荐按周重训，不按天——待定",
        "переобучаем раз в неделю, отказались от ежедневного",
        "переобучаем раз в неделю, отказались от ежедневного — обсудим потом",
    })
    void aRejectionWithNoReasonAfterItIsStillFlagged(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(a.reading().has(Part.REASON), text + " => " + a.reading());
        assertFalse(Verdict.decide(a).stated(), text);
    }

    /** "…: Y might leak": a modal word after the reason's mark describes the world, it does not defer. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "churn model: GBDT, not a deep net: advisors must see which features say a parent might not renew",
        "续费预测用 GBDT 不用深度模型：课程顾问要看是哪几个特征让这个家长可能不续",
        "отток: GBDT, а не нейросеть: менеджеру надо видеть, почему клиент может уйти",
    })
    void aModalWordInsideAReasonKeepsTheReason(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.REASON), text + " => " + r);
    }

    /** A hedge before the reason still defers: "maybe …" opens the reason, nothing is decided. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "churn model: GBDT, not a deep net: maybe",
        "续费预测用 GBDT 不用深度模型：可能",
        "отток: GBDT, а не нейросеть: возможно",
    })
    void aReasonThatIsOnlyAHedgeIsNoReason(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(a.reading().has(Part.REASON), text + " => " + a.reading());
        assertFalse(Verdict.decide(a).stated(), text);
    }

    /** Pros and cons of one option, or of two, with nothing done about them: the box weighs, it does not decide. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "timing feats. pro: hard to fake. con: lag messes them up",
        "battery: MILP pros = predictable, cons = needs a forecast. RL pros = adapts, cons = needs a simulator",
        "图片查重 pHash：优点是便宜，缺点是换个角度拍就认不出",
        "паводки, LSTM: плюс — учится на данных; минус — не экстраполирует на рекорды",
    })
    void prosAndConsWithNoVerdictAreNotATradeoff(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertFalse(r.stated(), text + " => " + r);
        assertEquals(TradeoffReading.Hint.OPTIONS_ONLY, r.hint(), text);
    }

    /** The near misses the rule must leave alone: the same weighing closed by a decision or an accepted cost. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "student model pros: 11ms p99, cheap. cons: -0.6 NDCG vs the teacher. going student",
        "streaming feats. pro: reacts in 1 min. con: 3x infra vs hourly batch. worth it",
        "学生模型 优点：p99 11ms、便宜；缺点：NDCG 比 teacher 低 0.6。上学生模型",
        "端侧：好处隐私，坏处模型只能 20MB，不如云端，可以接受",
        "студент: плюсы — 11 мс, дёшево; минусы — NDCG ниже учителя. берём студента",
    })
    void prosAndConsClosedByAVerdictAreNotTurnedDown(String text) {
        assertFalse(ProsAndCons.withoutVerdict(TradeoffReader.analyse(text).norm(),
                TradeoffReader.analyse(text).hits()), text);
    }

    /** A gap measured between two groups, with a comma for its base rate or a multiple in Chinese numerals. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sepsis prevalence in our ICUs ~6%, a lot higher than on general wards",
        "货车平均油耗 32L/百公里，山区线路比平原高 15%",
        "晚高峰的疲劳报警比白天多两倍",
        "сепсис в реанимации встречается чаще, чем в терапии, примерно 1 из 8 пациентов",
    })
    void aMeasuredGapBesideItsBaseRateIsNotATradeoff(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertFalse(r.stated(), text + " => " + r);
        assertTrue(r.missing().contains(Part.CHOICE), text + " => " + r);
    }

    /** The near misses the gap must leave alone: the same comparison that judges, or that goes on to pick. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GBDT recall 6% higher than LR, and cheaper to serve",
        "山区线路用 GBDT，比规则准 15%",
        "бустинг, а не правила: ловит на 20% больше, чем правила",
    })
    void aComparisonThatJudgesOrPicksIsNoMeasuredGap(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(UndecidedOptions.measuredGap(a.norm(), a.hits()), text);
    }

    /** A one-line box where nothing was read is credited only by a model surer than {@link Verdict#NO_PART_MARGIN}. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "per-hour model is pure noise for small stores. forecast per day, then split by the intraday curve",
        "药房备货按 95 分位，多压 8% 资金，缺药率从 3% 降到 0.5%，划算",
        "корп. курсы: коллаборативка — матрица почти пустая; делаем контентную по описанию курса",
    })
    void aSureModelCreditsAOneLineBoxWithNothingRead(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertEquals(0, a.reading().found(), text + " => " + a.reading());
        assertTrue(Verdict.asksFromNothing(a), text);
        assertTrue(Verdict.decide(a, biased(Verdict.NO_PART_MARGIN + 0.5)).stated(), text);
        assertFalse(Verdict.decide(a, biased(Verdict.NO_PART_MARGIN - 0.5)).stated(), text);
    }

    /** The near misses: a box of several lines, a question, a deferral are never credited from nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "data: click logs 30d\\nitem catalog, user profile",
        "per day or per hour forecast?",
        "按天还是按小时预测？",
        "прогноз по дням — потом решим",
    })
    void aBoxOfSeveralLinesOrAQuestionIsNeverCreditedFromNothing(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text.replace("\\n", "\n"));
        assertFalse(Verdict.decide(a, biased(20)).stated() && a.reading().found() == 0, text);
    }

    /** A model that scores every text {@code bias}: what the verdict does at a given certainty. */
    private static TradeoffModel biased(double bias) {
        return new TradeoffModel(new TradeoffModel.Weights(1, java.util.List.of(), 0, bias, java.util.Map.of()));
    }

    /** "X over Y, not Z": the clause after the comma gives up one more option, it is no reason. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "engine RUL: 1D-CNN over sensor windows, not the hand-made degradation feats",
        "排序：GBDT 而不是 DNN，不用规则",
        "ранжирование: бустинг вместо правил, а не нейросеть",
    })
    void aSecondRejectionAfterACommaIsNoReason(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(a.reading().has(Part.REASON), text + " => " + a.reading());
    }

    /** The near misses: after a colon the same words can be the reason ("…: no references in prod"). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "sentence-level QE instead of BLEU for MT monitoring: no references in prod",
        "召回：双塔而不是 itemCF：不用维护共现表",
        "ранжирование: бустинг вместо правил: не надо вручную править пороги",
    })
    void aRejectionAfterAColonCanStillBeTheReason(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertTrue(a.reading().has(Part.REASON), text + " => " + a.reading());
    }

    /** The colloquial verbs of a win name the choice and the alternative; the reason comes from elsewhere. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fraud: graph model crushes the rules on ring fraud, rings share devices and the rules never see that",
        "疲劳检测：红外摄像头好过普通 RGB，夜里戴墨镜也能看到眼睛",
        "антифрод: граф уделывает правила, кольца делят устройства, а правила этого не видят",
    })
    void aColloquialWinNamesBothOptions(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.CHOICE) && r.has(Part.ALTERNATIVE), text + " => " + r);
    }

    /** The near misses: the win alone says which, not why. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "graph model crushes the rules",
        "红外摄像头好过普通 RGB",
        "граф уделывает правила",
    })
    void aColloquialWinWithNoReasonIsStillFlagged(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(a.reading().has(Part.REASON), text + " => " + a.reading());
    }

    /** Rolling the winner out, taking the loser offline, betting on an option: decisions in results. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "门店销量回测：LightGBM vs 去年同期规则，WAPE 21% vs 35%，规则下线",
        "两个区试点，变化检测 precision 0.83，单图分类 0.41，推广变化检测",
        "паводки: делаем ставку на ансамбль, одиночную LSTM отложили — на пиках она занижает",
    })
    void aRolloutOrAnOptionTakenOfflineIsADecision(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.found() >= 2, text + " => " + r);
    }

    /** The near misses: the rollout or the bet alone names no alternative and no reason. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "规则方案下线",
        "推广变化检测",
        "делаем ставку на ансамбль",
    })
    void aRolloutAloneIsStillFlagged(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(a.reading().stated(), text + " => " + a.reading());
        assertFalse(Verdict.decide(a, biased(Verdict.ONE_PART_MARGIN - 0.1)).stated(), text);
    }

    /** "X cheaper than Y": options judged on a named quality keep their full reading whatever the model says. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "caching is cheaper than recomputing on every request",
        "在线特征比批量快",
        "Кэширование дешевле, чем пересчёт на каждый запрос.",
    })
    void aJudgedComparisonKeepsItsFullReading(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertTrue(a.reading().stated(), text + " => " + a.reading());
        assertTrue(Verdict.decide(a, biased(-5)).stated(), text);
    }

    /** The near misses: with a "but" the same comparison may only weigh, and the model may withdraw it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "HNSW is faster than IVF, but eats 3x the RAM",
        "HNSW 比 IVF 快，但是内存多 3 倍",
        "HNSW быстрее, чем IVF, но ест втрое больше памяти",
    })
    void aJudgedComparisonWithAButCanBeWithdrawn(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(Verdict.keepsFullReading(a), text);
        assertFalse(Verdict.decide(a, biased(-5)).stated(), text);
    }
}
