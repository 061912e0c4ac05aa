package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Decision verbs, rejections and prices read in round 11 (from the misses on dev-9 and dev-10), in examples written
 * for this test, each family in English, Chinese and Russian where the language has it.
 */
class Round11DecisionsTest {

    /** A rejection as a clause of its own after the option and its defect: "…, nope", "…，放弃", "…, отказались". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "keeping nightly batch. per-request scoring adds 200ms to search, nope | nightly batch | per-request scoring",
        "排序用 LambdaMART，pointwise 对前几位不敏感，放弃 | LambdaMART | pointwise",
        "ставим LightGBM; Prophet на праздниках промахивается, отказались | LightGBM | Prophet",
    })
    void aTrailingRejectionGivesUpTheOptionBeforeIt(String text, String choice, String alternative) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertEquals(choice, r.choice(), text);
        assertTrue(r.alternative().startsWith(alternative), text + " => alternative " + r.alternative());
        assertTrue(r.stated(), text);
    }

    /** Shipping is deciding: "rolling out X", "⇒ 切 X", "катим X", "ставим X". */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "ANN candidates miss new users, rolling out graph candidates | graph candidates",
        "影子测试 两周：GRU 0.38，LSTM 0.31 ⇒ 切 GRU | GRU",
        "A/B две недели: граф +6% заявок против ANN, катим граф | граф",
        "бэктест: LightGBM 18% MAPE, Prophet 27%, ставим LightGBM | LightGBM",
    })
    void shippingVerbsPick(String text, String choice) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertTrue(r.choice().endsWith(choice), text + " => choice " + r.choice());
        assertTrue(TradeoffReader.readUncached(text).stated(), text);
    }

    /** "切分", "切片" cut things; they pick nothing. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"按句子切分后做 embedding", "把视频切片后抽帧"})
    void cuttingIsNoPick(String text) {
        assertFalse(TradeoffReader.readByRules(text).has(Part.CHOICE), text);
    }

    /** A defect whose subject is a kind of error is the cost of being wrong, a reason: no option is given up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "manual review on every chargeback flag — false declines are too costly",
        "каждый флаг смотрит человек: ложные блокировки слишком дорогие",
        "每个风险单都人工复核，误判代价太高",
    })
    void anErrorIsNoAlternative(String text) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertFalse(r.stated(), text + " => " + r);
        assertTrue(r.missing().contains(Part.ALTERNATIVE), text + " => " + r);
    }

    /** "X would be nice but …" wishes for X; "X would be too slow" faults it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "a streaming pipeline would be nice but we have one engineer",
        "GPU inference would be great but the budget is fixed",
    })
    void aWishIsNoDefect(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "batch scoring, a per-request model would be too slow for checkout",
    })
    void aConditionalDefectStillCounts(String text) {
        assertTrue(TradeoffReader.readByRules(text).stated(), text);
    }

    /** "X adds 40ms — that's the price of Z": X chosen, its price given up, Z the reason. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "realtime scoring adds 40ms at checkout: the price of blocking fraud before shipping | 40ms | blocking fraud before shipping",
        "онлайн-фичи добавляют 30 мс — это цена того, что видим свежие клики | 30 мс | видим свежие клики",
    })
    void thePriceOfAGain(String text, String price, String gain) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertEquals(price, r.alternative(), text);
        assertEquals(gain, r.reason(), text);
        assertTrue(r.stated(), text);
    }

    /** An option that confuses cases, or that there is nothing to train, is the one given up. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "kept human triage for pediatric cases: the classifier confuses croup and asthma | the classifier",
        "оставили правила для возвратов: модель путает брак и передумал | модель",
        "相似房源用 CLIP 现成向量——自己训模型没数据训 | 自己训模型",
    })
    void confusingOrUntrainableIsADefect(String text, String alternative) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertTrue(r.alternative().startsWith(alternative), text + " => alternative " + r.alternative());
        assertTrue(r.stated(), text);
    }

    /** Options listed with scores, then one picked: the scores are the reason, another option the alternative. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "backtest WAPE:\\nper-store 22%\\nper-region 17%\\n-> going per-region | per-region | per-store 22%",
        "离线 NDCG：双塔 0.41，item-CF 0.33 ⇒ 切 双塔 | 双塔 | item-CF 0.33",
        "бэктест MAPE: LightGBM 18%, Prophet 27% → берём LightGBM | LightGBM | Prophet 27%",
    })
    void aPickAmongScoredOptions(String text, String choice, String alternative) {
        String t = text.replace("\\n", "\n");
        TradeoffReading r = TradeoffReader.readByRules(t);
        assertTrue(r.choice().endsWith(choice), t + " => choice " + r.choice());
        assertEquals(alternative, r.alternative(), t);
        assertTrue(r.stated(), t);
    }

    /** One value against another with no scores listed ("0.6, а не 0.8") reads no list. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {"alert threshold 0.6, not 0.8", "порог тревоги 0.6, а не 0.8"})
    void twoValuesAreNoScoredList(String text) {
        assertFalse(TradeoffReader.readByRules(text).stated(), text);
    }

    /** A downside of the option taken, then accepted: the subject is the choice, the acceptance the reason. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "nightly batch scoring means stale scores for new users, fine for a weekly email | nightly batch scoring | fine for a weekly email",
        "离线批量算的推荐会旧一天，对周报来说没问题 | 离线批量算的推荐 | 对周报来说没问题",
        "ночной пересчёт даёт устаревшие рекомендации, для еженедельной рассылки норм | ночной пересчёт | для еженедельной рассылки норм",
    })
    void anAcceptedDownsideKeepsTheOption(String text, String choice, String reason) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertEquals(choice, r.choice(), text);
        assertEquals(reason, r.reason(), text);
        assertTrue(TradeoffReader.readUncached(text).stated(), text);
    }

    /** A bulleted list, then a pick by number ("→ option 2", «→ вариант 2», "→ 方案2"): the second item. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "job ads:\\n- templates\\n- LLM + HR review\\n- LLM publishes alone\\n-> option 2, templates all read the same | LLM + HR review | templates",
        "商品文案：\\n- 模板\\n- LLM + 人工审核\\n- LLM 直接发布\\n→ 方案2，模板千篇一律 | LLM + 人工审核 | 模板",
        "описания вакансий:\\n- шаблоны\\n- LLM с проверкой HR\\n→ вариант 2, шаблоны все одинаковые | LLM с проверкой HR | шаблоны",
    })
    void aPickByNumberAfterABulletedList(String text, String choice, String alternative) {
        String t = text.replace("\\n", "\n");
        TradeoffReading r = TradeoffReader.readByRules(t);
        assertEquals(choice, r.choice(), t);
        assertTrue(r.alternative().startsWith(alternative), t + " => alternative " + r.alternative());
        assertTrue(r.stated(), t);
    }

    /** An attempt that failed, with nothing taken instead, is no trade-off; with a pick after it, it is. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tried a regex blocklist for promo spam, but leetspeak gets past it | false",
        "试过用正则规则拦广告评论，但换个谐音字就绕过去了 | false",
        "пробовали регулярки против рекламного спама, но замена букв их обходит | false",
        "tried a regex blocklist for promo spam, but leetspeak gets past it, so we moved to a char-CNN | true",
        "试过正则规则拦广告评论，但换个谐音字就绕过去了，所以改用字符级 CNN | true",
    })
    void aFailedAttemptNamesNoChoice(String text, boolean stated) {
        assertEquals(stated, TradeoffReader.readUncached(text).stated(), text);
    }
}
