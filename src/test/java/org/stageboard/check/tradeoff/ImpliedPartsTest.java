package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;

/** The alternatives writers imply rather than name, read in all three languages, and the near misses kept out. */
class ImpliedPartsTest {
    private static TradeoffReading read(String text) {
        return TradeoffReader.readUncached(text);
    }

    @Test
    void theOtherWayPricedBeforeSoIsTheAlternative() {
        TradeoffReading en = read("reranking all 2k candidates with the cross-encoder is $9k/mo, so cross-encoder on top 50 only");
        assertTrue(en.stated(), en.toString());
        assertTrue(en.alternative().contains("$9k/mo"), en.alternative());
        assertTrue(read("全量特征实时计算每天 12TB，所以改成小时级聚合").stated());
        assertTrue(read("держать все эмбеддинги в redis ~ 3 млн руб/мес, поэтому диск + кэш горячих").stated());
        // a reason with no price and no doubt names no other way: still a choice and a reason only
        TradeoffReading plain = read("labels arrive daily so nightly retrain");
        assertFalse(plain.stated(), plain.toString());
        assertTrue(plain.missing().contains(Part.ALTERNATIVE));
    }

    @Test
    void anAbTestsControlIsTheAlternativeToWhatShips() {
        TradeoffReading en = read("A/B 3 wks: new reranker +2.3% add-to-cart, latency flat; rolling it out");
        assertTrue(en.stated(), en.toString());
        assertEquals("A/B", en.alternative());
        assertTrue(read("A/B 测试：新召回 CTR +0.7%，成本不变，全量").stated());
        assertTrue(read("А/Б три недели: новая выдача +1.1% конверсии — раскатываем").stated());
        // a result with no decision is not a trade-off
        assertFalse(read("A/B 2 wks: new ranker +1.4% GMV, -0.2% CTR").stated());
    }

    @Test
    void aSlashListOfCandidatesThenOneTakenNamesTheOthers() {
        TradeoffReading zh = read("评估了 bge/e5/openai 三个 embedding，bge 召回最高，用 bge");
        assertTrue(zh.stated(), zh.toString());
        assertTrue(Set.of("e5", "openai").contains(zh.alternative()) || zh.alternative().contains("e5"), zh.alternative());
        // options listed, none taken
        assertFalse(read("embedding: bge / e5 / openai").stated());
        // "A/B", "pros/cons" are not lists of options
        assertTrue(ImpliedParts.slashOptions("a/b test, pros/cons tbd").isEmpty());
        assertEquals(3, ImpliedParts.slashOptions("tried dnn/gbdt/lr").size());
    }

    @Test
    void anOptionPutOffUntilLaterIsTheAlternative() {
        TradeoffReading en = read("rules because we have no labels, ML later");
        assertTrue(en.stated(), en.toString());
        assertEquals("ML", en.alternative());
        assertTrue(read("先用 BM25 因为没有标注数据，向量检索以后再说").stated());
        assertTrue(read("правила, т.к. разметки пока нет, модель потом").stated());
        // no reason: still a near miss
        assertFalse(read("rules now, ML later").stated());
    }

    @Test
    void aPraisedOptionPricedAfterButIsTheAlternative() {
        TradeoffReading ru = read("экспертная разметка лучшая, но 40 руб за пример и месяц ожидания, для старта слабые метки из правил");
        assertTrue(ru.stated(), ru.toString());
        assertTrue(ru.alternative().startsWith("экспертная разметка"), ru.alternative());
        assertTrue(read("大模型效果最好，但是成本高、延迟 800ms，线上用蒸馏后的小模型").stated());
        assertTrue(read("a cross-encoder is best for quality, but 200ms per query, bi-encoder for retrieval").stated());
        // praise and a price with no decision after them
        assertFalse(read("cross-encoder is best but 200ms per query, decide later").stated());
    }

    @Test
    void candidatesListedAfterTriedThenOneRestated() {
        // the candidates and the pick are read; "lowest WAPE" is not yet read as a reason
        TradeoffReading en = read("tried prophet, arima, lightgbm on 2 yrs of sales: lightgbm lowest WAPE by far");
        assertEquals(Set.of(Part.REASON), en.missing(), en.toString());
        TradeoffReading ru = read("пробовали lightfm, als, two-tower: two-tower, т.к. на холодных товарах точнее");
        assertTrue(ru.stated(), ru.toString());
        assertTrue(read("候选：规则、逻辑回归、GBDT。用 GBDT，特征交互多").stated());
    }

    @Test
    void purposeAndPromisesAreNotParts() {
        assertFalse(read("GBDT, not DNN (why: will add)").stated());
        assertTrue(read("daily retrain over weekly since prices move every day").stated());
        assertTrue(read("для фильтра полнота важнее точности, т.к. дальше ручная проверка").stated());
    }
}
