package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.asks;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;
import static org.stageboard.rehearsal.PlannedBoards.skips;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 37, in English, Chinese and Russian: questions set 42 asked of boards that had answered
 * them or on a misread line. A metric held to a figure after "target" is a goal, not a label; train and test years
 * on one line are a time split; a pricing board gets no classifier-threshold question; labels vetted by an expert
 * have a source; results reported separately are broken down; data used with consent answers the privacy question;
 * a MAPE beside a WAPE needs no "would WAPE be better?". After set 43: a zero-retention agreement answers privacy, and
 * a board whose model is the OCR (CRNN + CTC) has no upstream model whose errors flow into it.
 */
class FollowUpRound37Test {
    private static final Set<String> THRESHOLDS = Set.of("g.framing.threshold", "g.framing.action-thresholds",
            "g.evaluation.auc-cut");
    private static final Set<String> SPLIT = Set.of("g.data.split", "g.data.random-split", "g.data.group-split");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "target: sens >= 0.6 at spec >= 0.9;target: beach closed the next day (lab E. coli > 235)",
        "target：召回率 >= 0.6，特异度 >= 0.9;target：次日化验大肠杆菌 > 235",
        "таргет: полнота >= 0.6 при специфичности >= 0.9;таргет: закрытие пляжа на следующий день (анализ > 235)"})
    void aMetricHeldToAFigureIsAGoalNotALabel(String goal, String label) {
        assertEquals(Optional.empty(), BoardFacts.label(beach(goal)));
        assertTrue(BoardFacts.label(beach(label)).isPresent(), label);
    }

    private static Board beach(String requirements) {
        return board("Beach advisory forecast", Stage.REQUIREMENTS, "23 beaches\n" + requirements);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "train 2018-2022, test 2023-24",
        "训练 2018-2022，测试 2023-24",
        "трейн 2018-2022, тест 2023-24"})
    void trainAndTestYearsAreATimeSplit(String years) {
        assertTrue(ids(flights("split 80/20, leak risk")).stream().anyMatch(SPLIT::contains),
                ids(flights("split 80/20, leak risk")).toString());
        List<String> split = ids(flights(years + ", leak risk"));
        assertFalse(split.stream().anyMatch(SPLIT::contains), split.toString());
    }

    private static Board flights(String data) {
        return board("Helicopter flight cancellations", Stage.REQUIREMENTS, "cancel or fly by 06:00", Stage.DATA,
                "6 yrs of flights\n" + data, Stage.MODEL, "GBDT", Stage.EVALUATION, "AUC");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Expired domain pricing;classifier flags spammy names first;Spam domain detection",
        "过期域名定价;先用分类器标出垃圾域名;垃圾域名识别",
        "Ценообразование освободившихся доменов;классификатор сначала помечает спамные имена;Детекция спамных доменов"})
    void aPricingBoardGetsNoClassifierThreshold(String pricing, String model, String spam) {
        String id = "g.framing.threshold";
        Board priced = board(pricing, Stage.REQUIREMENTS, "suggest a listing price per domain", Stage.FRAMING,
                "price per domain, max expected revenue", Stage.MODEL,
                model + "\nthen price = argmax p(sale) x price", Stage.EVALUATION, "revenue backtest");
        skips(priced, id);
        Board flagged = board(spam, Stage.FRAMING, "binary: spam or not", Stage.MODEL, model, Stage.EVALUATION,
                "AUC");
        assertTrue(ids(flagged).stream().anyMatch(THRESHOLDS::contains), ids(flagged).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Bat call detection at wind farms;~41k files vetted by a bat biologist;~41k files from the detectors",
        "风电场蝙蝠叫声识别;~4.1 万段录音经生物学家核实;~4.1 万段录音来自探测器",
        "Детекция летучих мышей на ВЭС;~41 тыс. файлов подтверждены биологом;~41 тыс. файлов с детекторов"})
    void labelsVettedByAnExpertHaveASource(String title, String vetted, String raw) {
        String id = "g.data.labels";
        asks(bats(title, raw), id);
        skips(bats(title, vetted), id);
    }

    private static Board bats(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "curtail turbines when bats are active", Stage.DATA, data,
                Stage.MODEL, "CNN on spectrograms, classifier", Stage.EVALUATION, "recall per file");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Operating room case duration;MAE 27 min;MAE 27 min, rare procedures (<10 cases) reported separately",
        "手术时长预测;MAE 27 分钟;MAE 27 分钟，罕见手术（<10 例）单独统计",
        "Длительность операций;MAE 27 мин;MAE 27 мин, редкие операции (<10 случаев) отдельно"})
    void resultsReportedSeparatelyAreBrokenDown(String title, String pooled, String separately) {
        String id = "g.evaluation.result-slice";
        asks(cases(title, pooled), id);
        skips(cases(title, separately), id);
    }

    private static Board cases(String title, String evaluation) {
        return board(title, Stage.REQUIREMENTS, "schedule OR blocks", Stage.DATA, "5 yrs of cases", Stage.MODEL,
                "LightGBM quantile", Stage.EVALUATION, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Offline mushroom identification;user photos, personal data?;user photos, with consent, when online",
        "离线蘑菇识别;用户照片，个人信息？;用户照片，经用户同意后上传",
        "Офлайн-определитель грибов;фото пользователей, персональные данные?;фото пользователей, с согласия, когда есть сеть"})
    void dataUsedWithConsentAnswersPrivacy(String title, String open, String consented) {
        String id = "g.data.privacy";
        asks(mushrooms(title, open), id);
        skips(mushrooms(title, consented), id);
    }

    private static Board mushrooms(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "species on the phone, offline", Stage.DATA, data, Stage.MODEL,
                "MobileNet classifier", Stage.EVALUATION, "top-1 accuracy per species");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Raw milk intake forecast;MAPE of the D+3 total;MAPE of the D+3 total + WAPE per farm",
        "生乳收奶量预测;D+3 总量 MAPE;D+3 总量 MAPE + 各牧场 WAPE",
        "Прогноз приёмки молока;MAPE суммы D+3;MAPE суммы D+3 + WAPE по хозяйствам"})
    void aMapeBesideAWapeNeedsNoOtherMetric(String title, String mape, String both) {
        String id = "g.evaluation.mape";
        asks(milk(title, mape), id);
        skips(milk(title, both), id);
    }

    private static Board milk(String title, String evaluation) {
        return board(title, Stage.REQUIREMENTS, "forecast per farm per day, D+1..D+3", Stage.DATA,
                "6 yrs of daily intake per farm, zero days at small farms",
                Stage.MODEL, "global LightGBM", Stage.EVALUATION, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Subrogation demand letter drafts;adjuster notes + photos to a hosted LLM, personal data of the other driver;adjuster notes + photos to a hosted LLM, vendor w/ zero-retention agreement for PII",
        "代位追偿函件草稿;理赔员备注 + 照片发给云端大模型，含对方个人信息;理赔员备注 + 照片发给云端大模型，供应商零留存",
        "Черновики суброгационных писем;заметки оценщика + фото во внешнюю LLM, персональные данные второго водителя;заметки оценщика + фото во внешнюю LLM, без хранения у поставщика"})
    void aZeroRetentionAgreementAnswersPrivacy(String title, String open, String agreed) {
        String id = "g.data.privacy";
        asks(letters(title, open), id);
        skips(letters(title, agreed), id);
    }

    private static Board letters(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "draft a demand letter per claim", Stage.DATA, data, Stage.MODEL,
                "hosted LLM with 5 approved letters as examples", Stage.EVALUATION, "adjusters rate 1-5");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Scanning pen: line OCR on device;CRNN + CTC on stitched frames, int8;LLM over the OCR text of each line",
        "扫描笔端侧整行 OCR;CRNN + CTC，拼接帧，int8;大模型读取每行 OCR 识别结果",
        "Сканирующая ручка: OCR строки на устройстве;CRNN + CTC по склеенным кадрам, int8;LLM по OCR-тексту каждой строки"})
    void anOcrModelHasNoUpstreamModel(String title, String ocr, String afterOcr) {
        String id = "g.model.upstream-errors";
        asks(pen(title, afterOcr), id);
        skips(pen(title, ocr), id);
    }

    private static Board pen(String title, String model) {
        return board(title, Stage.REQUIREMENTS, "translate a scanned line in 300 ms", Stage.DATA,
                "OCR of 2M lines from textbooks, labelled", Stage.MODEL, model + "\nclassify the word under the pen",
                Stage.EVALUATION, "character accuracy 97%");
    }
}
