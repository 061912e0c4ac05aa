package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.text.TextNorm;

/**
 * Follow-ups of issue 8, round 22, in English, Chinese and Russian: a word read in the sense its board gives it, and a
 * question worded for the board's own kind. A badge scanned at a door and a video someone watches are no images
 * (no camera drift on a conference recommender or a course-dropout board); "label needed within 6 h" and "target: 80%"
 * state a deadline and a goal, not the label; a forecasting board whose Evaluation is missing is asked for a backtest,
 * not for an operating point and a miss against a false alarm; a result the board breaks down is not asked to be broken
 * down again, its weakest part is asked about instead.
 */
class FollowUpRound22Test {
    private static final String CAMERA_DRIFT = "g.monitoring.drift-vision";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Conference session recommendations;410k badge scans at room doors, pos = badge scan;"
            + "past scans if returning, session abstract emb;410k scanned photos of the room, pos = seen in a photo",
        "会议议程推荐;扫描二维码签到 41 万次，正样本 = 扫码进场;回访者的历史扫描记录、议程摘要 embedding;"
            + "41 万张扫描的现场照片，正样本 = 照片里出现",
        "Рекомендации докладов конференции;410 тыс. сканов бейджей на входе, позитив = скан бейджа;"
            + "прошлые сканы для вернувшихся, эмбеддинг аннотации;410 тыс. фото залов, позитив = виден на фото"})
    void aBadgeScannedAtTheDoorIsNoImage(String title, String checkIns, String features, String photos) {
        Board scanned = conference(title, checkIns, features);
        assertFalse(ids(scanned).contains(CAMERA_DRIFT), ids(scanned).toString());
        // near miss: photos of the rooms are images a model reads, and their drift is asked about
        Board pictured = conference(title, photos, features + "; " + photos);
        assertTrue(ids(pictured).contains(CAMERA_DRIFT), ids(pictured).toString());
    }

    private static Board conference(String title, String data, String features) {
        return board(title, Stage.REQUIREMENTS, "25k attendees, recs on app open < 1 s", Stage.DATA, data,
                Stage.FEATURES, features, Stage.MODEL, "two-tower -> LightGBM ranker", Stage.EVALUATION,
                "recall@1 per slot 0.38", Stage.SERVING, "nightly top-20 per attendee");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Course dropout nudges;clickstream: video plays, quiz attempts;video completion % this week;"
            + "lecture video frames, quiz attempts;video frames sampled 1 fps",
        "课程流失预警;点击流：视频播放、测验提交;本周视频完播率;课程视频画面、测验提交;视频帧每秒采样 1 帧",
        "Предупреждение об уходе с курса;кликстрим: просмотры видео, попытки тестов;доля видео просмотрено за неделю;"
            + "кадры видео лекций, попытки тестов;кадры видео раз в секунду"})
    void aVideoSomeoneWatchesIsNoImage(String title, String data, String features, String frames,
            String frameFeatures) {
        Board watched = course(title, data, features);
        assertFalse(ids(watched).contains(CAMERA_DRIFT), ids(watched).toString());
        // near miss: the video's frames fed to a model are images, and their drift is asked about
        Board read = course(title, frames, frameFeatures);
        assertTrue(ids(read).contains(CAMERA_DRIFT), ids(read).toString());
    }

    private static Board course(String title, String data, String features) {
        return board(title, Stage.FRAMING, "weekly binary: P(no activity in 14 days)", Stage.DATA, data,
                Stage.FEATURES, features, Stage.MODEL, "XGBoost", Stage.EVALUATION, "AUC 0.84, precision@1500 0.62",
                Stage.SERVING, "weekly batch");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "label needed before an episode is monetised, target within 6 h of publish;label: unsafe per GARM category",
        "target: 80% of orders from the nearest warehouse;target: units ordered per SKU and week",
        "标签：需要在发布后 6 小时内给出;标签：按类目判定的不安全",
        "метка — нужна в течение 6 ч после публикации;метка — небезопасный выпуск по категории",
        "таргет: 80% «с ближайшего склада»;таргет: заказы SKU за неделю"})
    void aDeadlineOrAGoalIsNoLabel(String deadline, String label) {
        Board timed = board("Episode safety", Stage.REQUIREMENTS, deadline, Stage.MODEL, "DeBERTa");
        assertEquals(Optional.empty(), BoardFacts.label(timed));
        // near miss: the label itself, stated the same way, is quoted
        Board labelled = board("Episode safety", Stage.REQUIREMENTS, deadline, Stage.DATA, label,
                Stage.MODEL, "DeBERTa");
        assertTrue(BoardFacts.label(labelled).isPresent(), label);
        assertFalse(BoardFacts.label(labelled).get().matches("(?s).*(6 h|6 ч|80%|6 小时).*"),
                BoardFacts.label(labelled).get());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Regional stock forecast;demand forecast per SKU and region, quantiles, horizon 1-4 weeks;stockout risk;"
            + "Order fraud check;fraud risk per order, binary",
        "区域库存需求预测;需求预测：每个 SKU 每个地区，分位数，预测周期 1-4 周;缺货风险;订单欺诈识别;每笔订单的欺诈风险，二分类",
        "Прогноз спроса по складам;прогноз спроса по SKU и региону, квантили, горизонт 1-4 недели;риск дефицита;"
            + "Проверка заказов на мошенничество;риск мошенничества по заказу, бинарная"})
    void aForecastWithoutEvaluationIsAskedForABacktest(String title, String forecast, String risk, String fraudTitle,
            String classifier) {
        // a forecasting board that also says "risk" in two boxes reads as a classifier too, as a stock planner may
        Board forecasting = board(title, Stage.FRAMING, forecast, Stage.DATA, "orders 2022-2025, " + risk,
                Stage.FEATURES, "lags 1-8 weeks, " + risk, Stage.MODEL, "LightGBM quantile", Stage.SERVING,
                "weekly batch");
        assertTrue(ids(forecasting).contains("g.evaluation.missing-forecast"), ids(forecasting).toString());
        assertFalse(ids(forecasting).contains("g.evaluation.missing-classify"), ids(forecasting).toString());
        // near miss: a classifier missing its Evaluation still gets the operating-point wording
        Board classifying = board(fraudTitle, Stage.FRAMING, classifier, Stage.DATA, "orders 2022-2025, fraud flags",
                Stage.FEATURES, "order amount, account age", Stage.MODEL, "LightGBM", Stage.SERVING, "online API");
        assertTrue(ids(classifying).contains("g.evaluation.missing-classify"), ids(classifying).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Cough screening;test AUC 0.87 / children under 1 year: AUC 0.74;children under 1 year: AUC 0.74;"
            + "test AUC 0.87 / baseline: pediatricians AUC 0.68",
        "咳嗽声初筛;测试集 AUC 0.87 / < 1 岁：AUC 0.74;< 1 岁：AUC 0.74;测试集 AUC 0.87 / 基线：儿科医生 AUC 0.68",
        "Прогноз потока МФЦ;бэктест 2024: WAPE 17% / малые офисы: WAPE 38%;малые офисы: WAPE 38%;"
            + "бэктест 2024: WAPE 17% / бейзлайн: офис-день WAPE 24%"})
    void aBrokenDownResultIsAskedAboutItsWeakestPart(String title, String brokenDown, String weakest, String onBaseline) {
        Board sliced = evaluated(title, brokenDown);
        assertFalse(ids(sliced).contains("g.evaluation.result-slice"), ids(sliced).toString());
        String asked = PlannedBoards.find(sliced, "g.evaluation.weak-slice").orElseThrow().question().question();
        assertTrue(asked.contains(weakest), asked);
        // near miss: a second figure that is the baseline's is no breakdown; the result itself is asked about
        Board compared = evaluated(title, onBaseline);
        assertFalse(ids(compared).contains("g.evaluation.weak-slice"), ids(compared).toString());
        assertTrue(ids(compared).contains("g.evaluation.result-slice"), ids(compared).toString());
    }

    private static Board evaluated(String title, String evaluation) {
        return board(title, Stage.FRAMING, "binary classifier", Stage.DATA, "2 years of records", Stage.MODEL,
                "LightGBM", Stage.EVALUATION, evaluation.replace(" / ", "\n"), Stage.SERVING, "nightly batch", Stage.MONITORING,
                "weekly error per segment");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "gate scans (RFID) per lift per min;gate scans (RFID) per lift per min",
        "410k badge scans at room doors;410k scanned invoices",
        "сканы бейджей на входе;сканы накладных",
        "扫描二维码签到;扫描发票"})
    void checkInScansAreBlankedOnlyOnACheckInBoard(String checkIn, String nearMiss) {
        assertFalse(read(checkIn).matches("(?s).*(scan|скан|扫描).*"), read(checkIn));
        if (!checkIn.equals(nearMiss)) {
            assertTrue(read(nearMiss).matches("(?s).*(scan|скан|扫描).*"), read(nearMiss));
        }
    }

    private static String read(String text) {
        String n = TextNorm.normalize(text);
        return new WordSenses(n).blankOtherSenses(n);
    }
}
