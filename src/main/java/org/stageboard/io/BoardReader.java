package org.stageboard.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
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
 * Turns a parsed JSON tree into a {@link Board}, checking every field. Unknown fields are ignored so that
 * files from a later minor addition still open; everything this version relies on is validated strictly,
 * and each problem names its JSON path ({@code nodes[3].stage}).
 */
final class BoardReader {
    static final double MAX_COORDINATE = 1e6;
    static final double MAX_SIZE = 1e5;

    private final String source;

    BoardReader(String source) {
        this.source = source;
    }

    Board read(JsonNode root) throws BoardFileException {
        if (root == null || root.isMissingNode()) {
            throw new BoardFileException(Messages.get("io.error.plain", source, Messages.get("io.problem.empty")));
        }
        if (!root.isObject()) {
            throw problem("", Messages.get("io.problem.notObject", kind(root)));
        }
        checkFormatAndVersion(root);
        String title = optString(root, "", "title");
        String prompt = optString(root, "", "prompt");
        String templateId = optString(root, "", "templateId");
        String profile = optString(root, "", "profile");
        String language = optString(root, "", "language");
        List<Node> nodes = readNodes(requireArray(root, "", "nodes"));
        List<Edge> edges = readEdges(optArray(root, "", "edges"), nodes);
        return new Board(title, prompt, templateId, profile, nodes, edges, language);
    }

    /** Format and version come first: a newer file may differ in any other way, and must say so, not fail oddly. */
    private void checkFormatAndVersion(JsonNode root) throws BoardFileException {
        String format = requireString(root, "", "format");
        if (!BoardCodec.FORMAT.equals(format)) {
            throw problem("format", Messages.get("io.problem.notBoard", Excerpt.of(format), BoardCodec.FORMAT));
        }
        JsonNode v = require(root, "", "version");
        if (!v.isNumber() || !isWhole(v.doubleValue())) {
            throw problem("version", Messages.get("io.problem.notWholeNumber", describe(v)));
        }
        double version = v.doubleValue();
        if (version > BoardCodec.FORMAT_VERSION) {
            throw BoardFileException.newerVersion(Messages.get("io.error.plain", source,
                    Messages.get("io.problem.newerVersion", Excerpt.of(v.asText()), String.valueOf(BoardCodec.FORMAT_VERSION))));
        }
        if (version < 1) {
            throw problem("version", Messages.get("io.problem.badVersion", Excerpt.of(v.asText()),
                    String.valueOf(BoardCodec.FORMAT_VERSION)));
        }
    }

    private List<Node> readNodes(JsonNode array) throws BoardFileException {
        List<Node> nodes = new ArrayList<>(array.size());
        Map<String, Integer> firstUse = new HashMap<>();
        for (int i = 0; i < array.size(); i++) {
            String path = "nodes[" + i + "]";
            Node node = readNode(array.get(i), path);
            Integer earlier = firstUse.putIfAbsent(node.id(), i);
            if (earlier != null) {
                throw problem(path + ".id", Messages.get("io.problem.duplicateNodeId", Excerpt.of(node.id()), "nodes[" + earlier + "]"));
            }
            nodes.add(node);
        }
        return nodes;
    }

    /** One node object at {@code path}, checked field by field. */
    Node readNode(JsonNode json, String path) throws BoardFileException {
        JsonNode n = requireObject(json, path);
        return readNode(n, requireId(n, path), path);
    }

    private Node readNode(JsonNode n, String id, String path) throws BoardFileException {
        return new Node(id, readStage(n, path), optString(n, path, "title"), optString(n, path, "text"),
                optString(n, path, "hint"), readTradeoffs(optArray(n, path, "tradeoffs"), path + ".tradeoffs"),
                coordinate(n, path, "x"), coordinate(n, path, "y"),
                size(n, path, "width", Node.DEFAULT_WIDTH), size(n, path, "height", Node.DEFAULT_HEIGHT));
    }

    /** One edge object at {@code path}; whether its ends exist is for the caller, who knows the nodes. */
    Edge readEdge(JsonNode json, String path) throws BoardFileException {
        JsonNode e = requireObject(json, path);
        return new Edge(requireId(e, path), requireString(e, path, "from"), requireString(e, path, "to"),
                optString(e, path, "label"));
    }

