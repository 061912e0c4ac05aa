package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** What the planner asks on a board, and why: triggers, gaps, suppression, near-duplicates, order. */
class FollowUpPlannerTest {
    private Locale before;

    @BeforeEach
    void english() {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    private static Node box(String id, Stage stage, String text) {
        return Node.of(id, stage, "", 0, 0).withText(text);
    }

    /** A board with one box per given stage, each saying something, so no stage is reported empty. */
    private static Board board(Object... stageAndText) {
        Board b = Board.empty();
        for (int i = 0; i < stageAndText.length; i += 2) {
            b = b.addNode(box("n" + i, (Stage) stageAndText[i], (String) stageAndText[i + 1]));
        }
        return b;
    }

    private static List<RankedFollowUp> plan(List<FollowUp> pool, Board b) {
        return new FollowUpPlanner().plan(pool, b, List.of());
    }

    private static List<RankedFollowUp> plan(Board b) {
        return plan(FollowUpBank.general(), b);
    }

    private static RankedFollowUp find(List<RankedFollowUp> plan, String id) {
        return plan.stream().filter(r -> r.question().id().equals(id)).findFirst()
                .orElseThrow(() -> new AssertionError(id + " not in " + ids(plan)));
    }

    private static List<String> ids(List<RankedFollowUp> plan) {
        return plan.stream().map(r -> r.question().id()).toList();
    }

    private static FollowUp triggered(String id, String... ideas) {
        return new FollowUp(id, Stage.MODEL, "Question " + id + "?", List.of(ideas), false);
    }

    private static FollowUpReason.Kind kindOf(FollowUp f, Board b) {
        return find(plan(List.of(f), b), f.id()).why().kind();
    }

    @Test
    void triggersMatchWholeTokensOnly() {
        FollowUp feed = triggered("feed", "feed");
        assertEquals(FollowUpReason.Kind.UNRELATED, kindOf(feed, board(Stage.DATA, "user feedback as labels")));
        assertEquals(FollowUpReason.Kind.BOARD, kindOf(feed, board(Stage.DATA, "rank the news feed")));
        FollowUp like = triggered("like", "like");
        assertEquals(FollowUpReason.Kind.UNRELATED, kindOf(like, board(Stage.DATA, "likely churners")));
        assertEquals(FollowUpReason.Kind.BOARD, kindOf(like, board(Stage.DATA, "a like counts as positive")));
        FollowUp stream = triggered("stream", "流");
        assertEquals(FollowUpReason.Kind.UNRELATED, kindOf(stream, board(Stage.DATA, "预测用户流失")));
        FollowUp rec = triggered("rec", "рекоменд*");
        assertEquals(FollowUpReason.Kind.BOARD, kindOf(rec, board(Stage.DATA, "Рекомендации по истории")));
    }

    @Test
    void arrowLabelsAndTitlesTheAppSeedsNeverTrigger() {
        FollowUp loop = triggered("loop", "feedback|反馈|обратн* связ*");
        Board seeded = board(Stage.MONITORING, "alerts on CTR", Stage.DATA, "clicks as labels")
                .addNode(Node.of("m", Stage.MONITORING, "监控", 0, 0))
                .addEdge(new Edge("e1", "n0", "n2", "feedback"))
                .addEdge(new Edge("e2", "n0", "n2", "反馈"))
                .addEdge(new Edge("e3", "n0", "n2", "обратная связь"));
        assertEquals(FollowUpReason.Kind.UNRELATED, kindOf(loop, seeded));
        FollowUp alerts = triggered("alerts", "监控");
        assertEquals(FollowUpReason.Kind.UNRELATED, kindOf(alerts, seeded), "a practice box titled by its stage");
        Board written = seeded.addEdge(new Edge("e4", "n0", "n2", "feedback from user reports"));
        assertEquals(FollowUpReason.Kind.BOARD, kindOf(loop, written), "a label the candidate wrote counts");
    }

    @Test
    void oneIdeaFoundTwiceCountsOnce() {
        FollowUp f = triggered("x", "online|real-time|在线", "cache|缓存");
        RankedFollowUp once = find(plan(List.of(f), board(Stage.SERVING, "online, real-time, 在线 scoring")), "x");
        assertEquals(1, once.why().boardWords().size(), once.why().toString());
        RankedFollowUp twice = find(plan(List.of(f), board(Stage.SERVING, "online scoring with a cache")), "x");
        assertEquals(List.of("online", "cache"), twice.why().boardWords());
    }

    @Test
    void templateQuestionsComeFirstInTheirOrderWhileUnasked() {
        List<FollowUp> pool = FollowUpBank.with(List.of(
                new FollowUpBank.StagedQuestion(Stage.DATA, "How do you label a video as harmful?"),
                new FollowUpBank.StagedQuestion(Stage.SERVING, "  "),
                new FollowUpBank.StagedQuestion(Stage.EVALUATION, "如何评估误杀率？")));
        Board gaps = board(Stage.MODEL, "a deep network", Stage.SERVING, "online API");
        List<RankedFollowUp> p = plan(pool, gaps);
        assertEquals(List.of("t.0", "t.2"), ids(p).subList(0, 2));
        assertEquals(FollowUpReason.Kind.TEMPLATE, p.get(0).why().kind());
        FollowUpPicker picker = new FollowUpPicker(pool);
        assertEquals("t.0", picker.next(gaps).orElseThrow().id());
        assertEquals("t.2", picker.next(gaps).orElseThrow().id());
        assertFalse(picker.next(gaps).orElseThrow().fromTemplate(), "asked template questions do not come back");
    }

    @Test
    void aMissingBaselineRaisesTheBaselineQuestionAsAGap() {
        Board noBaseline = board(Stage.MODEL, "XGBoost on 200 features");
        List<RankedFollowUp> p = plan(noBaseline);
        RankedFollowUp baseline = find(p, "g.model.baseline");
        assertEquals(FollowUpReason.Kind.GAP, baseline.why().kind());
        assertTrue(baseline.why().gap().contains("baseline"), baseline.why().gap());
        assertTrue(baseline.why().text().startsWith("gap found: "), baseline.why().text());
        int at = p.indexOf(baseline);
        for (RankedFollowUp r : p.subList(at + 1, p.size())) {
            assertTrue(r.why().kind() != FollowUpReason.Kind.GAP || !r.question().stage().equals(Stage.MODEL)
                    || r.why().gap().contains("trade-off") || r.why().gap().contains("fallback"), r.toString());
        }
        for (RankedFollowUp r : p.subList(0, at)) {
            assertEquals(FollowUpReason.Kind.GAP, r.why().kind(), "only gaps before the baseline gap: " + r);
        }
        assertFalse(ids(plan(board(Stage.MODEL, "XGBoost; logistic regression as the baseline")))
                .contains("g.model.baseline"), "a board that names a baseline is not asked for one");
    }

    @Test
    void anUnstatedTradeoffQuotesTheBox() {
        List<RankedFollowUp> p = plan(board(Stage.MODEL, "Two-tower DNN\nwith 256-d embeddings"));
        RankedFollowUp q = find(p, "g.model.tradeoff");
        assertTrue(q.question().question().contains("“Two-tower DNN”"), q.question().question());
        assertFalse(ids(plan(board(Stage.DATA, "clicks as labels"))).contains("g.model.tradeoff"),
                "no box to quote, no question");
    }

    @Test
    void whatTheBoardAlreadyAnswersIsNotAsked() {
        Board ranking = board(Stage.FRAMING, "learning to rank the feed", Stage.EVALUATION, "NDCG@10 offline, CTR in A/B");
        assertFalse(ids(plan(ranking)).contains("g.evaluation.ranking-metric"), ids(plan(ranking)).toString());
        Board noMetric = board(Stage.FRAMING, "learning to rank the feed", Stage.EVALUATION, "CTR in A/B");
        assertTrue(ids(plan(noMetric)).contains("g.evaluation.ranking-metric"));

        for (String p99 : List.of("online API, p99 < 80 ms", "在线服务，p99 延迟 80 毫秒", "онлайн, p99 до 80 мс")) {
            List<String> ids = ids(plan(board(Stage.SERVING, p99)));
            assertFalse(ids.contains("g.serving.p99"), p99 + " -> " + ids);
            assertFalse(ids.contains("g.requirements.latency"), p99 + " -> " + ids);
        }
        assertTrue(ids(plan(board(Stage.SERVING, "online API"))).contains("g.serving.p99"));
        assertFalse(ids(plan(board(Stage.SERVING, "online API; canary 1% then 10%"))).contains("g.serving.rollout"));
        Board classifier = board(Stage.FRAMING, "binary classifier for toxic comments");
        assertTrue(ids(plan(classifier)).contains("g.framing.threshold"));
        Board cutoff = board(Stage.FRAMING, "binary classifier for toxic comments", Stage.SERVING,
                "hide if score > 0.9, 0.6-0.9 to human review");
        assertFalse(ids(plan(cutoff)).contains("g.framing.threshold"), "a stated cut-off answers it");
    }

    @Test
    void noTwoQuestionsShareATopicOrTheirWords() {
        Board busy = board(Stage.REQUIREMENTS, "real-time feed, 100M users", Stage.SERVING, "online API, latency matters",
                Stage.FEATURES, "embeddings, cold start for new users", Stage.MONITORING, "retrain daily from logs");
        List<RankedFollowUp> p = plan(busy);
        Set<String> topics = new HashSet<>();
        for (RankedFollowUp r : p) {
            assertTrue(topics.add(r.question().topic()), "topic twice: " + r.question().topic() + " in " + ids(p));
        }
        List<FollowUp> pool = FollowUpBank.with(List.of(new FollowUpBank.StagedQuestion(Stage.FEATURES,
                "How do you handle cold start for new videos with no history?")));
        List<String> withTemplate = ids(plan(pool, board(Stage.FEATURES, "video embeddings")));
        assertTrue(withTemplate.contains("t.0"));
        assertFalse(withTemplate.contains("g.features.coldstart"), "the template already asks it: " + withTemplate);
        assertTrue(NearDuplicates.similar("How do you handle cold start for new videos?",
                "How do you handle cold start for new users or new items that have no embedding or history yet?"));
        assertFalse(NearDuplicates.similar("How do you roll out a new model version without losing QPS?",
                "How do you handle cold start for new users or new items?"));
    }

    @Test
    void theOrderIsDeterministicAndThePickerAsksInThatOrder() {
        Board b = board(Stage.REQUIREMENTS, "fraud on card payments", Stage.MODEL, "GBDT", Stage.SERVING,
                "online scoring per transaction");
        List<RankedFollowUp> first = plan(b);
        assertEquals(first, plan(b));
        FollowUpPicker picker = new FollowUpPicker(FollowUpBank.general());
        List<String> asked = new ArrayList<>();
        for (FollowUp f = picker.next(b).orElse(null); f != null; f = picker.next(b).orElse(null)) {
            asked.add(f.id());
        }
        assertEquals(ids(first), asked, "the card asks exactly the printed order");
    }

    @Test
    void questionsWalkTheBoardRatherThanPileOnOneStage() {
        Board b = board(Stage.REQUIREMENTS, "grow revenue", Stage.MODEL, "deep net", Stage.EVALUATION, "accuracy",
                Stage.SERVING, "an API");
        List<Stage> firstFive = plan(b).stream().limit(5).map(r -> r.question().stage()).toList();
        assertTrue(new HashSet<>(firstFive).size() >= 3, firstFive.toString());
    }
}
