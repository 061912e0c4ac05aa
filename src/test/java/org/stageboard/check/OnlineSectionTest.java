package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.stageboard.fixtures.TestBoards.complete;

import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.model.Board;

/** An "online:" line in an evaluation box names the online metric, whatever words follow it. */
class OnlineSectionTest {

    private static Set<String> findingsWith(String evaluation) {
        Board b = complete();
        b = b.replaceNode(b.node("e").orElseThrow().withText(evaluation));
        return Checker.check(b, Profiles.DEFAULT).stream().map(Finding::ruleId).collect(Collectors.toSet());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "precision at threshold ≥ 0.98, recall per category\nonline: % removals overturned on appeal",
            "Gini, KS на out-of-time\nонлайн: уровень одобрения, дефолтность новых выдач",
            "WAPE、分位数 loss\n线上：应答率、司机空驶率",
            "macro-F1; Online metrics - share of re-asks, finished scenarios",
            "PR-AUC\n在线指标：非计划停机时长"})
    void aHeadedOnlineLineStatesTheOnlineMetric(String evaluation) {
        assertEquals(false, findingsWith(evaluation).contains("missing-online-metric"), evaluation);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "precision, recall\nonline: TBD",
            "Gini, KS\nонлайн: потом",
            "WAPE\n线上：待定",
            "PR-AUC\nonline: which one?",
            "recall@k; online learning is out of scope"})
    void aHeadingWithNothingAfterItDoesNot(String evaluation) {
        assertEquals(true, findingsWith(evaluation).contains("missing-online-metric"), evaluation);
    }
}
