package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * How the reader's reading and the model's score combine: the model credits the missing parts (from two parts read, or
 * from one in a one-line text with a margin) and withdraws a full reading only when clearly unsure.
 */
class VerdictTest {
    private static TradeoffModel always(double bias) {
        return new TradeoffModel(new TradeoffModel.Weights(1, List.of(), 0, bias, Map.of()));
    }

    @Test
    void aModelThatSaysYesCreditsTwoPartsAndKeepsTheWordsRead() {
        String text = "GBDT over DNN"; // a choice and an alternative, no reason
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertEquals(2, a.reading().found(), a.reading().toString());
        TradeoffReading r = Verdict.decide(a, always(5));
        assertTrue(r.stated());
        assertEquals(a.reading().choice(), r.choice());
        assertEquals(a.reading().alternative(), r.alternative());
        assertEquals(TradeoffReading.Hint.NONE, r.hint());
    }

    @Test
    void aModelThatSaysNoLeavesTheNearMissAndWhatIsMissing() {
        TradeoffReader.Analysis a = TradeoffReader.analyse("GBDT over DNN");
        TradeoffReading r = Verdict.decide(a, always(-5));
        assertFalse(r.stated());
        assertEquals(Set.of(Part.REASON), r.missing());
    }

    @Test
    void theModelIsNotAskedWhenTheReaderFoundNothing() {
        for (String text : List.of("GBDT", "TBD", "")) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(text);
            assertEquals(0, a.reading().found(), text + " " + a.reading());
            assertFalse(Verdict.asksModel(a), text);
            assertFalse(Verdict.decide(a, always(5)).stated(), text);
        }
    }

    @Test
    void aOneLineTextWithOnePartIsAskedAndNeedsTheMarginKeepingTheWordRead() {
        for (String text : List.of("先澄清业务目标", "метрики: NDCG@10", "reranker +11 pts answer acc for +40ms, keep it")) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(text);
            assertEquals(1, a.reading().found(), text + " " + a.reading());
            assertTrue(Verdict.asksModel(a), text);
            assertFalse(Verdict.decide(a, always(Verdict.ONE_PART_MARGIN - 0.5)).stated(), text);
            TradeoffReading r = Verdict.decide(a, always(5));
            assertTrue(r.stated(), text);
            assertEquals(a.reading().choice() + a.reading().alternative() + a.reading().reason(),
                    r.choice() + r.alternative() + r.reason(), "the one part read stays shown: " + text);
        }
        // two parts read: the model's plain "yes" is enough for the third
        assertTrue(Verdict.decide(TradeoffReader.analyse("GBDT over DNN"), always(0.1)).stated());
    }

    @Test
    void anAbResultWithNothingShippedIsNotAskedFromOnePart() {
        for (String text : List.of("A/B 2 wks: new ranker +1.4% GMV, -0.2% CTR", "A/B 测试两周：新排序 GMV +1.4%，CTR -0.2%",
                "А/Б две недели: новая выдача +1.4% GMV, CTR -0.2%")) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(text);
            assertEquals(1, a.reading().found(), text + " " + a.reading());
            assertFalse(Verdict.asksModel(a), text);
            assertFalse(Verdict.decide(a, always(5)).stated(), text);
        }
    }

    @Test
    void aBoxOfSeveralLinesWithOnePartIsNotAsked() {
        for (String text : List.of("metrics:\nNDCG@10 because ranking", "先澄清业务目标\n再看数据", "метрики:\nNDCG@10")) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(text);
            assertEquals(1, a.reading().found(), text + " " + a.reading());
            assertFalse(Verdict.asksModel(a), text);
            assertFalse(Verdict.decide(a, always(5)).stated(), text);
        }
    }

    @Test
    void aFullReadingIsWithdrawnOnlyBelowTheWithdrawMargin() {
        TradeoffReader.Analysis a = TradeoffReader.analyse("GBDT over DNN bc tabular data");
        assertTrue(a.reading().stated());
        assertTrue(Verdict.decide(a, always((Verdict.WITHDRAW_BELOW + 0) / 2)).stated(), "barely unsure keeps it");
        assertFalse(Verdict.decide(a, always(Verdict.WITHDRAW_BELOW - 1)).stated());
    }

    @Test
    void aModelThatSaysNoWithdrawsAFullReadingKeepingItsWords() {
        for (String text : List.of("GBDT over DNN bc tabular data", "LR 而非 DNN：可解释",
                "Бустинг, а не нейросеть: дешевле и объяснимо")) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(text);
            assertTrue(a.reading().stated(), text);
            TradeoffReading r = Verdict.decide(a, always(-5));
            assertFalse(r.stated(), text);
            assertEquals(TradeoffReading.Hint.NOT_ONE_DECISION, r.hint(), text);
            assertEquals(a.reading().choice(), r.choice(), text);
            assertEquals(a.reading().alternative(), r.alternative(), text);
            assertEquals(a.reading().reason(), r.reason(), text);
            // the shipped model keeps these plain trade-offs
            assertTrue(Verdict.decide(a).stated(), text);
        }
    }

    @Test
    void anAnnouncedTradeoffIsNeverWithdrawn() {
        for (String text : List.of("Trade-off: fresher features vs. the cost of a streaming pipeline.",
                "权衡：在线推理更新鲜，但延迟和成本更高。", "Дистилляция ценой 1 п.п. качества, зато в 4 раза быстрее")) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(text);
            assertTrue(a.reading().stated(), text + " " + a.reading());
            assertEquals(a.reading(), Verdict.decide(a, always(-5)), text);
        }
    }

    @Test
    void featuresAreNamedStableAndCarryNoLength() {
        TradeoffReader.Analysis a = TradeoffReader.analyse("GBDT over DNN bc tabular data");
        List<String> f = TradeoffFeatures.of(a);
        assertEquals(f, TradeoffFeatures.of(TradeoffReader.analyse("GBDT over DNN bc tabular data")));
        assertTrue(f.contains("parts=car") && f.contains("lang=en") && f.contains("w:gbdt") && f.contains("ww:over_dnn"), f.toString());
        assertTrue(f.stream().noneMatch(x -> x.startsWith("len")), f.toString());
        assertTrue(TradeoffFeatures.of(TradeoffReader.analyse("用 GBDT 不用 DNN，样本少")).contains("zz:样本"));
        assertEquals("ru", TradeoffFeatures.language("берём GBDT, а не DNN"));
    }
}
