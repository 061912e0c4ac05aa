package org.stageboard.io;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * The checks a bound {@link BoardJson} needs beyond the kind of each value (required fields, ids, stages, ranges,
 * arrows pointing at boxes that exist), building the model as it goes. Each problem names its JSON path
 * ({@code nodes[3].stage}).
 */
public final class BoardReader {
    static final double MAX_COORDINATE = 1e6;
    static final double MAX_SIZE = 1e5;

    private BoardReader() {
    }

    /** Format and version come first: a newer file may differ in any other way, and must say so, not fail oddly. */
    static void checkHeader(BoardJson.Header h) throws JsonProblem, NewerVersion {
        String format = required(h.format(), "format");
        if (!BoardCodec.FORMAT.equals(format)) {
            throw JsonProblem.at("format", Messages.get("io.problem.notBoard", Excerpt.of(format), BoardCodec.FORMAT));
        }
        long version = required(h.version(), "version");
        if (version > BoardCodec.FORMAT_VERSION) {
            throw new NewerVersion(version);
        }
        if (version < 1) {
            throw JsonProblem.at("version", Messages.get("io.problem.badVersion", String.valueOf(version),
                    String.valueOf(BoardCodec.FORMAT_VERSION)));
        }
    }

    /** The file's version is above {@link BoardCodec#FORMAT_VERSION}. */
    static final class NewerVersion extends Exception {
        private static final long serialVersionUID = 1L;
        final long version;

        NewerVersion(long version) {
            super(null, null, false, false);
            this.version = version;
        }
    }

    /** A board embedded in another format (a session log's start): its header checked like a file's, then the rest. */
    public static Board embedded(BoardJson.File f) throws JsonProblem {
        try {
            checkHeader(new BoardJson.Header(f.format(), f.version()));
        } catch (NewerVersion n) {
            throw JsonProblem.at("version", Messages.get("io.problem.newerVersion", String.valueOf(n.version),
                    String.valueOf(BoardCodec.FORMAT_VERSION)));
        }
        return board(f);
    }

    /** The board of a bound file whose header was checked. */
    static Board board(BoardJson.File f) throws JsonProblem {
        List<Node> nodes = nodes(required(f.nodes(), "nodes"));
        List<Edge> edges = edges(f.edges() == null ? List.of() : f.edges(), nodes);
        return new Board(text(f.title()), text(f.prompt()), text(f.templateId()), text(f.profile()), nodes, edges,
                text(f.language()));
    }

