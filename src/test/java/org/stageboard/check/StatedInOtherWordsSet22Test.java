package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.check.RuleHits.check;
import static org.stageboard.check.RuleHits.with;
import static org.stageboard.fixtures.TestBoards.complete;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;

/**
 * Findings that asked for what a board already said in other words, found by reading the checker's findings on the
 * twenty-second set of follow-up boards (written by others): an online A/B run named with its length, an SLA in days,
 * a distribution compared with past weeks, editors' corrections and gold answers. Examples written for this test, in
 * three languages, each with a near miss that is still flagged.
 */
class StatedInOtherWordsSet22Test {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "offline NDCG@10 0.52\\nonline AB 2 wks: leads 3.1% -> 3.6%|false",
            "离线：NDCG@10 0.52 vs baseline 0.41\\n线上 AB 2 周：留资率 3.1% -> 3.6%|false",
            "офлайн NDCG@10 0,52\\nонлайн AB 2 недели: заявки 3,1% -> 3,6%|false",
            "offline NDCG@10 0.52 vs baseline 0.41|true",
            "离线：NDCG@10 0.52 vs baseline 0.41|true",
            "офлайн NDCG@10 0,52 против 0,41|true",
            "offline AB of two rankers: NDCG 0.52 vs 0.41|true"})
    void anOnlineAbRunNamedWithItsLengthIsAnOnlineMetric(String evaluation, boolean flagged) {
        // a line break written as \n: a CSV value cannot hold one
        Board b = with(complete(), "e", "Evaluation", evaluation.replace("\\n", "\n"));
        assertTrue(check(b).contains("missing-online-metric@evaluation") == flagged, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "~25k docs/day, backlog 1.4M, 60 moderators, SLA 3 days|false",
            "约 2.5 万份/天，积压 140 万，60 名审核员，SLA 3 天|false",
            "~25 тыс. документов/день, бэклог 1,4 млн, 60 модераторов, SLA 3 дня|false",
            "~25k docs/day, turnaround within 2 business days|false",
            "~25k docs/day, backlog 1.4M, archive of 3 days|true",
            "约 2.5 万份/天，日志保留 3 天|true",
            "~25 тыс. документов/день, архив за 3 дня|true"})
    void anSlaInDaysIsALatencyBudget(String requirements, boolean flagged) {
        Board b = with(with(complete(), "r", "Requirements", requirements),
                "s", "Serving", "queue, GPU 2xA10, ~9 docs/min; auto-approve / moderator / reject");
        assertTrue(check(b).contains("no-latency-budget@serving") == flagged, requirements);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "grade distribution per shift vs past weeks / % boards the operator regraded|false",
            "每班等级分布 vs 过去几周 / 操作员改等级的比例|false",
            "распределение сортов по смене vs прошлые недели / % досок, где оператор поменял сорт|false",
            "share of each grade compared with last month|false",
            "grade distribution per shift / % boards the operator regraded|true",
            "每班等级数量 / 操作员改等级的比例|true",
            "число досок по сменам / % досок, где оператор поменял сорт|true",
            "grades per shift vs the plan|true"})
    void aDistributionComparedWithThePastIsDriftDetection(String monitoring, boolean flagged) {
        Board b = with(with(complete(), "m", "Model", "ResNet-50 over line-scan images, baseline: rules"),
                "o", "Monitoring", monitoring);
        assertTrue(check(b).contains("monitoring-no-drift-or-retraining@monitoring") == flagged, monitoring);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "archive: 2.1k books with editors' corrections (timecode + error type)|false",
            "档案：2100 本书的编辑修改记录（时间码 + 错误类型）|false",
            "архив: 2,1 тыс. книг с правками редакторов (таймкод + тип ошибки)|false",
            "600 FAQs compiled by the nursing office, with reference answers|false",
            "护理部整理常见问题 600 条 + 标准答案|false",
            "archive: 2.1k books, epub texts, stress dictionary|true",
            "档案：2100 本书，epub 文本|true",
            "архив: 2,1 тыс. книг, тексты epub|true",
            "护理部整理常见问题 600 条|true"})
    void editorsCorrectionsAndGoldAnswersAreLabels(String data, boolean flagged) {
        Board b = with(with(complete(), "f", "Framing", "classify each passage: misread / ok"), "d", "Data", data);
        assertTrue(check(b).contains("no-label-source@data") == flagged, data);
    }
}
