package org.stageboard.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;
import org.stageboard.text.TextNorm;

/**
 * One board prepared for checking: boxes grouped by stage, each box's answer text normalised once, and which boxes
 * arrows touch. Built in one pass so every rule runs in time linear in the board, whatever the number of rules.
 */
public final class CheckContext {
    private final Board board;
    private final Profile profile;
    private final Map<Stage, List<Node>> byStage = new EnumMap<>(Stage.class);
    private final Set<String> connected = new HashSet<>();
    /** What is known about each box, carried over from the previous run for boxes that did not change. */
    private final Map<Node, NodeFacts> facts;

    /** What the rules learnt about one box: its answer text and the result of each text test run on it. */
    static final class NodeFacts {
        final String answer;
        final Map<Object, Boolean> tests = new java.util.HashMap<>(8);

        NodeFacts(String answer) {
            this.answer = answer;
        }
    }

    public CheckContext(Board board, Profile profile) {
        this(board, profile, Map.of());
    }

    /**
     * @param previous facts from the last run, keyed by node identity: an edit replaces only the nodes it touches,
     *                 so on a re-check nearly every box's text tests are already known
     */
    CheckContext(Board board, Profile profile, Map<Node, NodeFacts> previous) {
        this.board = board;
        this.profile = profile;
        this.facts = new java.util.IdentityHashMap<>(board.nodes().size() * 2);
        for (Node n : board.nodes()) {
            NodeFacts f = previous.get(n);
            if (f != null) {
                facts.put(n, f);
            }
        }
        for (Stage s : Stage.values()) {
            byStage.put(s, new ArrayList<>());
        }
        for (Node n : board.nodes()) {
            byStage.get(n.stage()).add(n);
        }
        for (Edge e : board.edges()) {
            connected.add(e.from());
            connected.add(e.to());
        }
    }

    public Board board() {
        return board;
    }

    public Profile profile() {
        return profile;
    }

    /** The boxes of a stage, in board order. */
    public List<Node> nodes(Stage stage) {
        return byStage.get(stage);
    }

    public boolean hasStage(Stage stage) {
        return !byStage.get(stage).isEmpty();
    }

    /** True when the stage has boxes and every one of them is empty: "empty-stage" says so, other rules stay quiet. */
    public boolean allEmpty(Stage stage) {
        List<Node> nodes = byStage.get(stage);
        return !nodes.isEmpty() && nodes.stream().allMatch(this::isEmpty);
    }

    /** A box is empty when it holds nothing beyond its title, or only its own hint copied back, or only "TBD". */
    public boolean isEmpty(Node n) {
        return answer(n).isBlank();
    }

    /**
     * What the candidate wrote in a box, normalised: title, text and trade-off fields. A title counts (a box titled
     * "LR baseline" states a baseline) unless it only names a stage, as every practice box and every new box is
     * titled; hints are placeholders and never count; text identical to the hint or only "TBD" is dropped.
     */
    public String answer(Node n) {
        return facts(n).answer;
    }

    private NodeFacts facts(Node n) {
        return facts.computeIfAbsent(n, k -> new NodeFacts(buildAnswer(k)));
    }

    /** {@code test} applied to the box's answer, remembered under {@code key} for as long as the box is unchanged. */
    public boolean test(Node n, Object key, java.util.function.Predicate<String> test) {
        NodeFacts f = facts(n);
        Boolean known = f.tests.get(key);
        if (known == null) {
            known = test.test(f.answer);
            f.tests.put(key, known);
        }
        return known;
    }

    /** The facts gathered in this run, to seed the next one. */
    Map<Node, NodeFacts> facts() {
        return facts;
    }

    private static String buildAnswer(Node n) {
        StringBuilder sb = new StringBuilder();
        String title = n.title().strip();
        if (!title.isEmpty() && !StageTitles.onlyStageNames(title)) {
            sb.append(title).append('\n');
        }
        String text = n.text().strip();
        if (!text.isEmpty() && !text.equals(n.hint().strip()) && !isPlaceholder(text)) {
            sb.append(text);
        }
        for (TradeOff t : n.tradeoffs()) {
            for (String part : parts(t)) {
                if (!part.isBlank()) {
                    sb.append('\n').append(part);
                }
            }
        }
        return TextNorm.normalize(sb.toString()).strip();
    }

    /** Placeholders are short ("TBD", "待定", "потом…"); longer text is never tested, which keeps big boards cheap. */
    private static boolean isPlaceholder(String text) {
        return text.length() <= 32 && TradeoffText.isPlaceholderOnly(text);
    }

    private static List<String> parts(TradeOff t) {
        List<String> out = new ArrayList<>();
        out.add(t.choice());
        out.addAll(t.over());
        out.add(t.because());
        return out;
    }

    /** True when some box of the stage says something {@code words} matches. */
    public boolean stageMentions(Stage stage, Keywords words) {
        return stageSays(stage, words, words::in);
    }

    /** True when some box of the stage passes {@code test}, remembered per box under {@code key} as {@link #test}. */
    public boolean stageSays(Stage stage, Object key, java.util.function.Predicate<String> test) {
        for (Node n : byStage.get(stage)) {
            if (test(n, key, test)) {
                return true;
            }
        }
        return false;
    }

    /** The first non-empty box of a stage (the one a finding about the whole stage points at), or null. */
    public String firstAnswered(Stage stage) {
        for (Node n : byStage.get(stage)) {
            if (!isEmpty(n)) {
                return n.id();
            }
        }
        return null;
    }

    public boolean isConnected(String nodeId) {
        return connected.contains(nodeId);
    }
}
