package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 24, in English, Chinese and Russian: questions that ask what the board already
 * states. An Evaluation box that scores the generated output against a reference ("field exact match 0.83", "答案正确
 * 81%", «сумма долга совпала 0,79») already says how generated answers are evaluated. A top-k list's metric ("top300
 * precision 0.57", "前 300 名精确率 0.57") is the operating point stated, so "precision and recall at your cut?" is not asked.
 */
class FollowUpRound24Test {
    private static final String GENERATION_EVAL = "g.evaluation.generation";
    private static final String AUC_CUT = "g.evaluation.auc-cut";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Lease abstraction with an LLM;250 leases abstracted twice by paralegals = gold / field exact/normalised match 0.83"
            + ";spot-check a few leases by hand before launch",
        "Lease abstraction with an LLM;120 gold leases / answers correct 81%, citation correct 90%"
            + ";spot-check a few leases by hand before launch",
        "财税政策 RAG 问答助手;税务专员出 400 题 / 答案正确 81%，引用正确 74%;上线后看会计的反馈",
        "Черновики исков LLM;120 старых заявлений, сравнили с черновиком / сумма долга совпала 0,79, пени 0,52"
            + ";посмотрим на отзывы юристов после запуска",
        "Черновики исков LLM;120 старых заявлений / правильные суммы в 79%;посмотрим на отзывы юристов после запуска"})
    void anOutputScoredAgainstAReferenceAnswersHowItIsEvaluated(String title, String scored, String open) {
        Board stated = drafting(title, scored);
        assertFalse(ids(stated).contains(GENERATION_EVAL), ids(stated).toString());
        // near miss: an Evaluation box with no measure against a reference still leaves the question open
        Board unscored = drafting(title, open);
        assertTrue(ids(unscored).contains(GENERATION_EVAL), ids(unscored).toString());
    }

    private static Board drafting(String title, String evaluation) {
        return board(title, Stage.REQUIREMENTS, "LLM assistant drafts answers with citations, p95 < 8 s", Stage.DATA,
                "policy documents chunked into a vector index", Stage.MODEL, "RAG: bge-m3 top 10 + LLM",
                Stage.EVALUATION, evaluation.replace(" / ", "\n"), Stage.SERVING, "chat UI, streaming");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "AUC 0.91 / top300 precision 0.57 (rules 0.33);AUC 0.91 / precision 0.57 (rules 0.33)",
        "AUC 0.91，top300 precision 0.57 (规则 0.33);AUC 0.91，precision 0.57 (规则 0.33)",
        "AUC 0.91 / 前 300 名精确率 0.57;AUC 0.91 / 精确率 0.57",
        "AUC 0,91 / топ-300 точность 0,57;AUC 0,91 / точность 0,57"})
    void aTopListsMetricIsAnOperatingPoint(String atTop, String noCut) {
        Board stated = flagged(atTop);
        assertFalse(ids(stated).contains(AUC_CUT), ids(stated).toString());
        // near miss: the same precision with no list size leaves the cut open
        Board open = flagged(noCut);
        assertTrue(ids(open).contains(AUC_CUT), ids(open).toString());
    }

    private static Board flagged(String evaluation) {
        return board("Pyramid scheme teams", Stage.FRAMING, "binary: pyramid vs normal team, flag for manual review",
                Stage.DATA, "1,850 banned teams, random negatives", Stage.MODEL, "GBDT on tree features",
                Stage.EVALUATION, evaluation.replace(" / ", "\n"), Stage.SERVING, "weekly batch");
    }
}
