package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The structures added in issue 8's second pass, with examples written for this test (not taken from the corpus):
 * options listed after a colon then one picked, scored options, switch frames, an option priced by "=", and the
 * near misses each structure must leave alone.
 */
class StructuralFormsTest {
    @ParameterizedTest
    @ValueSource(strings = {
        "serving options: lambda, k8s, sagemaker. k8s for now since the team already runs it",
        "eval on 500 tickets: distilbert F1 .81, tf-idf LR .74, regex .52 → distilbert",
        "источники негативов: случайные, из того же батча, жёсткие. берём жёсткие, модель быстрее учится",
        "召回方案：热门、协同过滤、双塔。先上双塔，冷启动也能覆盖",
        "перешли с Faiss на ScaNN, recall тот же, а латентность вдвое ниже",
        "从 Faiss 换成 ScaNN，召回不变延迟降一半",
        "a GPU per request = 8 GPUs at peak, so a CPU distilled model",
        "re-ranking with an LLM = 2s per page; cross-encoder on the top 50 instead",
        "полный пересчёт эмбеддингов = 6 часов на GPU, поэтому инкрементальный",
        "графовую модель не строим, обычный бустинг по табличным фичам, т.к. графа связей у нас нет",
        "ScaNN бьёт HNSW по памяти вдвое, оставляем ScaNN",
        "раз в сутки не хуже чем раз в час, данные меняются медленно",
        "offline: two-tower recall@200 .41, item-cf .33, popularity .12 → two-tower",
        "离线 GBDT AUC 0.80，LR 0.76，上 GBDT",
        "ViT-S wins over ResNet-50 on top-1 by 2 points",
        "whisper-s instead of -l, the phone only fits s",
        "试了 faiss 和 scann，scann 快一倍，选 scann",
        "предпочтём батч онлайну, раз уж отчёт смотрят утром",
        "остановилась на HNSW вместо IVF, т.к. recall выше",
        "стриминг не окупается при 100 QPS, поэтому батч раз в час",
        "GPU 集群不划算，用 CPU 蒸馏模型",
        "不采用 BERT，延迟达不到 20ms，用 fastText",
        "streaming doesn't scale for a 2-person team, cron batch instead",
        "не обучаем свою модель эмбеддингов, берём готовую, т.к. размеченных пар мало",
    })
    void credited(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertTrue(r.stated(), text + " => " + r);
        assertFalse(r.choice().isBlank() || r.alternative().isBlank() || r.reason().isBlank(), r.toString());
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "serving options: lambda, k8s, sagemaker",
        "features: user age, device, country. plus embeddings",
        "特征：年龄、设备、城市",
        "switched from xgb to catboost",
        "перешли с xgboost на catboost",
        "latency budget = 50 ms",
        "Trade-off: <choice> over <alternative> because <reason>",
        "split by time to avoid leakage",
        "HNSW 比 IVF 强",
        "графовую модель не строим",
        "используется GBDT",
        "GBDT 开销大",
        "модель не масштабируется",
        "не знаем объём трафика, уточнить у продакта",
        "не обучаем свою модель эмбеддингов",
        // a comparison with an earlier period of the same system names no second option
        "aim: CTR better than last year, +5% GMV",
        "目标：留存比去年高，DAU +10%",
        "задача: конверсия выше, чем в прошлом месяце, +3% GMV",
        // "label = …" defines a term, it does not price an option
        "inputs: search logs 14d, item catalog; label = add-to-cart within 2h",
        "输入：14天搜索日志、商品库；标签 = 2小时内加购",
        "вход: логи поиска 14д, каталог; метка = добавление в корзину за 2ч",
        // 用户 is "user", not the verb 用
        "因为是新业务，先确认有没有用户行为日志",
    })
    void notCredited(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text);
    }

    @Test
    void aRejectedOptionThatNeedsAMultipleIsItsDefect() {
        TradeoffReading r = TradeoffReader.readUncached("规则引擎（BERT 要5倍标注，排期不够）");
        assertTrue(r.stated(), r.toString());
        assertEquals("BERT", r.alternative());
        assertFalse(TradeoffReader.readUncached("召回层很重要，每天要10万次请求").stated());
        assertFalse(TradeoffReader.readUncached("主要2个模型：双塔和GBDT").stated());
    }

    @Test
    void aSignedDeltaIsTheVerdictOfAChineseComparison() {
        TradeoffReading r = TradeoffReader.readUncached("离线评测：语义召回比倒排召回 recall@50 +6%，上语义召回");
        assertTrue(r.stated(), r.toString());
        assertEquals("语义召回", r.choice());
        assertTrue(r.alternative().startsWith("倒排召回"), r.toString());
        assertFalse(TradeoffReader.readUncached("本月GMV比上月 +8%").stated());
    }

    @Test
    void twoScoresAcrossVsAreTheReasonNotTheOptions() {
        TradeoffReading r = TradeoffReader.readUncached(
                "tried kNN / MF / two-tower on May logs: two-tower recall@100 0.42 vs 0.31/0.36, picked two-tower");
        assertTrue(r.stated(), r.toString());
        assertEquals("two-tower", r.choice());
        assertFalse(r.alternative().contains("0.31"), r.toString());
        assertFalse(TradeoffReader.readUncached("weekly CTR 3.1% vs 2.8%").stated());
        assertFalse(TradeoffReader.readUncached("点击率 3.1% vs 2.8%").stated());
    }

    @Test
    void aRetiredOptionIsTheAlternativeOfAResult() {
        TradeoffReading r = TradeoffReader.readUncached(
                "canary 5 days: new ETA model MAE -8% at same p99 -> promote it, retire the heuristic");
        assertTrue(r.stated(), r.toString());
        assertTrue(r.alternative().contains("heuristic"), r.toString());
        assertFalse(TradeoffReader.readUncached("retire the legacy cron jobs after migration").stated());
    }

    @Test
    void aPricedMultiWordOptionBeforeEqualsIsStillADefect() {
        assertTrue(TradeoffReader.readUncached(
                "manual review labels = ~$1/item & 2 wk lag; using chargebacks as labels for v1").stated());
    }

    @Test
    void scoredOptionsExplainThemselves() {
        TradeoffReading r = TradeoffReader.readUncached("backtest: GBDT MAE 4.1, prophet 5.3 → GBDT");
        assertEquals("GBDT", r.choice());
        assertEquals("prophet 5.3", r.alternative());
        assertEquals("GBDT MAE 4.1, prophet 5.3", r.reason());
    }

    @Test
    void aSwitchFrameNamesTheOldOptionAsTheAlternative() {
        TradeoffReading r = TradeoffReader.readUncached("moved from LSTM to a transformer because sequences are long");
        assertEquals("LSTM", r.alternative());
        assertTrue(r.choice().contains("transformer"), r.toString());
    }

    @Test
    void aVerdictAfterAnArrowIsNoChoice() {
        TradeoffReading r = TradeoffReader.readUncached("пересчёт на каждый запрос = 20к QPS → дорого; кэшируем на 5 мин");
        assertTrue(r.stated(), r.toString());
        assertTrue(r.choice().startsWith("кэшируем"), r.toString());
        assertEquals("пересчёт на каждый запрос", r.alternative());
    }
}
