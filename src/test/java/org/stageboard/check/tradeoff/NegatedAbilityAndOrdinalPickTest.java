package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Issue 8's ninth round, in English, Chinese and Russian (examples written for this test, not taken from a corpus
 * file): a rejected option's defect written as a negated ability (Russian "не + verb", Chinese "V不C", 没法), a box's
 * topic before a colon not read as the choice, an item picked from a list by its ordinal ("the second", "третье",
 * 第二个) or by a circled number folded to a digit, two options scored side by side as the reason, and the near
 * misses these must leave alone (options described and joined by "or" with no pick, a negated defect, a release verb).
 */
class NegatedAbilityAndOrdinalPickTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // negated abilities: the subject is the alternative, the ability it lacks the reason
        "churn: готовый BERT не понимает наш сленг. дообучаем ruBERT на тикетах|дообучаем ruBERT на тикетах|готовый BERT|не понимает наш сленг",
        "поиск: BM25 не находит синонимы, ставим гибридный поиск|гибридный поиск|BM25|не находит синонимы",
        "商品标题：规则模板写不出多样的文案，改用小模型生成|小模型生成|规则模板|写不出多样的文案",
        "用户画像用 LightGBM，深度模型没法解释给业务|LightGBM|深度模型|没法解释给业务",
        "AML = graph feats + GBDT. end-to-end GNN has zero explainability for the regulator|AML = graph feats + GBDT|end-to-end GNN|has zero explainability for the regulator",
        // an item picked by its ordinal or by a circled number
        "fraud: rules / GBDT / GNN. the second: catches new patterns, rules get stale|GBDT|rules|catches new patterns, rules get stale",
        "разметка: краудсорс / LLM / эксперты. второй вариант: дешевле в 10 раз|LLM|краудсорс|дешевле в 10 раз",
        "冷启动：热门 / 内容相似 / 社交关系。第二个，新物品也能推|内容相似|热门|新物品也能推",
        "部署方式：\\n① 云端\\n② 边缘盒子\\n选 ②，工厂内网不通外网|边缘盒子|云端|工厂内网不通外网",
        // two options scored side by side, the better one shipped
        "ASR model: Whisper WER 8.1% vs Conformer 9.4% on our calls, Whisper it is|Whisper|Conformer 9.4% on our calls|Whisper WER 8.1% vs Conformer 9.4%",
    })
    void readsTheThreeParts(String written, String choice, String alternative, String reason) {
        String text = written.replace("\\n", "\n"); // a box of several lines
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertTrue(r.stated(), text + " => " + r);
        assertEquals(choice, r.choice(), "choice shown");
        assertEquals(alternative, r.alternative(), "alternative shown");
        assertEquals(reason, r.reason(), "reason shown");
        assertTrue(TradeoffReader.readUncached(text).stated(), "the model keeps the reading: " + text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ranking: GBDT (fast, weaker) or DNN (stronger, needs GPUs)", // options weighed, none picked
        "GBDT (fast) or DNN (needs GPUs)",
        "готовый BERT не понимает наш сленг", // a defect, nothing chosen
        "规则模板写不出多样的文案",
        "新检测器不会过拟合，效果差不多", // a negated defect praises; 差不多 is no complement
        "weekly podcast episodes drop every friday", // "drop" releases, it does not reject
        "peak QPS > 12k", // a count, not a model size
    })
    void nearMissesStayShort(String text) {
        assertFalse(TradeoffReader.readByRules(text).stated(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "ranking: GBDT (fast, weaker) or DNN (stronger, needs GPUs)",
        "排序：GBDT（快，弱一点）或 DNN（强，要 GPU）",
        "ранжирование: GBDT (быстро, слабее) или DNN (сильнее, нужны GPU)",
    })
    void describedOptionsJoinedByOrWithNoPickAreTurnedDown(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "GBDT (fast) or DNN (accurate)? GBDT, latency matters",
        "ranking: GBDT (fast) or DNN (accurate) → GBDT, the p99 budget is 20 ms",
    })
    void describedOptionsThenAPickStillCount(String text) {
        assertTrue(TradeoffReader.readUncached(text).stated(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "насосы: LSTM не взлетит, отказов 40 за 3 года. survival-модель на агрегатах|survival-модель на агрегатах",
        "weld seam inspection: YOLOv8-n. Mask R-CNN too slow for 120 parts/min|YOLOv8-n",
    })
    void aTopicBeforeAColonIsNotTheChoice(String text, String choice) {
        assertEquals(choice, TradeoffReader.readByRules(text).choice(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"новый детектор не протекает на тест", "效果差不多", "这个方案了不起"})
    void negatedDefectsAndIdiomsReadNoDefect(String text) {
        String norm = TradeoffReader.prepare(org.stageboard.text.TextNorm.normalize(text));
        var hits = NegatedDefects.addTo(norm, TradeoffReader.SCANNER.scan(norm, TradeoffReader.GUARDS));
        assertTrue(hits.stream().noneMatch(h -> h.kind() == CueKind.DEFECT), text + " => " + hits);
    }
}
