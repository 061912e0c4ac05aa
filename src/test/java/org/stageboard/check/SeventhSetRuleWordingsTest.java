package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.check.RuleHits.check;
import static org.stageboard.check.RuleHits.with;
import static org.stageboard.fixtures.TestBoards.complete;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;

/**
 * Findings that asked for what a board already said in other words, found on the seventh board set
 * (check-corpus-heldout4) outside the trade-off rules: marks made by hand, target texts people wrote and credit
 * outcomes as labels; a top-k hit, a share within a tolerance and errors judged by people as offline metrics; use
 * of what was shown, a survey and a figure after launch as online metrics; hand-set weights and rules as the first
 * step as baselines (rules that are part of the system are none); a change in the mix as a named shift. Examples
 * written for this test, in three languages, each beside near misses that are still flagged.
 */
class SeventhSetRuleWordingsTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "~30k clips with manual timestamps from the editing team|false",
            "约 3 万段视频，剪辑组人工打点的起止时间|false",
            "~30 тыс. роликов с ручными таймкодами от монтажёров|false",
            "~6k replies written by human agents, human-written and approved|false",
            "约 6000 条客服人工撰写的回复|false",
            "~6 тыс. ответов, написанных врачами для платной услуги|false",
            "12 months of card offers with a random holdout, then delinquency over 6 months|false",
            "过去 12 个月的营销记录，随机留白，之后 6 个月的逾期|false",
            "12 месяцев предложений по картам со случайной контрольной группой, затем просрочка за 6 месяцев|false",
            "~30k clips from the editing tool, ingest 1k/week|true",
            "约 3 万段视频，剪辑工具导出|true",
            "~30 тыс. роликов из монтажного инструмента|true",
            "~6k replies written for the help centre|true",
            "12 months of card offers with a random holdout|true"})
    void marksMadeByHandTextsPeopleWroteAndCreditOutcomesAreLabels(String data, boolean flagged) {
        Board b = with(with(complete(), "f", "Framing", "classify each case: yes / no"), "d", "Data", data);
        assertTrue(check(b).contains("no-label-source@data") == flagged, data);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "chosen item in top-3: 61% (rules) vs 70% (model)|false",
            "推荐里前三命中 61%|false",
            "выбранный слот в топ-3: 61%|false",
            "start frame within +-1s: 84%, end frame 77%|false",
            "起点误差 ±1 秒以内: 84%|false",
            "начало в пределах ±1 с: 84%|false",
            "40 drafts rated by 3 editors: invented claims 5%|false",
            "40 份稿件，3 名编辑审读：事实错误 5%|false",
            "300 ответов, 2 юриста: фактические ошибки 2,8%|false",
            "start frame off by up to +-1s|true",
            "起点大概差 ±1 秒|true",
            "начало сдвинуто на ±1 с|true",
            "84% of episodes have credits|true",
            "40 drafts read by 3 editors|true"})
    void aTopKHitAShareWithinAToleranceAndJudgedErrorsAreOfflineMetrics(String evaluation, boolean flagged) {
        Board b = with(complete(), "e", "Evaluation", evaluation + "\nonline: A/B on watch time");
        assertTrue(check(b).contains("missing-offline-metric@evaluation") == flagged, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "recall 0.8 / 'jump to chorus' used on 41% of plays where shown|false",
            "recall 0.8 / 功能使用率 41%|false",
            "recall 0.8 / 41% 的播放用了跳过|false",
            "recall 0.8 / кнопкой пользуются в 41% прослушиваний|false",
            "recall 0.8 / survey of 150 users: clear 79%|false",
            "recall 0.8 / 问卷 150 人：看得懂 79%|false",
            "recall 0.8 / опрос 150 клиентов: понятно 79%|false",
            "recall 0.8 / supply/demand ratio after launch 1.4 -> 1.1|false",
            "recall 0.8 / 上线后供需比 1.4 -> 1.1|false",
            "recall 0.8 / соотношение спроса и предложения после запуска 1,4 -> 1,1|false",
            "recall 0.8 / model used on the test split|true",
            "recall 0.8 / 150 users labelled the test set|true",
            "recall 0.8 / 供需比 1.4 -> 1.1 (回测)|true",
            "recall 0.8 / соотношение 1,4 -> 1,1 на истории|true"})
    void useOfWhatWasShownASurveyAndAFigureAfterLaunchAreOnlineMetrics(String evaluation, boolean flagged) {
        Board b = with(complete(), "e", "Evaluation", evaluation);
        assertTrue(check(b).contains("missing-online-metric@evaluation") == flagged, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "ranking fn with hand weights first, then logistic reg on clicks|false",
            "先用人工权重打分，再上逻辑回归|false",
            "сначала веса вручную, потом логистическая регрессия|false",
            "rules first, then GBDT once labels pile up|false",
            "先用规则，攒够标签再上 GBDT|false",
            "сначала правила, потом бустинг, когда накопим метки|false",
            "XGBoost per user / + rule caps for new users|true",
            "XGBoost 按用户打分 / + 新用户规则限额|true",
            "CatBoost по пользователям / + правила по дилерам из стоп-листа|true",
            "правило по истории, где она есть / CatBoost для остальных|true"})
    void handSetWeightsAndRulesFirstAreBaselinesButRulesBesideTheModelAreNot(String model, boolean flagged) {
        Board b = with(complete(), "m", "Model", model);
        assertTrue(check(b).contains("no-baseline@model") == flagged, model);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "weekly WAPE per site / membership growth shifts mix|false",
            "每周各门店 WAPE / 会员增长导致客群变化|false",
            "WAPE по магазинам раз в неделю / сдвиг структуры покупателей|false",
            "weekly WAPE per site / membership growth|true",
            "每周各门店 WAPE / 会员增长|true",
            "WAPE по магазинам раз в неделю / рост числа покупателей|true"})
    void aChangeInTheMixIsANamedShift(String monitoring, boolean flagged) {
        Board b = with(with(complete(), "m", "Model", "LightGBM, quantile loss, baseline: last year"),
                "o", "Monitoring", monitoring);
        assertTrue(check(b).contains("monitoring-no-drift-or-retraining@monitoring") == flagged, monitoring);
    }
}
