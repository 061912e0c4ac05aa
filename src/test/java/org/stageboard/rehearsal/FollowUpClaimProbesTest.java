package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.find;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 4, in English, Chinese and Russian: questions composed from one of the board's own
 * claims quote the clause they probe, are asked only where the claim is on the board and not where the board already
 * answers them (or says the opposite), and go before questions that one word on the board raised.
 */
class FollowUpClaimProbesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Skin lesion triage; EfficientNet-B3 pretrained on ImageNet, fine-tune on clinic photos; LightGBM on 40 tabular features",
        "皮肤病变分诊; EfficientNet-B3 ImageNet 预训练，在门诊照片上微调; LightGBM，40 个表格特征",
        "Сортировка родинок; EfficientNet-B3, предобученная на ImageNet, дообучаем на фото клиник; LightGBM на 40 табличных признаках"})
    void aPretrainedModelIsAskedAboutTheGapToItsOwnData(String title, String pretrained, String tabular) {
        Board with = board(title, Stage.REQUIREMENTS, "20k photos/day", Stage.DATA, "biopsy labels", Stage.MODEL, pretrained);
        RankedFollowUp q = asked(with, "g.model.pretrained-gap");
        assertTrue(q.question().question().contains("EfficientNet-B3"), q.question().question());
        Board without = board(title, Stage.REQUIREMENTS, "20k photos/day", Stage.DATA, "biopsy labels", Stage.MODEL, tabular);
        notAsked(without, "g.model.pretrained-gap");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Call intent routing; 40k calls labelled by 3 annotators; 40k calls, 2 annotators each, kappa 0.71; 40k calls, no human labels: the intent the caller picked",
        "来电意图路由; 4 万通电话，3 名标注员标注; 4 万通电话，每条 2 名标注员，一致性 kappa 0.71; 4 万通电话，没有人工标注，用来电者自己选的意图",
        "Маршрутизация звонков; 40 тыс. звонков, размечают 3 разметчика; 40 тыс. звонков, по 2 разметчика, каппа 0.71; 40 тыс. звонков без ручной разметки: интент, который выбрал клиент"})
    void labelsByPeopleAreAskedAboutAgreementUnlessTheBoardStatesItOrHasNone(String title, String byPeople, String agreed,
                                                                             String none) {
        String id = "g.data.annotator-agreement";
        Board raised = intents(title, byPeople);
        RankedFollowUp q = asked(raised, id);
        assertTrue(q.question().question().contains(byPeople.substring(0, 5)), q.question().question());
        notAsked(intents(title, agreed), id);
        notAsked(intents(title, none), id);
    }

    private static Board intents(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "40k calls/day, < 300 ms", Stage.DATA, data, Stage.MODEL, "BERT classifier",
                Stage.EVALUATION, "macro F1");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Support answer bot; thumbs up / thumbs down on each answer; video thumbs chosen by creators",
        "客服回答机器人; 每条回答的点赞 / 点踩; 创作者上传的视频封面",
        "Бот ответов поддержки; лайки и дизлайки под каждым ответом; обложки видео от авторов"})
    void aSignalOnlySomeUsersLeaveIsAskedAboutWhoLeavesIt(String title, String explicit, String lookalike) {
        String id = "g.data.explicit-feedback";
        Board raised = board(title, Stage.DATA, explicit, Stage.MODEL, "reranker", Stage.SERVING, "p99 < 300 ms");
        RankedFollowUp q = asked(raised, id);
        assertTrue(q.question().question().contains(explicit.substring(0, 4)), q.question().question());
        Board quiet = board(title, Stage.DATA, lookalike, Stage.MODEL, "reranker", Stage.SERVING, "p99 < 300 ms");
        notAsked(quiet, id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Ad click prediction; negatives downsampled 1:10; negatives downsampled 1:10, scores calibrated back with Platt",
        "广告点击预估; 负样本下采样 1:10; 负样本下采样 1:10，分数用 Platt 校准回原分布",
        "Прогноз кликов по рекламе; негативы даунсэмплим 1:10; негативы даунсэмплим 1:10, скоры калибруем обратно (Platt)"})
    void sampledTrainingDataIsAskedHowScoresAreCorrected(String title, String sampled, String corrected) {
        String id = "g.evaluation.downsampling-calibration";
        Board raised = ads(title, sampled);
        RankedFollowUp q = asked(raised, id);
        assertTrue(q.question().question().contains("1:10"), q.question().question());
        notAsked(ads(title, corrected), id);
    }

    private static Board ads(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "200k QPS", Stage.FRAMING, "rank ads by pCTR / 按点击率排序广告",
                Stage.DATA, "ad impressions + clicks\n" + data, Stage.MODEL, "DeepFM", Stage.EVALUATION, "AUC, logloss");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Ticket routing; classify tickets into 120 categories; classify tickets: urgent or not",
        "工单分派; 把工单分到 120 个类别; 工单二分类：紧急 / 不紧急",
        "Маршрутизация тикетов; классифицируем тикеты по 120 категориям; бинарно: срочный или нет"})
    void manyClassesAreAskedAboutTheRareOnes(String title, String many, String two) {
        String id = "g.evaluation.class-tail";
        Board raised = board(title, Stage.FRAMING, many, Stage.DATA, "2y of tickets", Stage.MODEL, "fine-tuned encoder");
        RankedFollowUp q = asked(raised, id);
        assertTrue(q.question().question().contains("120"), q.question().question());
        Board binary = board(title, Stage.FRAMING, two, Stage.DATA, "2y of tickets", Stage.MODEL, "fine-tuned encoder");
        notAsked(binary, id);
    }

    @Test
    void aQuestionQuotingTheBoardsClaimGoesBeforeOneAWordRaisedEvenWithALowerScore() {
        FollowUp word = new FollowUp("g.evaluation.w", Stage.EVALUATION, "Which guardrail metrics?", List.of("a/b"), false);
        FollowUp claim = new FollowUp("g.data.c", Stage.DATA, "You split at random (“random 80/20 split”): leaks?",
                List.of("#random-split"), false);
        ScoredFollowUp byWord = scored(word, 20, 0, false);
        ScoredFollowUp byClaim = scored(claim, 5, 1, true);
        List<RankedFollowUp> order = FollowUpOrder.choose(List.of(byWord, byClaim), List.of(), false, false);
        assertEquals(List.of("g.data.c", "g.evaluation.w"), order.stream().map(r -> r.question().id()).toList());
        List<RankedFollowUp> bothPlain = FollowUpOrder.choose(List.of(byWord, scored(claim, 5, 1, false)), List.of(),
                false, false);
        assertEquals("g.evaluation.w", bothPlain.get(0).question().id(), "without the quote, score decides");
    }

    private static ScoredFollowUp scored(FollowUp f, int score, int index, boolean claim) {
        return new ScoredFollowUp(new RankedFollowUp(f, new FollowUpReason(FollowUpReason.Kind.BOARD, null,
                List.of("x"))), ScoredFollowUp.BOARD_TIER, score, index, false, false, claim, null);
    }


    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Card fraud; block the payment if score > 0.8; PSI < 0.1 on inputs, weekly; cost < 0.05 $ per check",
        "信用卡欺诈; 分数 > 0.8 就拦截; 输入 PSI < 0.1，每周看; 成本 < 0.05 元/次",
        "Фрод по картам; блокируем платёж при скоре > 0,8; PSI по признакам < 0,1, раз в неделю; стоимость < 0,05 ₽ за проверку"})
    void aHealthCheckOrACostCapIsNoThresholdTheModelActsAt(String title, String cut, String psi, String cost) {
        String id = "g.evaluation.threshold-origin";
        Board acts = board(title, Stage.REQUIREMENTS, "3k tx/s", Stage.MODEL, "GBDT", Stage.SERVING, cut);
        RankedFollowUp q = asked(acts, id);
        assertTrue(q.question().question().contains("0.8") || q.question().question().contains("0,8"), q.question().question());
        Board checks = board(title, Stage.REQUIREMENTS, "3k tx/s", Stage.MODEL, "GBDT", Stage.MONITORING, psi,
                Stage.SERVING, cost);
        notAsked(checks, id);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Wafer defect patterns; ResNet18 tried: +1.2% macro-F1 but 3x slower, kept a small CNN trained from scratch",
        "晶圆缺陷模式; 试过 ResNet18：macro-F1 +1.2% 但慢 3 倍，保留从零训练的小 CNN",
        "Дефекты пластин; пробовали ResNet18: +1,2% macro-F1, но в 3 раза медленнее, оставили маленькую CNN с нуля"})
    void aModelNameWithoutPretrainingIsNoPretrainedStart(String title, String model) {
        Board b = board(title, Stage.REQUIREMENTS, "40k wafers/day", Stage.DATA, "wafer maps", Stage.MODEL, model);
        notAsked(b, "g.model.pretrained-gap");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "ECG patch arrhythmia; goal: AF sensitivity >= 95%; goal: cut missed strokes by 20%",
        "心电贴心律失常; 目标：房颤 sensitivity ≥ 95%; 目标：漏诊卒中降低 20%",
        "Аритмия по ЭКГ-пластырю; цель: чувствительность по ФП ≥ 95%; цель: снизить пропущенные инсульты на 20%"})
    void aGoalStatedAsAModelMetricNeedsNoTranslationIntoIt(String title, String metricGoal, String businessGoal) {
        String id = "g.evaluation.metric-vs-goal";
        Board business = ecg(title, businessGoal);
        assertTrue(ids(business).contains(id), ids(business).toString());
        notAsked(ecg(title, metricGoal), id);
    }

    private static Board ecg(String title, String goal) {
        return board(title, Stage.REQUIREMENTS, goal, Stage.DATA, "30 s strips from 2k patients", Stage.MODEL,
                "1D CNN", Stage.EVALUATION, "F1 on held-out patients");
    }


    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Fuel card fraud; alerts/day per depot, client-confirmed %, appeals per week; weekly report",
        "加油卡欺诈; 每天告警量、客户确认率、每周申诉量; 每周报表",
        "Фрод по топливным картам; алерты в день по депо, доля подтверждённых клиентом, апелляции в неделю; еженедельный отчёт"})
    void aMonitoringBoxThatWatchesSeveralThingsAnswersHowYouWouldSeeItGoWrong(String title, String several,
                                                                               String one) {
        Board watching = fraud(title, several);
        assertTrue(ids(watching).stream().noneMatch(i -> i.startsWith("g.monitoring.drift")), ids(watching).toString());
        Board thin = fraud(title, one);
        assertTrue(ids(thin).stream().anyMatch(i -> i.startsWith("g.monitoring.drift")), ids(thin).toString());
    }

    private static Board fraud(String title, String monitoring) {
        return board(title, Stage.REQUIREMENTS, "3k tx/s", Stage.FRAMING, "binary classifier: fraud or not",
                Stage.DATA, "chargebacks", Stage.MODEL, "GBDT", Stage.MONITORING, monitoring);
    }

    private static RankedFollowUp asked(Board b, String id) {
        return find(b, id).orElseThrow(() -> new AssertionError(id + " not asked: " + ids(b)));
    }

    private static void notAsked(Board b, String id) {
        assertFalse(ids(b).contains(id), id + " asked: " + ids(b));
    }

    @Test
    void aQuoteLeavesOutTheListMarkTheBoxStartsALineWith() {
        Board b = board("Grocery substitutes", Stage.REQUIREMENTS, "- 1.2M orders a week\n- shoppers pick in store");
        assertEquals("1.2M orders a week", BoardQuotes.clauseAround("1.2m", b));
    }
}
