package org.stageboard.rehearsal;

import static org.stageboard.rehearsal.PlannedBoards.asks;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.skips;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 38, in English, Chinese and Russian: questions sets 44 and 45 asked of boards that had
 * answered them. A fixed audit sample with its size per period states the reviewers' load (no "how many a day can the
 * reviewers handle"); quotes matched verbatim to the source, a source for every sentence, or nothing published
 * unreviewed answer "how do you catch hallucinated answers". Each with a near miss that still asks.
 */
class FollowUpRound38Test {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Hazard report classification;manual review of low-confidence reports;spot-check 50 reports a week by hand",
        "隐患报告分类;低置信度转人工复核;每天抽 5 份人工复核",
        "Классификация отчётов об опасностях;низкая уверенность — ручная проверка;ручная проверка 100 отчётов в неделю"})
    void aFixedAuditSampleStatesTheReviewLoad(String title, String queue, String audit) {
        String id = "g.monitoring.review-capacity";
        asks(reports(title, queue), id);
        skips(reports(title, queue + "\n" + audit), id);
    }

    private static Board reports(String title, String monitoring) {
        return board(title, Stage.FRAMING, "classify reports into 12 hazard types", Stage.MODEL, "fine-tuned BERT",
                Stage.EVALUATION, "macro F1", Stage.MONITORING, monitoring);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM meeting minutes drafts;every quote string-match to the transcript, nothing auto-published",
        "大模型生成监理日志;每句话的来源都标出来，没有来源的句子标黄",
        "LLM-ответы судьям по регламенту;в каждом ответе цитата пункта регламента"})
    void aSourceForEverySentenceAnswersHallucinations(String title, String guard) {
        String id = "g.monitoring.generation-safety";
        asks(drafts(title, "LLM drafts, RAG over past documents"), id);
        skips(drafts(title, "LLM drafts, RAG over past documents\n" + guard), id);
    }

    private static Board drafts(String title, String model) {
        return board(title, Stage.REQUIREMENTS, "draft in 5 min", Stage.MODEL, model, Stage.EVALUATION,
                "editors rate 200 drafts");
    }
}
