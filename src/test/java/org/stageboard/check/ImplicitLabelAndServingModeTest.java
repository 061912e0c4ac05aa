package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.check.RuleHits.check;
import static org.stageboard.check.RuleHits.with;
import static org.stageboard.fixtures.TestBoards.complete;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;

/**
 * Two rubric disagreements found on the fifth set of held-out boards (now development data), fixed as rules rather
 * than as words of those boards: a regression or forecasting board whose target is recorded later states its label
 * source implicitly, and a serving box may describe its mode by its mechanism (a queue, a cron job, an edge device,
 * a call per click). Examples written for this test, in three languages.
 */
class ImplicitLabelAndServingModeTest {
    private static Board framingAndData(String framing, String data) {
        return with(with(complete(), "f", "Framing", framing), "d", "Data", data);
    }

    @Test
    void aRecordedQuantityIsItsOwnLabelSource() {
        List<List<String>> implicit = List.of(
                List.of("regression: warehouse x day -> parcels shipped", "WMS shipment history, 4y, daily"),
                List.of("forecast hourly taxi pickups per zone", "trip logs 2y + weather"),
                List.of("ETA per ride", "GPS tracks of finished rides"),
                List.of("回归：门店 × 小时 → 客流", "门店客流计数器记录 3 年"),
                List.of("预测每个站点下周销量", "POS 销售流水 2 年"),
                List.of("регрессия: подстанция × час → МВт", "показания счётчиков за 3 года"),
                List.of("прогноз спроса на самокаты по районам", "история поездок за 2 сезона"),
                // the data is its own target
                List.of("self-supervised pretraining on support chats", "8M chats from the helpdesk export"),
                List.of("无监督：聚类找异常账户", "账户行为数据 90 天"),
                List.of("кластеризация без учителя", "профили клиентов из CRM"),
                // the target defined outright in the framing
                List.of("rank sellers per query / label = buyer messaged the seller", "search sessions 60 days"),
                List.of("排序目标：加购", "曝光日志 30 天"),
                List.of("ранжирование / таргет: отклик на вакансию", "выдача и отклики за квартал"));
        for (List<String> b : implicit) {
            assertFalse(check(framingAndData(b.get(0), b.get(1))).contains("no-label-source@data"), b.toString());
        }
    }

    @Test
    void aClassificationOrAnUnnamedSourceStillNeedsItsLabels() {
        List<List<String>> flagged = List.of(
                // a classification: "predict" does not make the label implicit
                List.of("predict fraud per transaction (binary clf)", "transaction logs 1y"),
                List.of("二分类：预测用户是否流失", "用户行为日志"),
                List.of("бинарная классификация: прогноз оттока", "логи приложения"),
                // a forecast, but the data box names no record of the quantity
                List.of("forecast weekly demand", "product catalogue and store list"),
                List.of("预测门店销量", "门店列表、商品目录"),
                List.of("прогноз спроса", "справочник товаров"),
                // "positives are rare" is no label definition
                List.of("binary: failure in 24h, positives are rare", "vibration sensors 1 Hz"));
        for (List<String> b : flagged) {
            assertTrue(check(framingAndData(b.get(0), b.get(1))).contains("no-label-source@data"), b.toString());
        }
    }

    @Test
    void aServingModeDescribedByItsMechanism() {
        for (String serving : List.of("jobs go on a queue after upload, GPU workers pull them",
                "cron at 6:00 writes scores to the warehouse", "airflow DAG, hourly job", "edge device per camera",
                "called when the agent opens the ticket", "任务进消息队列，GPU 消费", "每天凌晨定时任务跑分", "门店边缘盒子上跑",
                "用户点击“翻译”时调用", "задачи кладём в очередь, воркеры забирают", "по расписанию в 7:00",
                "считаем при нажатии кнопки", "edge-устройство на линии")) {
            assertFalse(check(with(complete(), "s", "Serving", serving)).contains("serving-mode@serving"), serving);
        }
        // a time per request would state the mode too ("p99 < 200 ms" answers requests as they come)
        for (String serving : List.of("fallback to the old rule on timeout", "模型超时回退老规则",
                "при таймауте — старое правило")) {
            assertTrue(check(with(complete(), "s", "Serving", serving)).contains("serving-mode@serving"), serving);
        }
    }
}
