package org.stageboard.check;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * Test-only helpers: a minimal Jackson reader for the .stageboard format (so checker tests do not depend on the
 * io codec), and builders for boards written inline.
 */
public final class TestBoards {
    private static final ObjectMapper JSON = new ObjectMapper();

    private TestBoards() {
    }

    public static JsonNode readTree(InputStream in) throws IOException {
        return JSON.readTree(in);
    }

    public static Board fromJson(JsonNode root) {
        List<Node> nodes = new ArrayList<>();
        for (JsonNode n : root.path("nodes")) {
            List<TradeOff> tradeoffs = new ArrayList<>();
            for (JsonNode t : n.path("tradeoffs")) {
                List<String> over = new ArrayList<>();
                t.path("over").forEach(o -> over.add(o.asText()));
                tradeoffs.add(new TradeOff(t.path("choice").asText(""), over, t.path("because").asText("")));
            }
            Stage stage = Stage.fromId(n.path("stage").asText("note")).orElseThrow(
                    () -> new IllegalArgumentException("unknown stage " + n.path("stage")));
            nodes.add(new Node(n.path("id").asText(), stage, n.path("title").asText(""), n.path("text").asText(""),
                    n.path("hint").asText(""), tradeoffs, n.path("x").asDouble(0), n.path("y").asDouble(0),
                    n.path("width").asDouble(Node.DEFAULT_WIDTH), n.path("height").asDouble(Node.DEFAULT_HEIGHT)));
        }
        List<Edge> edges = new ArrayList<>();
        for (JsonNode e : root.path("edges")) {
            edges.add(new Edge(e.path("id").asText(), e.path("from").asText(), e.path("to").asText(),
                    e.path("label").asText("")));
        }
        return new Board(root.path("title").asText(""), root.path("prompt").asText(""),
                root.path("templateId").asText(""), root.path("profile").asText(""), nodes, edges);
    }

    /** A box of a stage with text; its title is the stage id, its position irrelevant to the checker. */
    public static Node box(String id, Stage stage, String text) {
        return new Node(id, stage, stage.id(), text, "", List.of(), 0, 0, Node.DEFAULT_WIDTH, Node.DEFAULT_HEIGHT);
    }

    public static Board board(Node... nodes) {
        return Board.empty().withNodes(List.of(nodes));
    }

    /** A board where every stage has a box with a good answer: no rule should fire on it. */
    public static Board complete() {
        List<Node> nodes = List.of(
                box("r", Stage.REQUIREMENTS, "Grow watch time 5%; 200M DAU, 50k QPS at peak."),
                box("f", Stage.FRAMING, "Rank candidate videos by predicted watch probability (pointwise)."),
                box("d", Stage.DATA, "Labels: implicit clicks and watch time; split by time. "
                        + "Implicit labels instead of human ratings because they are free and plentiful."),
                box("x", Stage.FEATURES, "User history embeddings, video embeddings, context features."),
                box("m", Stage.MODEL, "Baseline: popularity. Then two-tower over a cross-encoder because "
                        + "we must score 10M items."),
                box("e", Stage.EVALUATION, "Offline: recall@100, NDCG. Online: A/B test on watch time."),
                box("s", Stage.SERVING, "Hybrid: batch candidates nightly, online ranking at p99 < 80 ms. "
                        + "Batch is cheaper but stale, so ranking stays online."),
                box("o", Stage.MONITORING, "Dashboards for data drift and CTR; retrain weekly."));
        List<Edge> edges = List.of(
                new Edge("e1", "r", "f", ""), new Edge("e2", "f", "d", ""), new Edge("e3", "d", "x", ""),
                new Edge("e4", "x", "m", ""), new Edge("e5", "m", "e", ""), new Edge("e6", "e", "s", ""),
                new Edge("e7", "s", "o", ""), new Edge("e8", "o", "d", "logs"));
        return new Board("t", "", "", "", nodes, edges);
    }
}
