package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 2, in English, Chinese and Russian: a question is not asked when the box of its own
 * stage already answers it in broad terms (any named metric in Evaluation answers "which ranking metric?", a rating
 * by people in Data answers "where do labels come from?"), while the same words elsewhere do not; a question whose
 * premise is not on the board is not asked (camera drift needs image input); an idea group (position bias,
 * selection bias, feedback loop, filter bubble, diversity) gets one question; a question on the topic a note
 * raises in other words is the note's duplicate; rows from one patient ask for a grouped split.
 */
class FollowUpReadsTheBoxTest {
    private static final String RANKING_METRIC = "g.evaluation.ranking-metric";
    private static final Set<String> BIAS_LOOP = Set.of("g.data.selection-bias", "g.model.position-bias",
            "g.monitoring.feedback-loop", "g.model.filter-bubble", "g.model.diversity", "g.model.explore");

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Novel recommendations feed; recommend novels in the feed, ranking by predicted reads;"
            + " offline GAUC 0.71 on last week; replay on last week's sessions",
        "网文推荐信息流; 信息流推荐小说，按预测阅读排序; 离线 GAUC 0.71（上周数据）; 用上周会话离线回放",
        "Рекомендации книг в ленте; рекомендуем книги в ленте, ранжирование по вероятности чтения;"
            + " офлайн AUC 0.81 на прошлой неделе; прогон на сессиях прошлой недели"})
    void anyMetricInTheEvaluationBoxAnswersWhichRankingMetric(String title, String framing, String stated,
                                                              String unstated) {
        assertFalse(ids(ranking(title, framing, stated)).contains(RANKING_METRIC),
                "the Evaluation box names its metric: " + ids(ranking(title, framing, stated)));
        assertTrue(ids(ranking(title, framing, unstated)).contains(RANKING_METRIC),
                "no metric in the Evaluation box: still asked " + ids(ranking(title, framing, unstated)));
    }

    private static Board ranking(String title, String framing, String evaluation) {
        // numbers and a recall outside the Evaluation box do not answer it: only the question's own box is read so broadly
        return board(title, Stage.REQUIREMENTS, "3M readers, 200 ms, recall matters", Stage.FRAMING, framing,
                Stage.DATA, "clicks, reads / 点击 / клики", Stage.MODEL, "LightGBM ranker", Stage.EVALUATION, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Pronunciation scoring; 3k utterances, 2 teachers rate each word 1-5; 3k utterances from the app",
        "发音评分; 3000 条录音，两位老师给每个词打分 1-5; 3000 条 App 录音",
        "Оценка произношения; 3 тыс. записей, каждое слово оценивают 2 преподавателя по шкале 1-5; 3 тыс. записей из приложения"})
    void aRatingByPeopleInTheDataBoxAnswersWhereLabelsComeFrom(String title, String rated, String unrated) {
        assertFalse(ids(speech(title, rated)).contains("g.data.labels"), ids(speech(title, rated)).toString());
        assertTrue(ids(speech(title, unrated)).contains("g.data.labels"), ids(speech(title, unrated)).toString());
    }

    private static Board speech(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "5M/day, < 1 s", Stage.DATA, data, Stage.MODEL, "wav2vec2 + head",
                Stage.EVALUATION, "Pearson vs teachers 0.8", Stage.SERVING, "4x T4");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Phishing site detector; binary classifier on URL and page text; camera frames of the screen",
        "钓鱼网站检测; 对 URL 和页面文本做二分类; 摄像头拍下的屏幕图像",
        "Детектор фишинговых сайтов; бинарная классификация URL и текста страницы; кадры с камеры"})
    void aCameraDriftQuestionNeedsImageInputOnTheBoard(String title, String framing, String images) {
        Board noImages = board(title, Stage.FRAMING, framing, Stage.DATA, "PhishTank feeds / 20k/day",
                Stage.MODEL, "char-CNN, vision-style conv layers", Stage.EVALUATION, "precision 0.97");
        assertFalse(ids(noImages).contains("g.monitoring.drift-vision"), ids(noImages).toString());
        Board withImages = board(title, Stage.FRAMING, framing + " / " + images, Stage.DATA, images,
                Stage.MODEL, "CNN on " + images, Stage.EVALUATION, "precision 0.97");
        assertTrue(ids(withImages).contains("g.monitoring.drift-vision"), ids(withImages).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Video feed recommendations; recommend videos in the feed, rank by predicted watch time;"
            + " impression and click logs, position of each item; retrain daily on logs",
        "短视频信息流推荐; 信息流推荐视频，按预测观看时长排序; 曝光和点击日志，每条的位置; 每天用日志重训",
        "Рекомендации видео в ленте; рекомендуем видео в ленте, ранжируем по времени просмотра;"
            + " логи показов и кликов, позиция каждого ролика; переобучение каждый день на логах"})
    void anIdeaGroupGetsOneQuestion(String title, String framing, String data, String monitoring) {
        Board b = board(title, Stage.FRAMING, framing, Stage.DATA, data, Stage.MODEL, "two-tower + ranker",
                Stage.EVALUATION, "NDCG@10", Stage.MONITORING, monitoring);
        List<String> asked = ids(b).stream().filter(BIAS_LOOP::contains).toList();
        assertEquals(1, asked.size(), "one question on what the logs' own choices do to training: " + ids(b));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Rental applicant default risk; applicants approved or declined at application, credit score, zip code;"
            + " zip code ok to use??",
        "租房申请人违约风险; 申请时审批通过或拒绝，信用分，邮编; 邮编能用吗？",
        "Риск неплатежа арендаторов; одобрение или отказ заявителю при подаче, кредитный скоринг, почтовый индекс;"
            + " почтовый индекс можно использовать?"})
    void aQuestionOnTheTopicANoteRaisesIsTheNotesDuplicate(String title, String features, String note) {
        Board without = board(title, Stage.FRAMING, "binary: 60+ days late", Stage.FEATURES, features,
                Stage.MODEL, "logistic scorecard", Stage.EVALUATION, "AUC 0.74");
        assertTrue(ids(without).contains("g.evaluation.fairness-people"), ids(without).toString());
        Board with = board(title, Stage.FRAMING, "binary: 60+ days late", Stage.FEATURES, features,
                Stage.MODEL, "logistic scorecard", Stage.EVALUATION, "AUC 0.74", Stage.NOTE, note);
        assertFalse(ids(with).contains("g.evaluation.fairness-people"), "the note asks it: " + ids(with));
        assertTrue(ids(with).contains("g.framing.note"), ids(with).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Fracture flagging on X-rays; 52k studies from 9k patients; random 20% test split; split by patient",
        "X 光骨折检测; 9000 名患者的 5.2 万张片子; 随机 20% 测试集; 按患者划分",
        "Переломы на рентгене; 52 тыс. снимков от 9 тыс. пациентов; случайные 20% в тест; сплит по пациентам"})
    void rowsFromOnePatientAskForAGroupedSplitUnlessTheBoardSplitsByPatient(String title, String data,
                                                                          String random, String grouped) {
        Board b = board(title, Stage.DATA, data, Stage.MODEL, "DenseNet121", Stage.EVALUATION, random + " / AUC 0.93");
        assertTrue(ids(b).contains("g.data.group-split"), ids(b).toString());
        Board split = board(title, Stage.DATA, data, Stage.MODEL, "DenseNet121", Stage.EVALUATION,
                grouped + " / AUC 0.93");
        assertFalse(ids(split).contains("g.data.group-split"), "the board splits by patient: " + ids(split));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Spam filter; binary classifier on message text; what about drift?",
        "垃圾短信过滤; 对短信文本做二分类; 漂移怎么办？",
        "Спам-фильтр; бинарный классификатор по тексту сообщения; а дрейф?"})
    void aNoteNamingWhatAnswersAQuestionAsksItAlready(String title, String framing, String note) {
        Board without = board(title, Stage.FRAMING, framing, Stage.DATA, "user reports, 2M messages",
                Stage.MODEL, "fastText", Stage.EVALUATION, "precision 0.98 / recall 0.7");
        assertTrue(ids(without).stream().anyMatch(id -> id.startsWith("g.monitoring.drift")), ids(without).toString());
        Board with = board(title, Stage.FRAMING, framing, Stage.DATA, "user reports, 2M messages",
                Stage.MODEL, "fastText", Stage.EVALUATION, "precision 0.98 / recall 0.7", Stage.NOTE, note);
        assertFalse(ids(with).stream().anyMatch(id -> id.startsWith("g.monitoring.drift")), "the note asks it: "
                + ids(with));
    }
}
