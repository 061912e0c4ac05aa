package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stageboard.text.TextNorm;

/** The shapes a board states that no word list catches, in English, Chinese and Russian, with their near misses. */
class BoardSignalsTest {
    private static BoardSignals on(String text) {
        return new BoardSignals(TextNorm.normalize(text), Optional.empty());
    }

    @Test
    void aRandomSplitIsFoundInEachLanguageButARandomForestIsNot() {
        assertTrue(on("MAE per list\nrandom 80/20 split").shows("#random-split"));
        assertTrue(on("split random по клипам").shows("#random-split"));
        assertTrue(on("MAPE 18% на случайных 20%").shows("#random-split"));
        assertTrue(on("MdAPE\n随机 8:2 切分").shows("#random-split"));
        assertTrue(on("IoU 0.74 (tile 级, 随机 split)").shows("#random-split"));
        assertFalse(on("随机森林, 负样本下采样 1:10").shows("#random-split"));
        assertFalse(on("neg = random sample of traffic").shows("#random-split"));
        assertFalse(on("time-based split, last 4 weeks as test").shows("#random-split"));
    }

    @Test
    void aThresholdWithItsNumberIsStatedButAMetricTargetIsNot() {
        assertEquals(Optional.of("> 0.8"), on("show only if conf > 0.8").find("#threshold-stated"));
        assertTrue(on("порог = 99-й перцентиль ошибки").shows("#threshold-stated"));
        assertTrue(on("置信度 < 0.6 -> 人工").shows("#threshold-stated"));
        assertFalse(on("recall по \"скорой\" ≥ 0.99").shows("#threshold-stated"), "a target for the model");
        assertFalse(on("AUC > 0.8 on holdout").shows("#threshold-stated"), "a target for the model");
        assertFalse(on("we will tune a threshold later").shows("#threshold-stated"), "no number, nothing to ask about");
    }

    @Test
    void aCutSetByCapacityIsFound() {
        assertTrue(on("top 5% risk -> maintenance planner list").shows("#capacity-cut"));
        assertTrue(on("每月检查前 1000 家").shows("#capacity-cut"));
        assertTrue(on("топ-200 на обзвон").shows("#capacity-cut"));
        assertTrue(on("analysts review 40 per day").shows("#capacity-cut"));
        assertFalse(on("score > 0.9 blocks").shows("#capacity-cut"));
    }

    @Test
    void onlyACacheOnAClockCanGoStale() {
        assertTrue(on("prices live from rate API (cached 15 min)").shows("#cache-ttl"));
        assertTrue(on("наличие из кэша (обновление 15 мин)").shows("#cache-ttl"));
        assertTrue(on("特征缓存 5 分钟").shows("#cache-ttl"));
        assertFalse(on("cache by sentence hash").shows("#cache-ttl"), "same input, same answer: never stale");
        assertFalse(on("кэш по рекламодателю").shows("#cache-ttl"));
    }

    @Test
    void aGoalCutByAShareOrMarkedWithAnArrowIsStated() {
        assertTrue(on("goal: cut roadside breakdowns 25%").shows("#goal"));
        assertTrue(on("снизить отток на 10%").shows("#goal"));
        assertTrue(on("目标：检出违规率↑").shows("#goal"));
        assertFalse(on("goal: fewer breakdowns").shows("#goal"));
    }

    @Test
    void learningFromNormalDataAndAStatedModelSizeAreFound() {
        assertTrue(on("unsupervised anomaly detection, conv autoencoder").shows("#unsupervised"));
        assertTrue(on("无监督, 只用正常样本").shows("#unsupervised"));
        assertFalse(on("supervised GBDT on labelled failures").shows("#unsupervised"));
        assertTrue(on("on-device, ~20MB, int8").shows("#model-size"));
        assertFalse(on("on-device model").shows("#model-size"));
    }

    @Test
    void anUnknownSignalIsNeverShown() {
        assertFalse(on("anything at all 0.9").shows("#no-such-signal"));
    }
}
