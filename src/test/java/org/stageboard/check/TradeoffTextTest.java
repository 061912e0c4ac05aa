package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class TradeoffTextTest {

    @ParameterizedTest
    @ValueSource(strings = {
        // English: the textbook forms
        "Batch vs online: batch, because daily emails do not need fresh scores.",
        "GBDT vs. DNN -> GBDT since the data is tabular and small.",
        "Two-tower over a cross-encoder because retrieval must score 10M items.",
        "Use implicit labels instead of human ratings: far cheaper and 100x more data.",
        "Logistic regression rather than a deep net, so we can explain every decision to auditors.",
        "Online prediction gives fresh scores at the cost of a 40 ms latency budget per request.",
        "Trade-off: fresher features vs. the cost of a streaming pipeline.",
        "Tradeoff between precision and recall: a missed fraud costs more than a blocked purchase.",
        "Pros/cons: distillation keeps 95% of quality with 4x smaller model.",
        "Downside of on-device inference: model updates ship only with app releases.",
        "Compared with per-request scoring, caching saves 80% of GPU time.",
        "We accept stale recommendations in exchange for a 10x lower serving bill.",
        "Picked XGBoost over a transformer - faster to train and easier to debug.",
        "Sampled negatives (1:10) rather than all impressions to keep training under an hour.",
        "The catch is that hashing collisions hurt rare categories.",
        // Chinese
        "选择批量预测而不是在线预测，因为邮件推荐不需要实时。",
        "权衡：在线推理更新鲜，但延迟和成本更高。",
        "用GBDT取代深度模型，训练更快，可解释性更好。",
        "相比人工标注，隐式反馈数据量大得多，但噪声更多。",
        "我们以召回率为代价换取更高的精确率。",
        "批量预测比在线预测便宜很多，代价是结果不够新鲜。",
        "两塔模型优于交叉编码器，因为要在千万级候选中检索。",
        "取舍：模型越大越准，但延迟越高。",
        "蒸馏后的小模型比大模型快4倍，精度只降1%。",
        "批量比在线便宜。",
        "Batch is cheaper than online for a daily digest.",
        // Russian
        "Пакетный скоринг вместо онлайн, потому что рассылка раз в день.",
        "Компромисс: свежесть признаков против стоимости стриминга.",
        "Онлайн-инференс даёт свежие рекомендации ценой задержки 50 мс.",
        "Логистическая регрессия, а не нейросеть, так как нужна интерпретируемость.",
        "В отличие от ручной разметки, клики дешевле и их больше.",
        "Дистилляция дороже в обучении, но зато модель в 3 раза быстрее.",
        "Плюсы/минусы: GBDT быстро учится, но плохо работает с текстом.",
        "Градиентный бустинг лучше нейросети здесь, т.к. данных мало.",
        "Кэширование дешевле, чем пересчёт на каждый запрос.",
        "Недостаток офлайн-скоринга: рекомендации устаревают за сутки.",
    })
    void statesATradeoff(String text) {
        assertTrue(TradeoffText.states(text), () -> "should state a trade-off: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // no choice at all
        "Use a two-tower model with 64-d embeddings.",
        "Serve from a Kubernetes cluster behind a load balancer.",
        // "vs" inside words, "over" inside words or as a preposition of time/amount
        "Render the canvas with vsync; store vectors in FAISS.",
        "Overview: retrain over time because of drift.",
        "Watch for overfitting over the last 30 days of data.",
        "Latency over 100 ms triggers an alert because users leave.",
        "Over-sampling the minority class because it is rare.",
        "Fail over to the cached model because the primary is down.",
        // options listed, no decision or reason
        "Batch vs online?",
        "Options: batch vs online.",
        "Batch or online prediction, to be decided.",
        // a reason with no alternative named is not a trade-off
        "Precompute nightly. Reason: good enough for email.",
        // one option's upside and downside, nothing decided: the independent phrase corpora label this form a near
        // miss ("大模型更准，但是更贵", "HNSW index but memory heavy"); it was credited before issue 8's sixth round
        "Online scoring is fresher but costs more compute.",
        "Human review is accurate, however it is slow and expensive.",
        "Так лучше.",
        // placeholders and deferrals
        "Trade-off: TBD",
        "trade-offs: ???",
        "Need to discuss trade-offs later.",
        "What is the trade-off between batch and online?",
        // "but" without a quality contrast
        "We start with batch but may add streaming later.",
        "Labels come from clicks, but also from purchases.",
        // numbers, not alternatives
        "Latency must be lower than 100 ms for more than 1M users.",
        "More than a million items in the catalogue.",
        // Chinese near misses
        "代价函数使用交叉熵。",
        "不但要点击率高，而且要留存好。",
        "比如用户画像、物品特征；正负样本比例 1:10。",
        "批量还是在线？",
        "权衡：待定",
        "需要考虑一些权衡。",
        // Russian near misses
        "Признаки: цена товара, категория, история покупок.",
        "Модель против спама на основе бустинга.",
        "Следим за переобучением модели на валидации.",
        "Компромисс: TODO",
        "Пакетный или онлайн?",
        "Обсудим компромиссы потом.",
        "Задержка должна быть меньше, чем 100 мс.",
    })
    void doesNotStateATradeoff(String text) {
        assertFalse(TradeoffText.states(text),
                () -> "should not count: " + text + " (read " + TradeoffText.read(text) + ")");
    }

    @Test
    void reasonMayFollowInTheNextSentence() {
        assertTrue(TradeoffText.states("Batch instead of online. It is cheaper for a daily digest."));
        assertFalse(TradeoffText.states("Batch instead of online. Stored in S3."));
    }

    @Test
    void aQuestionInBetweenDoesNotLendItsReason() {
        assertFalse(TradeoffText.states("Batch instead of online. Is it cheaper?"));
    }

    @Test
    void readingNamesTheWordsRead() {
        var r = TradeoffText.read("Store in S3. Use GBDT instead of a DNN because data is tabular.");
        assertTrue(r.stated());
        assertEquals("GBDT", r.choice());
        assertEquals("a DNN", r.alternative());
        assertEquals("data is tabular", r.reason());
    }

    @Test
    void placeholderOnlyText() {
        assertTrue(TradeoffText.isPlaceholderOnly("TBD"));
        assertTrue(TradeoffText.isPlaceholderOnly(" 待定 "));
        assertTrue(TradeoffText.isPlaceholderOnly("потом..."));
        assertTrue(TradeoffText.isPlaceholderOnly(""));
        assertFalse(TradeoffText.isPlaceholderOnly("cheaper, TBD how much"));
    }
}
