package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class FollowUpPickerTest {

    private static Board boardSaying(Stage stage, String text) {
        return Board.empty().addNode(Node.of("n1", stage, "", 0, 0).withText(text));
    }

    private static List<String> firstIds(FollowUpPicker p, Board b, int n) {
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            p.next(b).ifPresent(f -> ids.add(f.id()));
        }
        return ids;
    }

    @Test
    void generalBankIsBigTaggedAndCoversEveryStage() {
        List<FollowUp> bank = FollowUpBank.general();
        assertTrue(bank.size() >= 40, "size " + bank.size());
        Set<String> ids = new HashSet<>();
        Set<Stage> stages = new HashSet<>();
        for (FollowUp f : bank) {
            assertTrue(ids.add(f.id()), "duplicate id " + f.id());
            assertTrue(f.question().endsWith("?"), "a question: " + f.question());
            assertFalse(f.fromTemplate());
            f.triggers().forEach(t -> assertFalse(t.isBlank(), f.id()));
            stages.add(f.stage());
        }
        assertEquals(new HashSet<>(Stage.pipeline()), stages);
    }

    @Test
    void sameBoardSameQuestionsInTheSameOrder() {
        Board b = boardSaying(Stage.SERVING, "online serving behind an API");
        List<String> a1 = firstIds(new FollowUpPicker(FollowUpBank.general()), b, 15);
        List<String> a2 = firstIds(new FollowUpPicker(FollowUpBank.general()), b, 15);
        assertEquals(a1, a2);
        assertEquals(15, a1.size());
    }

    @Test
    void neverRepeatsAQuestionOrATopicAndRunsOut() {
        List<FollowUp> pool = FollowUpBank.general();
        FollowUpPicker p = new FollowUpPicker(pool);
        Set<String> seen = new HashSet<>();
        Set<String> topics = new HashSet<>();
        for (int i = 0; i < pool.size(); i++) {
            FollowUp f = p.next(boardSaying(Stage.DATA, "dataset " + i)).orElse(null); // "labels" would answer the label question
            if (f == null) {
                break;
            }
            assertTrue(seen.add(f.id()), "repeated " + f.id());
            assertTrue(topics.add(f.topic()), "repeated topic " + f.topic());
            assertEquals(f, p.current().orElseThrow());
            assertTrue(p.wasAsked(f.id()));
        }
        assertTrue(seen.size() > 25, "most of the bank is asked: " + seen.size()); // less what the missing stages cover
        assertTrue(p.next(Board.empty()).isEmpty());
        assertTrue(p.current().isEmpty());
    }

    @Test
    void onlineServingBringsLatencyAndScaleQuestionsFirst() {
        FollowUpPicker p = new FollowUpPicker(FollowUpBank.general());
        List<String> top = firstIds(p, boardSaying(Stage.SERVING, "Online serving, real-time API, QPS 50k"), 4);
        assertTrue(top.contains("g.serving.p99"), top.toString());
        assertTrue(top.contains("g.serving.scale") || top.contains("g.serving.batch-online"), top.toString());
    }

    @Test
    void triggersPickTheQuestionThatFitsTheBoard() {
        assertTopIncludes("binary classifier for fraud, rare positives", Stage.FRAMING, "g.data.imbalance");
        assertTopIncludes("learning to rank the feed from clicks", Stage.MODEL, "g.model.position-bias");
        assertTopIncludes("user and item embeddings from a two-tower model", Stage.FEATURES, "g.features.coldstart");
        // Chinese and Russian boards trigger the same questions.
        assertTopIncludes("欺诈检测：二分类，正样本很少，不平衡", Stage.DATA, "g.data.imbalance");
        assertTopIncludes("Ранжирование ленты по вероятности клика", Stage.MODEL, "g.model.position-bias");
    }

    @Test
    void anUnchangedBoardKeepsThePlanAndAnEditedOneIsPlannedAgainAroundWhatWasAsked() {
        List<FollowUp> pool = FollowUpBank.general();
        Board before = boardSaying(Stage.MODEL, "GBDT on churn, weekly batch scoring");
        FollowUpPicker p = new FollowUpPicker(pool);
        List<RankedFollowUp> shown = p.plan(before);
        p.next(before);
        assertEquals(shown.subList(1, shown.size()), p.plan(before), "the rest of the plan the card showed");
        Board after = before.addNode(Node.of("n2", Stage.DATA, "", 0, 0).withText("random 80/20 split of users"));
        assertEquals(new FollowUpPlanner().plan(pool, after, List.of(shown.get(0))), p.plan(after));
        assertTrue(p.plan(after).stream().noneMatch(r -> r.question().id().equals(shown.get(0).question().id())),
                "never asked twice");
    }

    private static void assertTopIncludes(String text, Stage stage, String expected) {
        FollowUpPicker p = new FollowUpPicker(FollowUpBank.general());
        List<String> top = firstIds(p, boardSaying(stage, text), 6);
        assertTrue(top.contains(expected), text + " -> " + top);
    }

    @Test
    void unrelatedTriggeredQuestionsComeLate() {
        FollowUpPicker p = new FollowUpPicker(FollowUpBank.general());
        List<FollowUp> ranked = p.ranked(boardSaying(Stage.MODEL, "two-tower music recommendations for new listeners"));
        // a spam question is worded for classifiers: a recommender board gives no positive evidence for it, so it is
        // either not asked at all or asked after the general questions
        boolean spamAsked = ranked.stream().anyMatch(f -> f.id().equals("g.monitoring.adversarial"));
        int baseline = indexOf(ranked, "g.model.baseline");
        assertTrue(!spamAsked || baseline < indexOf(ranked, "g.monitoring.adversarial"), "baseline before spam");
    }

    @Test
    void templateQuestionsComeFirst() {
        List<FollowUp> pool = FollowUpBank.with(List.of(
                new FollowUpBank.StagedQuestion(Stage.DATA, "How do you label a video as harmful?"),
                new FollowUpBank.StagedQuestion(Stage.SERVING, "  "),
                new FollowUpBank.StagedQuestion(Stage.EVALUATION, "如何评估误杀率？")));
        assertEquals(FollowUpBank.general().size() + 2, pool.size(), "blank template questions are dropped");
        FollowUpPicker p = new FollowUpPicker(pool);
        Set<String> firstTwo = new HashSet<>(firstIds(p, Board.empty(), 2));
        assertEquals(Set.of("t.0", "t.2"), firstTwo);
    }

    private static int indexOf(List<FollowUp> list, String id) {
        for (int i = 0; i < list.size(); i++) {
            if (list.get(i).id().equals(id)) {
                return i;
            }
        }
        throw new AssertionError("missing " + id);
    }
}
