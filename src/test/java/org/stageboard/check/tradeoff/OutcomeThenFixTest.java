package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The status quo's measured failure, then the fix: the model credits these boxes from the fix alone, and the panel
 * shows the status quo as the alternative and its outcome as the reason ({@link OutcomeThenFix}, read after the
 * verdict). Examples written for this test, in English, Chinese and Russian.
 */
class OutcomeThenFixTest {
    /** A model that credits every text it is asked about (log-odds 5). */
    private static final TradeoffModel SURE = new TradeoffModel(new TradeoffModel.Weights(1, List.of(), 0, 5, Map.of()));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "keyword filters missed 35% of the spam wave last month -> small clf on message + sender feats|small clf on message + sender feats|keyword filters missed 35% of the spam wave last month",
        "manual review took 6 days per refund -> model auto-approves the low-value ones|model auto-approves the low-value ones|manual review took 6 days per refund",
        "人工分单平均要等 6 小时 → 自动分派到班组|自动分派到班组|人工分单平均要等 6 小时",
        "ручная сверка накладных занимала 3 дня → модель сверяет сама|модель сверяет сама|ручная сверка накладных занимала 3 дня",
    })
    void aCreditedFixShowsTheStatusQuoAsTheAlternative(String text, String choice, String alternative) {
        TradeoffReading r = Verdict.decide(TradeoffReader.analyse(text), SURE); // credited, whatever the weights
        ReadingAssertions.assertStated(r, text, choice, alternative);
        assertEquals(alternative, r.reason(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "logs -> features -> model",
        "recall 0.81 -> 0.86 after retrain",
        "latency 120ms -> 40ms with int8",
        "keyword filters missed 35% of the spam wave -> tbd",
        "keyword filters missed 35% of the spam wave -> better approach?",
        "ручная сверка занимала 3 дня → потом решим",
    })
    void pipelinesGainsAndOpenEndsAreNotRead(String text) {
        assertNull(OutcomeThenFix.read(TradeoffReader.analyse(text).norm()), text);
        assertFalse(TradeoffReader.readUncached(text).stated(), text);
        TradeoffReading sure = Verdict.decide(TradeoffReader.analyse(text), SURE);
        assertTrue(sure.alternative().isEmpty() || !sure.alternative().equals(sure.reason()), text + " => " + sure);
    }
}