    private Stage readStage(JsonNode n, String path) throws BoardFileException {
        String id = requireString(n, path, "stage");
        return Stage.fromId(id).orElseThrow(() -> problem(path + ".stage", Messages.get("io.problem.unknownStage", Excerpt.of(id),
                Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.joining(", ")))));
    }

    private List<TradeOff> readTradeoffs(JsonNode array, String path) throws BoardFileException {
        List<TradeOff> out = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String p = path + "[" + i + "]";
            JsonNode t = requireObject(array.get(i), p);
            JsonNode overJson = optArray(t, p, "over");
            List<String> over = new ArrayList<>(overJson.size());
            for (int j = 0; j < overJson.size(); j++) {
                over.add(stringValue(overJson.get(j), p + ".over[" + j + "]"));
            }
            out.add(new TradeOff(optString(t, p, "choice"), over, optString(t, p, "because")));
        }
        return out;
    }

    private List<Edge> readEdges(JsonNode array, List<Node> nodes) throws BoardFileException {
        Set<String> nodeIds = new HashSet<>();
        nodes.forEach(n -> nodeIds.add(n.id()));
        Map<String, Integer> firstUse = new HashMap<>();
        List<Edge> edges = new ArrayList<>(array.size());
        for (int i = 0; i < array.size(); i++) {
            String path = "edges[" + i + "]";
            Edge edge = readEdge(array.get(i), path);
            Integer earlier = firstUse.putIfAbsent(edge.id(), i);
            if (earlier != null) {
                throw problem(path + ".id", Messages.get("io.problem.duplicateEdgeId", Excerpt.of(edge.id()), "edges[" + earlier + "]"));
            }
            if (!nodeIds.contains(edge.from())) {
                throw problem(path + ".from", Messages.get("io.problem.unknownNode", Excerpt.of(edge.from())));
            }
            if (!nodeIds.contains(edge.to())) {
                throw problem(path + ".to", Messages.get("io.problem.unknownNode", Excerpt.of(edge.to())));
            }
            edges.add(edge);
        }
        return edges;
    }

    private String requireId(JsonNode obj, String path) throws BoardFileException {
        String id = requireString(obj, path, "id");
        if (id.isBlank()) {
            throw problem(path + ".id", Messages.get("io.problem.emptyId"));
        }
        return id;
    }

    private double coordinate(JsonNode obj, String path, String field) throws BoardFileException {
        double v = number(require(obj, path, field), join(path, field));
        if (Math.abs(v) > MAX_COORDINATE) {
            throw problem(join(path, field), Messages.get("io.problem.coordinateRange", plain(v), plain(MAX_COORDINATE)));
        }
        return v;
    }

    private double size(JsonNode obj, String path, String field, double fallback) throws BoardFileException {
        JsonNode n = obj.get(field);
        if (n == null || n.isNull()) {
            return fallback;
        }
        double v = number(n, join(path, field));
        if (v <= 0 || v > MAX_SIZE) {
            throw problem(join(path, field), Messages.get("io.problem.sizeRange", plain(v), plain(MAX_SIZE)));
        }
        return v;
    }

    private double number(JsonNode n, String path) throws BoardFileException {
        if (!n.isNumber()) {
            throw wrongType(path, "io.kind.number", n);
        }
        double v = n.doubleValue();
        if (!Double.isFinite(v)) {
            throw problem(path, Messages.get("io.problem.notFinite", Excerpt.of(n.asText())));
        }
        return v;
    }

    private JsonNode require(JsonNode obj, String path, String field) throws BoardFileException {
        JsonNode n = obj.get(field);
        if (n == null) {
            throw problem(join(path, field), Messages.get("io.problem.missing"));
        }
        return n;
    }

    private String requireString(JsonNode obj, String path, String field) throws BoardFileException {
        return stringValue(require(obj, path, field), join(path, field));
    }

    private String optString(JsonNode obj, String path, String field) throws BoardFileException {
        JsonNode n = obj.get(field);
        return n == null || n.isNull() ? "" : stringValue(n, join(path, field));
    }

    private String stringValue(JsonNode n, String path) throws BoardFileException {
        if (!n.isTextual()) {
            throw wrongType(path, "io.kind.string", n);
        }
        return n.textValue();
    }

    private JsonNode requireArray(JsonNode obj, String path, String field) throws BoardFileException {
        return arrayValue(require(obj, path, field), join(path, field));
    }

    private JsonNode optArray(JsonNode obj, String path, String field) throws BoardFileException {
        JsonNode n = obj.get(field);
        return n == null || n.isNull() ? JsonNodeFactory.instance.arrayNode()
                : arrayValue(n, join(path, field));
    }

    private JsonNode arrayValue(JsonNode n, String path) throws BoardFileException {
        if (!n.isArray()) {
            throw wrongType(path, "io.kind.array", n);
        }
        return n;
    }

    private JsonNode requireObject(JsonNode n, String path) throws BoardFileException {
        if (!n.isObject()) {
            throw wrongType(path, "io.kind.object", n);
        }
        return n;
    }

    private BoardFileException wrongType(String path, String expectedKindKey, JsonNode found) {
        return problem(path, Messages.get("io.problem.wrongType", Messages.get(expectedKindKey), describe(found)));
    }

    private BoardFileException problem(String path, String what) {
        return path.isEmpty()
                ? new BoardFileException(Messages.get("io.error.plain", source, what))
                : new BoardFileException(Messages.get("io.error.where", source, path, what));
    }

    /** "a string (\"abc\")": the kind of value found, with a short excerpt so the user can spot it. */
    private static String describe(JsonNode n) {
        String kind = kind(n);
        if (n.isValueNode() && !n.isNull()) {
            String text = n.isTextual() ? "\"" + Excerpt.of(n.textValue(), 37) + "\"" : Excerpt.of(n.asText(), 40);
            return kind + " (" + text + ")";
        }
        return kind;
    }

    private static String kind(JsonNode n) {
        if (n.isTextual()) {
            return Messages.get("io.kind.string");
        } else if (n.isNumber()) {
            return Messages.get("io.kind.number");
        } else if (n.isBoolean()) {
            return Messages.get("io.kind.boolean");
        } else if (n.isNull()) {
            return Messages.get("io.kind.null");
        } else if (n.isArray()) {
            return Messages.get("io.kind.array");
        }
        return Messages.get("io.kind.object");
    }

    private static String join(String path, String field) {
        return path.isEmpty() ? field : path + "." + field;
    }

    private static boolean isWhole(double v) {
        return Double.isFinite(v) && v == Math.rint(v);
    }

    /** Numbers go into messages as plain text: MessageFormat would group digits ("1,000,000") by locale. */
    private static String plain(double v) {
        return isWhole(v) && Math.abs(v) < 1e15 ? Long.toString((long) v) : Double.toString(v);
    }
}
