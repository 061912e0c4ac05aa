package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * An arrow to a number reports what the left side yields ("rules -> 22% auto-approved", "→ 9k alerts/day"), not an
 * option picked: the finding must not quote "22% auto-approved" as the candidate's choice. An arrow to words still
 * picks ("DNN too slow -> GBDT").
 */
class ArrowToAResultTest {
    @ParameterizedTest
    @ValueSource(strings = {"baseline: rules -> 22% auto-approved", "current lexicon -> 9k alerts/day, 98% closed",
        "бейзлайн: правила → 22% одобрено", "基线：规则 -> 22% 自动通过", "old model => 0.71 AUC"})
    void anArrowToANumberPicksNothing(String text) {
        assertEquals("", TradeoffReader.readUncached(text).choice(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"DNN too slow -> GBDT; GBDT", "правила не ловят новые схемы → бустинг; бустинг",
        "双塔太慢 -> 单塔; 单塔"})
    void anArrowToWordsStillPicks(String text, String choice) {
        assertEquals(choice, TradeoffReader.readUncached(text).choice(), text);
    }
}
