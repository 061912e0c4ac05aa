package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.check.RuleHits.check;
import static org.stageboard.check.RuleHits.with;
import static org.stageboard.fixtures.TestBoards.complete;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.model.Board;

/**
 * Findings that told candidates to state what their board already said in other words, found by reading the
 * checker's findings on the sixteenth to eighteenth sets of follow-up boards (written by others): a weekly or daily
 * run is a batch serving mode, an API, a socket, an upload or a time per request is an online one, a retraining cadence beside the model is a retraining plan, an LLM judge or a rubric is an
 * offline evaluation, reviewers' recorded decisions are labels, and a forecast's data box that spans years holds its
 * own target. Examples written for this test, in three languages, each with a near miss that is still flagged.
 */
class StatedInOtherWordsTest {
    @ParameterizedTest
    @ValueSource(strings = {"recompute every Monday night, push to the planning sheet",
            "bids uploaded once a day via the ads API", "scores refreshed on Sundays, CSV to the ops team",
            "T+1 离线打分，结果进风控后台", "每周一自动跑，结果进 BI 看板", "пересчёт по понедельникам, выгрузка в BI",
            "инференс на краю, в школе, без облака", "once a year in February: notebook -> Excel for the ministry",
            "每年 2 月跑一次，notebook 导出 Excel", "раз в год, в феврале: notebook → Excel для минЖКХ",
            "离线批，8×A100 跑 2 天", "on the chip DSP, 1.2 mW budget", "на чипе слухового аппарата, 1,2 мВт"})
    void aScheduleOrAnEdgeIsAServingMode(String serving) {
        Set<String> found = check(with(complete(), "s", "Serving", serving));
        assertFalse(found.contains("serving-mode@serving"), serving + " " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"called on check-in page load, < 80 ms", "client calls /offer", "скоринг при открытии анкеты",
            "ранжирование на сервере при загрузке тайлов, p99 < 60 мс", "每次 request 调云端 ranking service，p99 40ms",
            "MoveNet 在平板上 25fps，结果本地保存", "pushes to the dispatcher screen over websocket",
            "tablet uploads video -> GPU server, ~9 min per engine", "小程序上传 -> 云端 GPU 推理，p95 1.8 秒",
            "сканер выгружает снимки на сервер лаборатории, около 40 секунд на мазок"})
    void answeringRequestsByMechanismOrTimeIsAServingMode(String serving) {
        Set<String> found = check(with(complete(), "s", "Serving", serving));
        assertFalse(found.contains("serving-mode@serving"), serving + " " + found);
    }

    @ParameterizedTest
    @ValueSource(strings = {"bids uploaded once a day via the ads API", "每周一自动跑，结果进 BI 看板",
            "пересчёт по понедельникам, выгрузка в BI", "once a year in February: notebook -> Excel",
            "每年 2 月跑一次，导出 Excel", "раз в год, в феврале: notebook → Excel",
            "uploaded after class, processed offline, report in the app by morning",
            "课后上传，离线处理，第二天早上老师在 App 看报告", "после урока загрузка, обработка офлайн, отчёт учителю к утру"})
    void aScheduledRunNeedsNoLatencyBudget(String serving) {
        assertFalse(check(with(complete(), "s", "Serving", serving)).contains("no-latency-budget@serving"), serving);
    }

    @ParameterizedTest
    @ValueSource(strings = {"results pushed to the dashboard", "结果进 BI 看板", "результаты в дашборд",
            "serve the model behind an API", "模型封装成接口", "модель за REST API",
            "notebook -> Excel for the ministry in February", "8×A100 跑 2 天", "чип слухового аппарата, 1,2 мВт"})
    void noScheduleNoModeStillFlagged(String serving) {
        assertTrue(check(with(complete(), "s", "Serving", serving)).contains("serving-mode@serving"), serving);
    }

