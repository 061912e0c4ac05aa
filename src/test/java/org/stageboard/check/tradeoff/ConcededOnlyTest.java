package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** A praise answered by a "but" is no pick; the same praise followed by what the writer does about it is one. */
class ConcededOnlyTest {
    @ParameterizedTest
    @ValueSource(strings = {
            "在线打分当然好，但延迟预算只有 30ms",
            "online scoring would be nice but the latency budget is tight",
            "эмбеддинги хорошие, но обновлять дорого",
            "GNN 效果不错，不过训练一次 6 小时",
    })
    void aConcessionAloneIsFlagged(String text) {
        assertTrue(ConcededOnly.in(TradeoffReader.analyse(text).norm()), text);
        assertFalse(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.readUncached(text));
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "在线打分当然好，但延迟预算只有 30ms，所以先离线批量打分",
            "online scoring would be nice but the latency budget is tight, so nightly batch",
            "эмбеддинги хорошие, но обновлять дорого → берём TF-IDF",
            "online scoring would be nice but the latency budget is tight.\nGoing with nightly batch scores",
    })
    void aConcessionFollowedByAPickIsNotTheRule(String text) {
        assertFalse(ConcededOnly.in(TradeoffReader.analyse(text).norm()), text);
    }
}
