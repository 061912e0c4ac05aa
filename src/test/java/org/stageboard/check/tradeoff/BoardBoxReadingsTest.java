package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Round 24 (issue 8): multi-line boxes as real boards hold them, in examples written for this test, in English, Chinese
 * and Russian where the form exists there ({@link BoxLookalikes}). Near misses that the rules no longer read as a
 * trade-off: a threshold in a condition, a "but" left unfinished, "only" that narrows what is kept, 差 + a count of
 * characters, a share of the data as the option a clause on another line was chosen over, lines that each carry a
 * label and a colon. And the positives they must not break: options over lines then a pick with its reason, "not only
 * Y" after a comma with a reason, a measured error (平均差 35 分钟) that weighs.
 */
class BoardBoxReadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a comparison inside a condition sets a threshold
        "nightly risk score per courier\\ndispatch flags on the event stream\\npause new orders when risk > limit",
        "ночной пересчёт по каждому складу\\nалерт менеджеру, если остаток меньше недельного спроса",
        "每小时批量打分\\n风险分高于阈值时弹窗提醒买家",
        // a "but" left unfinished at the end of the box
        "nightly export to the warehouse, retries on failure\\npush to the partner API would be nicer but",
        "выгрузка раз в сутки в хранилище\\nонлайн через шину было бы удобнее, но",
        // "only" that narrows what is kept
        "support tickets: subject, product tag, resolution code only, no free text\\n2 years, 14 markets",
        "заявки из CRM: тема и категория\\nжалоба клиента не в чат — только в очередь старшему смены",
        // 差 + a count of characters: how far two strings are apart
        "门口摄像头识别车牌，本地推理\\n黑名单车牌查询允许模糊匹配 (差 2 位)",
        // a share of the data on one line, another line above it
        "2 years of pharmacy orders with pickup status\\n~20% of stores never log pickups -> dropped from training bc we can't tell",
        "два года заказов с отметкой о выдаче\\n~20% аптек не отмечают выдачу -> выкинули, т.к. метка неизвестна",
        // lines that each carry a label and a colon: a list of facts
        "标签: 风控人工复核 ~6 万条 (多数来自旧规则)\\n下单日志、支付日志 (设备、IP)、退款日志\\n用户-支付图: 资金流向",
    })
    void boxesOfFactsStateNoTradeoff(String text) {
        String box = text.replace("\\n", "\n");
        TradeoffReading r = TradeoffReader.readByRules(box);
        assertFalse(r.stated(), text + " => " + r);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // options over lines, then a pick with its reason
        "Option A: one model per region\\nOption B: one global model with a region feature\\nwe pick B because small regions borrow from big ones",
        "方案一: 每个城市单独建模\\n方案二: 全国一个模型加城市特征\\n选方案二，小城市数据太少",
        "вариант А: модель на каждый регион\\nвариант Б: одна модель с признаком региона\\nберём Б, потому что в малых регионах мало данных",
        // "X, not only Y: R"
        "score in the checkout API (< 150ms), not only the nightly batch: the hold must be placed before payment\\nnightly rescore for emails",
        // a measured error that weighs
        "试点 200 单，模型平均差 20 分钟，人工排班差 1 个多小时，所以改按模型派单",
        // "only" with a number still limits the other option
        "refund limit: fixed rule for v1, model later - only 6 months of refund history",
    })
    void decisionsInBoxesStayCredited(String text) {
        String box = text.replace("\\n", "\n");
        TradeoffReading r = TradeoffReader.readByRules(box);
        assertTrue(r.stated(), text + " => " + r);
        assertFalse(r.choice().isEmpty() || r.alternative().isEmpty() || r.reason().isEmpty(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the reading explains itself with the writer's words
        "score in the checkout API (< 150ms), not only the nightly batch: the hold must be placed before payment|score in the checkout API (< 150ms)|the hold must be placed before payment",
        "入场记录匹配不上 -> 模糊匹配 (差 1 位)，因为车牌常有污损|模糊匹配|车牌常有污损",
    })
    void readingsNameTheirParts(String text, String choice, String reason) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertTrue(r.stated(), text + " => " + r);
        assertEquals(choice, r.choice(), text);
        assertTrue(r.reason().contains(reason) || reason.contains(r.reason()), text + " => " + r.reason());
    }
}
