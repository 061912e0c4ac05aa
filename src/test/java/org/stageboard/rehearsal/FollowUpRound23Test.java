package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.text.TextNorm;

/**
 * Follow-ups of issue 8, round 23, in English, Chinese and Russian: a question's premise read in the role the board's
 * words give it. "Crowdfunding" and "crowding" are no crowd of labellers and labels a model puts on (自动打标) are no
 * people labelling, so no annotator-agreement question; a figure a threshold is set for ("порог под precision 0,8") is
 * a target, not a result to break down; a hosted model whose cost the board states in money is not asked about GPU
 * time and quantisation; a cut said before its metric ("at queue 2k/day: recall 0.74") is an operating point stated.
 */
class FollowUpRound23Test {
    private static final String AGREEMENT = "g.data.annotator-agreement";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Scam campaigns on a crowdfunding site;labels = refunded crowdfunding campaigns;"
            + "labels = crowdsourced: 3 workers per campaign",
        "City noise source classification;sound classes: music, crowd, traffic / goal: fewer crowding complaints;"
            + "sound classes: music, traffic / labelled by 3 crowd workers per clip",
        "AIGC 短视频识别与打标;每个视频输出 P(AIGC)，自动打标;标签：人工打标 2 万条",
        "Проверка деклараций;метки: автоматическая разметка по правилам;метки: ручная разметка 6 тыс. окон",
        "City noise source classification;labels: 2 models labled 21k windows;labels: 2 students labled 21k windows",
        "咳嗽声监测;标签：2 个模型打分 1.2 万段;标签：2 名兽医学生听 1.2 万段",
        "Травля в чатах;разметка: 2 модели разметили 6 тыс. окон;разметка: 2 психолога разметили 6 тыс. окон"})
    void aCrowdOrAMachineIsNoLabeller(String title, String notPeople, String people) {
        Board machine = labelled(title, notPeople);
        assertFalse(ids(machine).contains(AGREEMENT), ids(machine).toString());
        // near miss: people who label, said in the same box, are asked how often they agree
        Board human = labelled(title, people);
        assertTrue(ids(human).contains(AGREEMENT), ids(human).toString());
    }

    private static Board labelled(String title, String data) {
        return board(title, Stage.FRAMING, "binary classifier", Stage.DATA, data.replace(" / ", "\n"),
                Stage.MODEL, "LightGBM", Stage.EVALUATION, "PR-AUC 0.41", Stage.SERVING, "nightly batch");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "threshold set for precision 0.8 on alerts;threshold 0.5: precision 0.8",
        "阈值按 精确率 0.8 定;阈值 0.5：精确率 0.8",
        "порог под precision 0,8 для уведомления;порог 0,5: precision 0,8"})
    void aFigureAThresholdIsSetForIsNoResult(String target, String result) {
        assertFalse(StatedClaims.EVAL_RESULT.matcher(TextNorm.normalize(target)).find(), target);
        // near miss: the figure measured at a threshold is a result
        assertTrue(StatedClaims.EVAL_RESULT.matcher(TextNorm.normalize(result)).find(), result);
        Board targeted = board("Bullying in class chats", Stage.FRAMING, "binary per chat window", Stage.DATA,
                "6k windows labelled", Stage.MODEL, "BiGRU\n" + target, Stage.SERVING, "nightly batch");
        assertFalse(ids(targeted).contains("g.evaluation.result-slice"), ids(targeted).toString());
        Board measured = board("Bullying in class chats", Stage.FRAMING, "binary per chat window", Stage.DATA,
                "6k windows labelled", Stage.MODEL, "BiGRU", Stage.EVALUATION, result, Stage.SERVING, "nightly batch");
        assertTrue(ids(measured).contains("g.evaluation.result-slice"), ids(measured).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Union contract assistant;RAG: GPT-4o via API, budget ~$4k/mo;Llama-3 70B on our own GPUs, budget ~$4k/mo;"
            + "RAG: GPT-4o via API",
        "护理规程问答助手;RAG：调用 GPT-4o API，预算 每月 3 万元;Qwen 72B 自建集群，预算 每月 3 万元;RAG：调用 GPT-4o API",
        "Ассистент по декларациям;RAG: GigaChat по API, бюджет ~300 тыс. руб в месяц;"
            + "Llama-3 70B на своих GPU, бюджет ~300 тыс. руб в месяц;RAG: GigaChat по API"})
    void aHostedModelWhoseCostIsStatedIsNotAskedAboutGpuTime(String title, String hostedWithCost,
            String selfHostedWithCost, String hostedWithoutCost) {
        Board costed = assistant(title, hostedWithCost);
        assertFalse(ids(costed).contains("g.serving.generation-cost"), ids(costed).toString());
        // near misses: a self-hosted model with the same budget, and a hosted one with no cost, are still asked
        Board own = assistant(title, selfHostedWithCost);
        assertTrue(ids(own).contains("g.serving.generation-cost"), ids(own).toString());
        Board open = assistant(title, hostedWithoutCost);
        assertTrue(ids(open).contains("g.serving.generation-cost"), ids(open).toString());
    }

    private static Board assistant(String title, String model) {
        return board(title, Stage.REQUIREMENTS, "LLM assistant, answers with citations", Stage.DATA,
                "600 FAQ, contract PDFs chunked", Stage.MODEL, model, Stage.EVALUATION, "faithfulness 0.82",
                Stage.SERVING, "chat, p95 < 8 s");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "PR-AUC 0.41 / at queue 2k/day: recall 0.74;PR-AUC 0.41 / recall 0.74 (Jul-Dec)",
        "PR-AUC 0.41 / 在每天 2000 单时：召回率 0.74;PR-AUC 0.41 / 召回率 0.74（7-12 月）",
        "PR-AUC 0,41 / при 200 проверках в день: полнота 0,61;PR-AUC 0,41 / полнота 0,61 (июль-декабрь)"})
    void aCutSaidBeforeItsMetricIsAnOperatingPoint(String atCut, String noCut) {
        Board stated = flagged(atCut);
        assertFalse(ids(stated).contains("g.evaluation.auc-cut"), ids(stated).toString());
        // near miss: the same recall with no cut leaves the operating point open
        Board open = flagged(noCut);
        assertTrue(ids(open).contains("g.evaluation.auc-cut"), ids(open).toString());
    }

    private static Board flagged(String evaluation) {
        return board("Scam campaign review queue", Stage.FRAMING, "binary: scam vs legit, flag to review queue",
                Stage.DATA, "campaigns 2019-2024, refunds", Stage.MODEL, "LightGBM", Stage.EVALUATION,
                evaluation.replace(" / ", "\n"), Stage.SERVING, "score on create, async");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "target: catch 80% of refunded $ while review queue <= 2k/day;target: refunded within 90 days of launch",
        "таргет: снизить потери на 30% при очереди 2 тыс./день;таргет: возврат денег в течение 90 дней"})
    void aGoalWithAVerbOfChangeIsNoLabel(String goal, String label) {
        Board goalOnly = board("Scam campaigns", Stage.FRAMING, "binary\n" + goal, Stage.MODEL, "LightGBM");
        assertFalse(BoardFacts.label(goalOnly).isPresent(), BoardFacts.label(goalOnly).toString());
        // near miss: the label stated after "target" the same way is quoted
        Board labelled = board("Scam campaigns", Stage.FRAMING, "binary\n" + label, Stage.MODEL, "LightGBM");
        assertTrue(BoardFacts.label(labelled).isPresent(), label);
    }
}
