package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class FollowUpRankerTest {
    private static FollowUpRanker.Candidate candidate(String id, boolean template, int position) {
        FollowUp f = template ? FollowUp.fromTemplate(position, Stage.DATA, "Template question " + id + "?")
                : new FollowUp(id, Stage.DATA, "Question " + id + "?", List.of(), false);
        return new FollowUpRanker.Candidate(new RankedFollowUp(f, FollowUpReason.template()),
                FollowUpFeatures.of(f, position));
    }

    private static List<String> ids(List<RankedFollowUp> order) {
        return order.stream().map(r -> r.question().id()).toList();
    }

    @Test
    void aQuestionJudgesFindGenericLeavesTheTopFiveForTheSixth() {
        List<FollowUpRanker.Candidate> rules = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            rules.add(candidate("g.q" + i, false, i));
        }
        FollowUpRanker ranker = new FollowUpRanker(new FollowUpRanker.Weights(1, List.of(), 0.001, 6, 0,
                Map.of("pos:1", 3.0, "pos:2", 2.5, "pos:3", 2.0, "pos:4", 1.5, "pos:5", 1.0, "pos:6-8", 0.5,
                        "id:g.q1", -3.0)));
        assertEquals(List.of("g.q0", "g.q2", "g.q3", "g.q4", "g.q5", "g.q1", "g.q6", "g.q7"), ids(ranker.order(rules)),
                "past the window of six the rules' order stands");
    }

    @Test
    void templateQuestionsStayFirstInTheTemplatesOrder() {
        List<FollowUpRanker.Candidate> rules = List.of(candidate("t.0", true, 0), candidate("t.1", true, 1),
                candidate("g.a", false, 2), candidate("g.b", false, 3));
        FollowUpRanker ranker = new FollowUpRanker(new FollowUpRanker.Weights(1, List.of(), 0, 8, 0,
                Map.of("template", -9.0, "id:g.b", 2.0)));
        assertEquals(List.of("t.0", "t.1", "g.b", "g.a"), ids(ranker.order(rules)));
    }

    @Test
    void theShippedRankerAsksExactlyWhatTheRulesAllow() {
        Board board = Board.empty()
                .addNode(Node.of("n1", Stage.MODEL, "", 0, 0).withText("GBDT on churn, weekly batch scoring"))
                .addNode(Node.of("n2", Stage.DATA, "", 0, 0).withText("random 80/20 split of users, label = churn in 30 d"));
        List<FollowUp> pool = FollowUpBank.general();
        List<RankedFollowUp> rules = new FollowUpPlanner(BoardText::new, FollowUpRanker.RULES).plan(pool, board, List.of());
        List<RankedFollowUp> shipped = new FollowUpPlanner().plan(pool, board, List.of());
        assertEquals(new HashSet<>(ids(rules)), new HashSet<>(ids(shipped)), "no question added or dropped");
        int window = FollowUpRanker.shipped().weights().window();
        assertTrue(window > 0, "the shipped ranker re-sorts something");
        assertEquals(ids(rules).subList(window, rules.size()), ids(shipped).subList(window, shipped.size()),
                "past the window the rules' order stands");
    }
}
