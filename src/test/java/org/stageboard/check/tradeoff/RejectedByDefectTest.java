package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A rejected option named only by its defect, then the choice (issue 8's eighth round added the short defect words
 * candidates write: "gets gamed", "goes stale", 抓不住, 太差, протекает, не тянем), in English, Chinese and Russian;
 * examples written for this test. The panel shows the option with the defect as the alternative, the defect as the
 * reason and what was done instead as the choice; the defect alone, with nothing chosen, stays short of a trade-off.
 */
class RejectedByDefectTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "keyword blocklist gets gamed within a week → switched to a char-CNN classifier|a char-CNN classifier|keyword blocklist|gets gamed within a week",
        "the nightly batch goes stale by noon, so streaming features|streaming features|the nightly batch|goes stale by noon",
        "人工审核太差，换成模型|模型|人工审核|太差",
        "случайный сплит протекает через одного клиента, поэтому делим по времени|делим по времени|случайный сплит|протекает через одного клиента",
        "облачный ASR не тянем по задержке → распознаём на устройстве|распознаём на устройстве|облачный ASR|не тянем по задержке",
    })
    void theDefectIsTheReasonAndItsSubjectTheAlternative(String text, String choice, String alternative, String reason) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertTrue(r.stated(), text + " => " + r);
        assertEquals(choice, r.choice(), "choice shown");
        assertEquals(alternative, r.alternative(), "alternative shown");
        assertEquals(reason, r.reason(), "reason shown");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "the nightly batch goes stale by noon",
        "人工审核太差",
        "облачный ASR не тянем по задержке",
    })
    void aDefectWithNothingChosenIsNoTradeoff(String text) {
        assertFalse(TradeoffReader.readByRules(text).stated(), text);
        assertFalse(TradeoffReader.readUncached(text).stated(), text);
    }
}
