package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added in round 15 (from the misses on dev-15 and dev-16 and from findings on follow-up boards), each in
 * English, Chinese and Russian where the form exists there, in examples written for this test: an option given up
 * written as a condition with its bad outcome and the choice after "so"; a comparison answered by a "but" with no
 * pick; a reason that speaks of the choice's topic rather than of a sibling option; ordering words ("nearest first")
 * and routing arrows ("timeout -> fallback", "top-150 -> inspectors") that pick nothing; staying with the incumbent.
 */
class Round15ReadingsTest {

    /**
     * "if Y, outcome, so X", "Y would outcome, so X", "Y — outcome, so X": the condition names the option given up,
     * the outcome why, the clause after "so" the pick.
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "if triage stays fully manual, nurses drown in 900 alerts a shift, so the model ranks and nurses check the top 20",
        "if we reprice once a night, flash sales are over before the price moves. so hourly repricing",
        "如果全靠人工审核，每天 3 万条根本看不完，所以模型先过滤，人工只看可疑的",
        "客服回复要是全靠模板，用户一问细节就答非所问，所以接 RAG",
        "定价按天更新的话促销开始几个小时价格还是旧的，所以改成按小时更新",
        "если модерировать все объявления руками, очередь растёт на сутки, поэтому модель снимает явный мусор",
        "ручная сверка накладных = два дня задержки, поэтому OCR с проверкой только расхождений",
        "если пересчитывать остатки раз в сутки, полки пустеют к обеду → пересчёт каждый час",
        "scoring every claim by hand would need 40 more adjusters, so the model triages and adjusters take the top 5%",
        "manual review of every claim — we would need 40 more adjusters, so the model triages",
        "按天更新价格会让促销前几个小时一直是旧价，所以改成按小时更新",
        "проверка всех счетов руками — ещё 25 экспертов, так что модель сортирует, эксперты смотрят верхние 10%",
    })
    void anOptionGivenUpAsAConditionWithItsOutcome(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.stated(), text + " => " + r);
    }

    /** The near misses: a condition and its outcome with nothing chosen, "=" inside a pipeline, "so-so". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "if triage stays fully manual, nurses drown in 900 alerts a shift",
        "如果全靠人工审核，审核员每天加班到十点",
        "если модерировать все объявления руками, очередь растёт на сутки",
        "request -> features = user + item -> score -> respond within 50ms",
        "请求 -> 特征 = 用户 + 商品 -> 打分 -> 50ms 内返回",
        "запрос -> признаки = пользователь + товар -> скор -> ответ за 50 мс",
        "scoring every claim by hand would need 40 more adjusters",
        "LR baseline — fast to ship but accuracy so-so",
        "按天更新价格会让促销前几个小时一直是旧价",
        "проверка всех счетов руками — ещё 25 экспертов",
    })
    void aConditionWithNothingChosenIsStillFlagged(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        assertFalse(a.reading().stated(), text + " => " + a.reading());
        assertFalse(Verdict.decide(a).stated(), text);
    }

    /** "X fairer than Y, but Y is understood": two options compared, the other given its due, nothing picked. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the GRU forecasts better than Prophet, but it needs a GPU box",
        "ViT finds more cracks than the CNN, but labelling for it takes twice as long",
        "Transformer 比 LightGBM 准，但训练要 8 小时",
        "图模型比规则召回高，但训练一次要两天",
        "бустинг точнее логрега, но объяснить его регулятору трудно",
        "BERT лучше TF-IDF ловит сарказм, но инференс в 10 раз дороже",
    })
    void aComparisonAnsweredByButWithNoPickWeighs(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text);
        TradeoffReading r = Verdict.decide(a);
        assertFalse(r.stated(), text + " => " + r);
        assertEquals(TradeoffReading.Hint.OPTIONS_ONLY, r.hint(), text);
    }

    /**
     * The near misses that still decide: a pick after the "but", the weaker option defended by the "but", or a box
     * whose other sentences name the pick (the comparison is their aside).
     */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "the GRU forecasts better than Prophet, but it needs a GPU box, so we ship Prophet",
        "pgvector is slower than a vector DB, but we already run postgres and it handles 2M docs",
        "Transformer 比 LightGBM 准，但训练要 8 小时，所以先上 LightGBM",
        "бустинг точнее логрега, но объяснить его регулятору трудно, поэтому остаёмся на логреге",
        "pgvector медленнее отдельной векторной базы, но postgres у нас уже есть",
        "Baseline: popular in category. Then two-tower and GBDT for ranking; a neural net is more accurate, but pricier",
        "基线：类目热门。然后双塔加 GBDT 排序；神经网络比 GBDT 准，但训练更贵",
        "Бейзлайн: популярное в категории. Затем двухбашенная модель и бустинг; нейросеть точнее, но дороже в обучении",
    })
    void aComparisonThatStillDecidesIsNotTurnedDown(String text) {
        assertFalse(ComparedWithoutPick.in(TradeoffReader.analyse(text).norm(), TradeoffReader.analyse(text).hits()), text);
    }

    /** "privilege classifier …, cuz privileged docs …": the reason speaks of the topic again, no option given up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "fraud model scores every transfer cuz frauds move money within minutes",
        "фродовые переводы скорим моделью на графе, т.к. фродеры работают группами",
    })
    void aReasonAboutTheChoicesTopicNamesNoOption(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertFalse(r.has(Part.ALTERNATIVE), text + " => " + r);
    }

    /** The near misses: a sibling named with the method word as written is still the option given up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "uplift model, since a response model hands discounts to people who'd buy anyway",
        "скидки: uplift-модель, т.к. модель отклика раздаёт скидки тем, кто и так купит",
    })
    void aSiblingOptionInTheReasonIsStillRead(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.ALTERNATIVE), text + " => " + r);
    }

    /** "less than once a week", «реже, чем раз в неделю»: a frequency, not a second option. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "weekly grain since most stores restock less than once a week",
        "прогноз по неделям, т.к. большинство позиций продаётся реже, чем раз в неделю",
    })
    void aFrequencyAfterThanIsNoAlternative(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertFalse(r.has(Part.ALTERNATIVE), text + " => " + r);
    }

    /** The near misses: a cadence compared with another cadence is still two options. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "weekly retrain, cheaper than daily and the catalog barely moves",
        "переобучаем раз в неделю, это дешевле, чем каждый день",
    })
    void aCadenceAfterThanIsStillAnAlternative(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.ALTERNATIVE), text + " => " + r);
    }

    /** "skip-gram", "skip-intro", "drop-in": a hyphenated name, not an option turned down (English only). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skip-gram vectors for the catalogue, retrained nightly",
        "drop-in replacement for the old tokenizer",
    })
    void aHyphenatedNameIsNoRejection(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertFalse(r.has(Part.ALTERNATIVE), text + " => " + r);
    }

    /** The near miss: "skip the transformer" still turns an option down, next to a skip-gram model. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "skip-intro detection: audio fingerprint, not a visual model (intros repeat in audio, visuals get re-cut)",
        "skip the transformer, skip-gram vectors train on one CPU",
    })
    void aRejectionNextToAHyphenatedNameIsStillRead(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.ALTERNATIVE), text + " => " + r);
    }

    /** "rather then", the common slip for "rather than", still prefers (English only). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "we went with a separate classifier rather then reuse the relevance model, privileged docs look relevant",
    })
    void ratherThenStillPrefers(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.ALTERNATIVE) && r.has(Part.CHOICE), text + " => " + r);
    }

    /** Staying with the incumbent is deciding: "staying with logreg", «остаёмся на логреге», "继续用逻辑回归". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "logreg AUC 0.79, GBDT 0.81, gap is tiny, staying with logreg for explainability",
        "逻辑回归 AUC 0.79，GBDT 0.81，差距很小，继续用逻辑回归，方便解释",
        "логрег AUC 0.79, бустинг 0.81 — разница мизерная, остаёмся на логреге ради объяснимости",
    })
    void stayingWithTheIncumbentIsAChoice(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.CHOICE), text + " => " + r);
    }

    /** The near misses: staying with something, with nothing weighed and no reason, is still flagged. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "staying with logreg",
        "继续用逻辑回归",
        "остаёмся на логреге",
    })
    void stayingWithNothingWeighedIsStillFlagged(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text);
    }

    /** "nearest first", «ближайшие сначала», "距离近的优先": a sort order, no choice. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "baseline: nearest first, then soonest date",
        "fallback: newest first",
        "бейзлайн: ближайшие сначала, потом по дате",
        "兜底：距离近的优先",
    })
    void anOrderByAQualityPicksNothing(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertFalse(r.has(Part.CHOICE), text + " => " + r);
    }

    /** The near misses: the same words before an option still pick it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "first GBDT, a DNN once we have labels",
        "сначала бустинг, нейросеть потом",
        "GBDT 优先，DNN 以后再说",
    })
    void aPickBeforeAnOptionIsStillRead(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.CHOICE), text + " => " + r);
    }

    /** "timeout 2 s -> canned line", "top-150 -> inspectors": an arrow that routes picks nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "timeout 2 s -> canned reply",
        "LLM reply, streaming -> fallback template",
        "top-150 -> field inspectors",
        "超时 2 s -> 预设台词 fallback",
        "前 50 -> 人工复核",
        "таймаут 2 с -> заготовленная реплика",
        "топ-150 -> КРО",
    })
    void aRoutingArrowPicksNothing(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertFalse(r.has(Part.CHOICE), text + " => " + r);
    }

    /** The near misses: an arrow after an option's defect still picks what it points at. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "LSTM too slow on CPU -> GBDT",
        "LSTM 在 CPU 上太慢 -> GBDT",
        "LSTM на CPU слишком медленный -> GBDT",
    })
    void anArrowAfterADefectStillPicks(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.CHOICE), text + " => " + r);
    }

    /** "下播就没了": the room ends when the stream does, a fact of the data, not a rejected option's defect. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "曝光/进房/停留/下单日志 30 天\n直播间只存在几小时，下播就没了",
        "直播间只存在几小时，下播就没了",
    })
    void somethingThatEndsIsNoDefect(String text) {
        TradeoffReader.Analysis a = TradeoffReader.analyse(text.replace("\\n", "\n"));
        assertFalse(a.reading().has(Part.ALTERNATIVE), text + " => " + a.reading());
        assertFalse(Verdict.decide(a).stated(), text);
    }

    /** The near miss: an option that loses something under a condition still has its defect read. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "纯协同过滤新品没曝光就没向量，所以加内容塔",
    })
    void aDefectWithJiuMeiIsStillRead(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.has(Part.ALTERNATIVE) && r.has(Part.REASON), text + " => " + r);
    }
}
