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
}
