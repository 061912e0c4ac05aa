package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.text.TextNorm;

class NumbersTest {
    @ParameterizedTest
    @ValueSource(strings = {"p99 < 80 ms", "50ms per request", "p95: 200", "100 毫秒以内", "за 200 мс",
            "results within ≤ 2 min of the event", "refresh every 15 minutes", "5 分钟内出结果", "не дольше 10 мин",
            "batch scores ready by 08:30", "nightly batch to redis", "每天凌晨跑批", "пересчёт раз в сутки", "1-2 s", "< 300ms", "≤2 мин", "<5秒",
            "≤ 2 minutes", "≤ 3 секунды", "流式实时打分，200 毫秒内。", "scored inline,200ms max", "ответ за 0,5 с",
            "weekly batch scoring of 48M subscribers", "еженедельный batch-скоринг 48 млн", "每周批量打分 4800 万用户",
            "monthly re-score of all accounts", "ежемесячный пересчёт", "每月跑一次", "раз в месяц пересчитываем"})
    void aBudgetOrABatchDeadlineCounts(String text) {
        assertTrue(Numbers.hasLatencyBudget(TextNorm.normalize(text)), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"fast enough", "low latency please", "online serving behind the api", "40M users",
            "top 50 results", "实时推理", "online ranking; batch candidates nightly", "онлайн-инференс", "version 2.3 of the model", "xgb with 500 trees",
            "k8s, 6 pods", "8 h100s", "forecast demand for the next 30 minutes", "每个网格未来 30 分钟叫车需求",
            "прогноз на ближайшие 30 мин", "horizon 2h ahead", "online scoring, model retrained weekly",
            "онлайн-скоринг, переобучение еженедельно"})
    void noNumberWithATimeUnitNoDeadline(String text) {
        assertFalse(Numbers.hasLatencyBudget(TextNorm.normalize(text)), text);
    }
}