    @ParameterizedTest
    @ValueSource(strings = {"processed offline, report in the app", "离线处理，老师在 App 看报告",
            "обработка офлайн, отчёт учителю в приложении"})
    void anOfflineRunWithNoDeadlineStillNeedsOne(String serving) {
        assertTrue(check(with(complete(), "s", "Serving", serving)).contains("no-latency-budget@serving"), serving);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "LightGBM on tabular feats, retrain daily|ROAS per market, alert if spend > 120% of budget|false",
            "CatBoost, 每周重新训练|每周：续保率、投诉率|false",
            "CatBoost, переобучение раз в неделю|еженедельно: конверсия, отписки|false",
            "LightGBM on tabular feats|ROAS per market, alert if spend > 120% of budget|true",
            "CatBoost|每周：续保率、投诉率|true",
            "CatBoost|еженедельно: конверсия, отписки|true",
            "GBDT|node2vec 每周重算, 冻结数|false",
            "GBDT|доля подтверждённых / пересмотр порогов раз в квартал|false",
            "GBDT|weekly: hit rate; recalibrate thresholds each quarter|false"})
    void aRetrainingCadenceBesideTheModelCounts(String model, String monitoring, boolean flagged) {
        Board b = with(with(complete(), "m", "Model", "Baseline: popularity. " + model), "o", "Monitoring", monitoring);
        assertTrue(check(b).contains("monitoring-no-drift-or-retraining@monitoring") == flagged, model + " / " + monitoring);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "GBDT|# prompts per agent per day / monthly label distribution|false",
            "GBDT|每日上传量、重拍率、各类别预测分布|false",
            "GBDT|доля флагов по дням / распределение скоров по сканерам|false",
            "GBDT|# prompts per agent per day / monthly complaints|true",
            "GBDT|每日上传量、重拍率|true",
            "GBDT|доля флагов по дням / жалобы|true",
            "DIN|monthly: report open rate / ASR confidence distribution per school|false",
            "DIN|每月：老师打开报告率 / 按学校看 ASR 置信度分布|false",
            "DIN|ежемесячно: открытия отчётов / распределение уверенности ASR по школам|false",
            "DIN|每日：push 打开率、退订率 / 周更模型|false",
            "DIN|每日：push 打开率、退订率|true"})
    void aDistributionWatchedOverTimeIsDriftDetection(String model, String monitoring, boolean flagged) {
        aRetrainingCadenceBesideTheModelCounts(model, monitoring, flagged);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "AUROC 0.97，AUPR 0.95 / Hits@10 0.71|false",
            "writers' rubric (1-5) on 200 dialogues: 4.1 / GPT-4o as judge on 2,000|false",
            "编剧 rubric 200 条：平均 4.1 / 大模型打分 2,000 条，攻破率 3.2%|false",
            "LLM-as-judge на 300 вопросах, шкала 1–5: 4,2|false",
            "writers liked it|true", "编剧觉得不错|true", "эксперты довольны|true",
            "field acc 0.94 (invoice amount 0.97)|false", "字段 acc 0.94（发票金额 0.97，诊断 0.83）|false",
            "поля: acc 0,94 (сумма 0,97)|false", "字段基本都对|true"})
    void aJudgedGenerationIsAnOfflineEvaluation(String evaluation, boolean flagged) {
        Board b = with(complete(), "e", "Evaluation", evaluation + ". A/B test on retention.");
        assertTrue(check(b).contains("missing-offline-metric@evaluation") == flagged, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "3 yrs of claim statements / adjudicator determination codes, ~310k|false",
            "archived videos with inspection reports; 3 inspectors drew boxes on 42k frames|false",
            "历史视频 6800 条，3 名质检员画框 4.2 万帧|false",
            "9 тыс. мазков, каждую клетку подписал один лаборант из 14|false",
            "3 年理赔材料 / 审核员的判定结果 31 万条|false",
            "заявления за 3 года / вердикты комиссии, ~310 тыс.|false",
            "11k notices, reviewer decisions on 620k (notice, listing) pairs, 14% match|false",
            "74k reports with a photo, 9.6k confirmed matches (agent closed the file)|false",
            "1.1 万份通报，审核决定 62 万对，匹配 14%|false",
            "11 тыс. уведомлений, решения проверяющих по 620 тыс. пар|false",
            "74 тыс. заявок с фото, 9,6 тыс. подтверждённых совпадений|false",
            "11k notices, 620k (notice, listing) pairs, 14% match|true",
            "3 yrs of claim statements, web form text|true",
            "3 年理赔材料，网页表单文本|true",
            "заявления за 3 года, текст веб-формы|true",
            "3 yrs of claims: documents + adjuster decisions + amount paid|false",
            "历史理赔 3 年：材料 + 理赔员结论 + 赔付金额|false",
            "历史理赔 3 年：材料 + 赔付金额|true"})
    void reviewersDecisionsAreLabels(String data, boolean flagged) {
        Board b = with(with(complete(), "f", "Framing", "classify each claim: quit / misconduct / laid off"),
                "d", "Data", data);
        assertTrue(check(b).contains("no-label-source@data") == flagged, data);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "regression: days until the block reaches 24 Brix|2015-2023: hand samples per block, weather stations|false",
            "多步时间序列回归，输出 P10 / P50 / P90|2012-2025 周度：生猪均价，能繁母猪存栏|false",
            "регрессия: вывезено м3 на район x сутки|зимы 2015–2024: талоны снегоплавильных пунктов|false",
            "binary: churn in 30 days|2019-2024 CRM profiles|true",
            "二分类：30 天内是否流失|2019-2024 CRM 画像|true",
            "бинарная классификация: отток за 30 дней|профили CRM 2019–2024|true",
            "regression: days until the block reaches 24 Brix|weather stations, soil maps|true",
            "regression: visitors per office per hour|e-queue, 4 years: service, issue and call time per ticket|false",
            "回归：每个网点每小时客流|取号系统 4 年：每张号的业务、取号和叫号时间|false",
            "регрессия: посетители по часам|электронная очередь 4 года: по каждому талону — услуга, время|false",
            "binary: will the visitor leave unserved|e-queue, 4 years of tickets|true"})
    void aForecastsDataSpanningYearsHoldsItsTarget(String framing, String data, boolean flagged) {
        Board b = with(with(complete(), "f", "Framing", framing), "d", "Data", data);
        assertTrue(check(b).contains("no-label-source@data") == flagged, framing + " / " + data);
    }
}