    private static List<Node> nodes(List<BoardJson.Box> boxes) throws JsonProblem {
        List<Node> nodes = new ArrayList<>(boxes.size());
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < boxes.size(); i++) {
            String path = "nodes[" + i + "]";
            Node node = node(boxes.get(i), path);
            Integer earlier = firstUse.putIfAbsent(node.id(), i);
            if (earlier != null) {
                throw JsonProblem.at(path + ".id", Messages.get("io.problem.duplicateNodeId", Excerpt.of(node.id()),
                        "nodes[" + earlier + "]"));
            }
            nodes.add(node);
        }
        return nodes;
    }

    /** One box at {@code path}, e.g. "entries[3].patch.nodes[0]" in a session log. */
    public static Node node(BoardJson.Box b, String path) throws JsonProblem {
        if (b == null) {
            throw JsonProblem.nullFound(path, "io.kind.object");
        }
        String id = id(b.id(), path);
        return new Node(id, stage(b.stage(), path), text(b.title()), text(b.text()), text(b.hint()),
                tradeoffs(b.tradeoffs(), path + ".tradeoffs"),
                coordinate(b.x(), path + ".x"), coordinate(b.y(), path + ".y"),
                size(b.width(), path + ".width", Node.DEFAULT_WIDTH),
                size(b.height(), path + ".height", Node.DEFAULT_HEIGHT));
    }

    /** One arrow at {@code path}; whether its ends exist is for the caller, who knows the boxes. */
    public static Edge edge(BoardJson.Arrow a, String path) throws JsonProblem {
        if (a == null) {
            throw JsonProblem.nullFound(path, "io.kind.object");
        }
        return new Edge(id(a.id(), path), required(a.from(), path + ".from"), required(a.to(), path + ".to"),
                text(a.label()));
    }

    private static Stage stage(String id, String path) throws JsonProblem {
        String stage = required(id, path + ".stage");
        return Stage.fromId(stage).orElseThrow(() -> JsonProblem.at(path + ".stage",
                Messages.get("io.problem.unknownStage", Excerpt.of(stage),
                        Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.joining(", ")))));
    }

    private static List<TradeOff> tradeoffs(List<BoardJson.Choice> choices, String path) throws JsonProblem {
        if (choices == null) {
            return List.of();
        }
        List<TradeOff> out = new ArrayList<>(choices.size());
        for (int i = 0; i < choices.size(); i++) {
            String p = path + "[" + i + "]";
            BoardJson.Choice c = choices.get(i);
            if (c == null) {
                throw JsonProblem.nullFound(p, "io.kind.object");
            }
            List<String> over = c.over() == null ? List.of() : c.over();
            for (int j = 0; j < over.size(); j++) {
                if (over.get(j) == null) {
                    throw JsonProblem.nullFound(p + ".over[" + j + "]", "io.kind.string");
                }
            }
            out.add(new TradeOff(text(c.choice()), over, text(c.because())));
        }
        return out;
    }

    private static List<Edge> edges(List<BoardJson.Arrow> arrows, List<Node> nodes) throws JsonProblem {
        Set<String> nodeIds = new HashSet<>();
        nodes.forEach(n -> nodeIds.add(n.id()));
        Map<String, Integer> firstUse = new HashMap<>();
        List<Edge> edges = new ArrayList<>(arrows.size());
        for (int i = 0; i < arrows.size(); i++) {
            String path = "edges[" + i + "]";
            Edge edge = edge(arrows.get(i), path);
            Integer earlier = firstUse.putIfAbsent(edge.id(), i);
            if (earlier != null) {
                throw JsonProblem.at(path + ".id", Messages.get("io.problem.duplicateEdgeId", Excerpt.of(edge.id()),
                        "edges[" + earlier + "]"));
            }
            if (!nodeIds.contains(edge.from())) {
                throw JsonProblem.at(path + ".from", Messages.get("io.problem.unknownNode", Excerpt.of(edge.from())));
            }
            if (!nodeIds.contains(edge.to())) {
                throw JsonProblem.at(path + ".to", Messages.get("io.problem.unknownNode", Excerpt.of(edge.to())));
            }
            edges.add(edge);
        }
        return edges;
    }

    private static String id(String id, String path) throws JsonProblem {
        String value = required(id, path + ".id");
        if (value.isBlank()) {
            throw JsonProblem.at(path + ".id", Messages.get("io.problem.emptyId"));
        }
        return value;
    }

    private static double coordinate(Double value, String path) throws JsonProblem {
        double v = finite(required(value, path), path);
        if (Math.abs(v) > MAX_COORDINATE) {
            throw JsonProblem.at(path, Messages.get("io.problem.coordinateRange", plain(v), plain(MAX_COORDINATE)));
        }
        return v;
    }

    private static double size(Double value, String path, double fallback) throws JsonProblem {
        if (value == null) {
            return fallback;
        }
        double v = finite(value, path);
        if (v <= 0 || v > MAX_SIZE) {
            throw JsonProblem.at(path, Messages.get("io.problem.sizeRange", plain(v), plain(MAX_SIZE)));
        }
        return v;
    }

    private static double finite(double v, String path) throws JsonProblem {
        if (!Double.isFinite(v)) {
            throw JsonProblem.at(path, Messages.get("io.problem.notFinite", Double.toString(v)));
        }
        return v;
    }

    /** A required field: null when the file leaves it out (or writes null). */
    static <T> T required(T value, String path) throws JsonProblem {
        if (value == null) {
            throw JsonProblem.at(path, Messages.get("io.problem.missing"));
        }
        return value;
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }

    /** Numbers go into messages as plain text: MessageFormat would group digits ("1,000,000") by locale. */
    private static String plain(double v) {
        return v == Math.rint(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
