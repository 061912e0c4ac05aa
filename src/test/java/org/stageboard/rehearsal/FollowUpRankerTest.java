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
    private static RankedFollowUp question(String id) {
        FollowUp f = id.startsWith("t.") ? FollowUp.fromTemplate(Integer.parseInt(id.substring(2)), Stage.DATA, "Template " + id + "?")
                : new FollowUp(id, Stage.DATA, "Question " + id + "?", List.of(), false);
        return new RankedFollowUp(f, FollowUpReason.template());
    }

    private static List<RankedFollowUp> fixed(String... ids) {
        List<RankedFollowUp> all = new ArrayList<>();
        for (String id : ids) {
            all.add(question(id));
        }
        return all;
    }

    private static List<String> ids(List<RankedFollowUp> order) {
        return order.stream().map(r -> r.question().id()).toList();
    }

    private static final Map<String, Double> BY_PLACE = Map.of("pos:1", 3.0, "pos:2", 2.5, "pos:3", 2.0, "pos:4", 1.5,
            "pos:5", 1.0, "pos:6-8", 0.5);

    @Test
    void aQuestionJudgesFindGenericLeavesTheTopFiveForTheSixth() {
        Map<String, Double> weights = new java.util.HashMap<>(BY_PLACE);
        weights.put("id:g.q1", -3.0);
        FollowUpRanker ranker = new FollowUpRanker(new FollowUpRanker.Weights(1, List.of(), 0.001, 6, 0, weights));
        List<String> order = ids(ranker.order(0, fixed("g.q0", "g.q1", "g.q2", "g.q3", "g.q4", "g.q5", "g.q6", "g.q7")));
        assertEquals(List.of("g.q0", "g.q2", "g.q3", "g.q4", "g.q5", "g.q1", "g.q6", "g.q7"), order,
                "past the six places of the window the rules' order stands");
    }

    @Test
    void templateQuestionsStayFirstInTheTemplatesOrder() {
        FollowUpRanker ranker = new FollowUpRanker(new FollowUpRanker.Weights(1, List.of(), 0, 8, 0,
                Map.of("template", -9.0, "id:g.b", 2.0)));
        assertEquals(List.of("t.0", "t.1", "g.b", "g.a"), ids(ranker.order(0, fixed("t.0", "t.1", "g.a", "g.b"))));
    }

    @Test
    void pastTheWindowInASessionTheRulesOrderStands() {
        FollowUpRanker ranker = new FollowUpRanker(new FollowUpRanker.Weights(1, List.of(), 0, 6, 0,
                Map.of("id:g.b", 9.0)));
        assertEquals(List.of("g.a", "g.b"), ids(ranker.order(5, fixed("g.a", "g.b"))), "five asked: one place left");
        assertEquals(List.of("g.b", "g.a"), ids(ranker.order(4, fixed("g.a", "g.b"))));
    }

    @Test
    void theShippedRankerAsksExactlyWhatTheRulesAllowAndTheCardFollowsThePrintedOrder() {
        Board board = Board.empty()
                .addNode(Node.of("n1", Stage.MODEL, "", 0, 0).withText("GBDT on churn, weekly batch scoring"))
                .addNode(Node.of("n2", Stage.DATA, "", 0, 0).withText("random 80/20 split of users, label = churn in 30 d"));
        List<FollowUp> pool = FollowUpBank.general();
        List<RankedFollowUp> rules = new FollowUpPlanner(BoardText::new, FollowUpRanker.RULES).plan(pool, board, List.of());
        List<RankedFollowUp> shipped = new FollowUpPlanner().plan(pool, board, List.of());
        assertEquals(new HashSet<>(ids(rules)), new HashSet<>(ids(shipped)), "no question added or dropped");
        assertTrue(FollowUpRanker.shipped().weights().window() > 0, "the shipped ranker orders something");
        FollowUpPicker picker = new FollowUpPicker(pool);
        List<String> asked = new ArrayList<>();
        for (FollowUp f = picker.next(board).orElse(null); f != null; f = picker.next(board).orElse(null)) {
            asked.add(f.id());
        }
        assertEquals(ids(shipped), asked, "the card asks exactly the printed order");
    }
}
