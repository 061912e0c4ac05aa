package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Every form the issue lists, in English, Chinese and Russian, and the near misses that must not count. */
class TradeoffReaderTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // comparison symbols and verbs
        "GBDT > DNN here, tabular data",
        "two-tower beats cross-encoder, 10M candidates need cheap scoring",
        "LightGBM wins over the DNN, features are tabular",
        "XGB better than LR here: it learns the crosses",
        "GBDT 优于 DNN：特征是表格型的",
        "LR 不如 GBDT，AUC 低 2 个点，所以用 GBDT",
        "GBDT 比 DNN 好，训练快",
        "Бустинг лучше нейросети здесь, данных мало",
        "Логрег хуже бустинга на наших данных, берём бустинг",
        // rejected option with its defect
        "kept GBDT; DNN too slow for 15 ms",
        "batch would miss fraud before settlement, so streaming",
        "用规则引擎，人工审核太贵",
        "Берём логрег, нейросеть слишком медленная для 10 мс",
        // reason after colon, dash, bracket, arrow
        "LR, not a DNN: cheaper to serve",
        "GBDT (a DNN needs 10x the data)",
        "Бустинг, а не нейросеть: дешевле и объяснимо",
        "LR 而非 DNN：可解释",
        "GBDT → DNN too slow",
        // shorthand reasons
        "GBDT over DNN bc tabular data",
        "batch not online b/c daily emails",
        "clicks instead of ratings coz 100x more data",
        "LR over trees since regulators want coefficients",
        "batch over streaming, as the digest goes out once a day",
        "GBDT instead of DNN, hence no GPU needed",
        "Бустинг вместо нейросети т.к. таблица",
        "Батч, а не онлайн, потому рассылка раз в день",
        "用 GBDT 不用 DNN，因为数据是表格",
        "选择批量而不是在线，由于每天只发一次",
        "用 LR 不用深度模型，否则解释不了",
        // decision verbs
        "went with two-tower over a cross-encoder because 10M candidates",
        "picked XGBoost over a transformer - faster to train",
        "chose implicit labels instead of ratings since they are free",
        "prefer batch to online: cheaper",
        "opted for Redis over Postgres for 2 ms reads",
        "switched to streaming from batch because fraud moves in minutes",
        "settled on HNSW over IVF since recall is higher",
        "采用双塔模型而不是交叉编码器，因为候选太多",
        "выбрали бустинг, а не нейросеть, потому что данных мало",
        "остановились на батче вместо онлайна: дешевле",
        "берём клики вместо разметки, т.к. их в 100 раз больше",
        // results of a comparison
        "compared GBDT and DNN offline; GBDT won on AUC and is 10x cheaper",
        "Сравнили бустинг и нейросеть: бустинг выиграл по AUC и в 10 раз дешевле",
        "对比了 GBDT 和 DNN，GBDT 的 AUC 更高，成本低十倍",
        // options then choice
        "Option A: batch nightly. Option B: online per request. We pick B because fresh news matters.",
        "方案一：批量；方案二：在线。选方案二，因为新闻要新鲜。",
        "Вариант 1: батч. Вариант 2: онлайн. Берём онлайн, потому что новости устаревают.",
        // trade ... for, at the cost of
        "we trade some accuracy for latency by distilling the ranker",
        "online scoring gives fresh results at the cost of a 40 ms budget",
        "Онлайн-инференс даёт свежесть ценой задержки 50 мс",
        "以召回率为代价换取更高的精确率",
        // the old test's forms that still hold
        "Batch vs online: batch, because daily emails do not need fresh scores.",
        "GBDT vs. DNN -> GBDT since the data is tabular and small.",
        "Use implicit labels instead of human ratings: far cheaper and 100x more data.",
        "Logistic regression rather than a deep net, so we can explain every decision to auditors.",
        "Batch instead of online. It is cheaper for a daily digest.",
        "Implicit feedback instead of ratings. Much more data, and no annotation budget needed.",
        "Logistic regression, not a deep net. Reason: regulators need per-feature explanations.",
        "Пакетный скоринг вместо онлайн, потому что рассылка раз в день.",
        "选择批量预测而不是在线预测，因为邮件推荐不需要实时。",
        "用隐式反馈而不是人工标注，因为人工标注太贵。",
        "Batch is cheaper than online for a daily digest.",
        "Кэширование дешевле, чем пересчёт на каждый запрос.",
    })
    void statesATradeoff(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertTrue(r.stated(), () -> "should state a trade-off: " + text + " -> " + r);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // a bare "but"
        "keep it simple but maybe add a cache later",
        "We start with batch but may add streaming later.",
        "Labels come from clicks, but also from purchases.",
        "Начнём с бустинга, но потом попробуем нейросеть.",
        "先用规则，但以后可能加模型。",
        // TBD / потом / 待定
        "Trade-off: TBD",
        "trade-offs: ???",
        "Компромисс: потом",
        "权衡：待定",
        "GBDT vs DNN - TBD",
        // options with no choice
        "Options: batch vs online.",
        "GBDT or DNN",
        "Батч или онлайн.",
        "批量还是在线。",
        // a choice with a reason, no alternative
        "Use GBDT because the data is tabular.",
        "Берём бустинг, т.к. данные табличные.",
        "用 GBDT，因为数据是表格型的。",
        "Precompute nightly. Reason: good enough for email.",
        // a choice and an alternative, no reason (a comparison alone says which, not why)
        "Went with GBDT over DNN.",
        "GBDT 优于 DNN",
        "GBDT beats DNN.",
        "Batch instead of online. Stored in Redis.",
        "Бустинг вместо нейросети.",
        "用 GBDT 不用 DNN。",
        // questions and hints
        "Batch vs online?",
        "GBDT or DNN: which one is cheaper?",
        "批量还是在线？哪个便宜？",
        "Пакетный или онлайн? Что дешевле?",
        "Which model would you choose over a baseline, and why?",
        // no decision at all, and look-alikes
        "Use a two-tower model with 64-d embeddings.",
        "Render the canvas with vsync; store vectors in FAISS.",
        "Overview: retrain over time because of drift.",
        "Latency over 100 ms triggers an alert because users leave.",
        "Fail over to the cached model because the primary is down.",
        "Latency must be lower than 100 ms for more than 1M users.",
        "代价函数使用交叉熵。",
        "比如用户画像、物品特征；正负样本比例 1:10。",
        "Признаки: цена товара, категория, история покупок.",
        "Модель против спама на основе бустинга.",
        "Задержка должна быть меньше, чем 100 мс.",
    })
    void nearMissesDoNotCount(String text) {
        TradeoffReading r = TradeoffReader.readUncached(text);
        assertFalse(r.stated(), () -> "should not count: " + text + " -> " + r);
    }

    @Test
    void explainsTheWordsItRead() {
        TradeoffReading r = TradeoffReader.readUncached("Went with GBDT over a DNN because the data is tabular.");
        assertEquals("GBDT", r.choice());
        assertEquals("a DNN", r.alternative());
        assertEquals("the data is tabular", r.reason());
    }

    @Test
    void saysWhatIsMissing() {
        assertEquals(Set.of(Part.ALTERNATIVE),
                TradeoffReader.readUncached("Use GBDT because the data is tabular.").missing());
        assertEquals(Set.of(Part.REASON), TradeoffReader.readUncached("Went with GBDT over DNN.").missing());
        assertEquals(TradeoffReading.Hint.OPTIONS_ONLY, TradeoffReader.readUncached("GBDT or DNN").hint());
        assertEquals(TradeoffReading.Hint.PLACEHOLDER, TradeoffReader.readUncached("Trade-off: TBD").hint());
        assertEquals(TradeoffReading.Hint.QUESTION, TradeoffReader.readUncached("Which model, and why?").hint());
    }
}
