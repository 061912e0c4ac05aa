package org.stageboard.rehearsal;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoundedTree;
import org.stageboard.io.Excerpt;
import org.stageboard.io.JsonText;
import org.stageboard.io.BoardTree;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.LogEntry.Kind;

/**
 * JSON for a session log ({@code <board>.session.json}). The start entry holds the whole board; each edit
 * holds only what changed since the previous board: for the usual edit (same boxes, same order) just the changed
 * boxes and arrows; otherwise the whole list with every unchanged item written as its id alone. Decoding rebuilds every board exactly, so a saved session replays like a live one.
 */
public final class SessionLogCodec {
    public static final String FORMAT = "stageboard-session";
    public static final int VERSION = 1;

    /** Most values a session file may hold: hours of edits, and still a bounded amount of memory. */
    static final int MAX_VALUES = 500_000;
    private static final Set<String> KNOWN_FIELDS = knownFields();

    private final ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(SavedSession session) {
        ObjectNode root = mapper.createObjectNode();
        root.put("format", FORMAT);
        root.put("version", VERSION);
        ObjectNode plan = root.putObject("plan");
        for (Phase p : Phase.values()) {
            plan.put(p.id(), session.plan().budget(p));
        }
        ArrayNode out = root.putArray("entries");
        Board prev = null;
        for (LogEntry e : session.log().entries()) {
            ObjectNode j = out.addObject();
            j.put("t", e.at());
            j.put("kind", e.kind().id());
            if (!e.text().isEmpty()) {
                j.put("text", e.text());
            }
            if (!e.answer().isEmpty()) {
                j.put("answer", e.answer());
            }
            if (!e.stages().isEmpty()) {
                ArrayNode st = j.putArray("stages");
                e.stages().stream().sorted().forEach(s -> st.add(s.id()));
            }
            if (e.kind() == Kind.START) {
                j.set("board", BoardTree.toTree(e.board()));
            } else if (e.hasBoard()) {
                j.set("patch", patch(prev, e.board()));
            }
            if (e.hasBoard()) {
                prev = e.board();
            }
        }
        try {
            return JsonText.escapeLoneSurrogates(mapper.writeValueAsString(root));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write a session log", ex);
        }
    }

    /**
     * Reads a session written by {@link #write}.
     *
     * @param source names the file in error messages
     */
    public SavedSession read(String json, String source) throws SessionFileException {
        try (JsonParser p = BoardCodec.limitedParser(json)) {
            return read(p, source);
        } catch (IOException ex) {
            throw fail(source, ex.getMessage());
        }
    }

    /** Reads a session from the bytes of a file (UTF-8), with the same limits as a board file. */
    public SavedSession read(byte[] json, String source) throws SessionFileException {
        try (JsonParser p = BoardCodec.limitedParser(json, 0, json.length)) {
            return read(p, source);
        } catch (IOException ex) {
            throw fail(source, ex.getMessage());
        }
    }

    private SavedSession read(JsonParser parser, String source) throws SessionFileException {
        JsonNode root;
        try {
            // only the fields a session or an embedded board has are built into a tree; memory stays bounded
            root = BoundedTree.read(parser, KNOWN_FIELDS, MAX_VALUES);
        } catch (JsonProcessingException ex) {
            JsonLocation loc = ex.getLocation();
            String where = loc == null ? "" : Messages.get("rehearsal.file.where", loc.getLineNr(), loc.getColumnNr());
            throw new SessionFileException(Excerpt.line(Messages.get("rehearsal.file.badJson", source,
                    Excerpt.of(firstLine(ex.getOriginalMessage()), 160), where)), ex);
        } catch (IOException ex) {
            throw fail(source, ex.getMessage());
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw fail(source, Messages.get("rehearsal.file.notSession"));
        }
        int version = root.path("version").asInt(-1);
        if (version != VERSION) {
            throw fail(source, Messages.get("rehearsal.file.version", root.path("version").asText(), VERSION));
        }
        try {
            PhasePlan plan = readPlan(root.path("plan"));
            List<LogEntry> entries = new ArrayList<>();
            JsonNode arr = root.path("entries");
            if (!arr.isArray()) {
                throw new IllegalArgumentException(Messages.get("rehearsal.file.noEntries"));
            }
            Board prev = null;
            for (int i = 0; i < arr.size(); i++) {
                try {
                    LogEntry e = readEntry(arr.get(i), prev);
                    entries.add(e);
                    if (e.hasBoard()) {
                        prev = e.board();
                    }
                } catch (RuntimeException ex) {
                    throw new IllegalArgumentException(Messages.get("rehearsal.file.entry", i + 1, ex.getMessage()));
                }
            }
            return new SavedSession(SessionLog.restore(entries), plan);
        } catch (RuntimeException ex) {
            // any value this reader did not expect is a broken file, never a crash of the app
            throw fail(source, ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage());
        }
    }

    private static SessionFileException fail(String source, String problem) {
        return new SessionFileException(Excerpt.line(Messages.get("rehearsal.file.invalid", source,
                firstLine(problem))));
    }

    private static String firstLine(String s) {
        if (s == null) {
            return "?";
        }
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    // ---- writing ----

    private ObjectNode patch(Board prev, Board now) {
        ObjectNode j = mapper.createObjectNode();
        if (!prev.title().equals(now.title()) || !prev.prompt().equals(now.prompt())
                || !prev.templateId().equals(now.templateId()) || !prev.profile().equals(now.profile())
                || !prev.language().equals(now.language())) {
            putMeta(j.putObject("meta"), now);
        }
        if (!prev.nodes().equals(now.nodes())) {
            Map<String, Node> old = prev.nodesById();
            if (ids(prev.nodes(), Node::id).equals(ids(now.nodes(), Node::id))) {
                // the usual edit (typing, a move): same boxes in the same order, so only the changed ones are written
                ArrayNode arr = j.putArray("changedNodes");
                now.nodes().stream().filter(n -> !n.equals(old.get(n.id()))).forEach(n -> arr.add(BoardTree.toTree(n)));
            } else {
                ArrayNode arr = j.putArray("nodes");
                for (Node n : now.nodes()) {
                    if (n.equals(old.get(n.id()))) {
                        arr.add(n.id());
                    } else {
                        arr.add(BoardTree.toTree(n));
                    }
                }
            }
        }
        if (!prev.edges().equals(now.edges())) {
            if (ids(prev.edges(), Edge::id).equals(ids(now.edges(), Edge::id))) {
                ArrayNode arr = j.putArray("changedEdges");
                now.edges().stream().filter(e -> !prev.edge(e.id()).map(e::equals).orElse(false))
                        .forEach(e -> arr.add(BoardTree.toTree(e)));
            } else {
                ArrayNode arr = j.putArray("edges");
                for (Edge e : now.edges()) {
                    if (prev.edge(e.id()).map(e::equals).orElse(false)) {
                        arr.add(e.id());
                    } else {
                        arr.add(BoardTree.toTree(e));
                    }
                }
            }
        }
        return j;
    }

    private static <T> List<String> ids(List<T> items, java.util.function.Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private static void putMeta(ObjectNode j, Board b) {
        j.put("title", b.title());
        j.put("prompt", b.prompt());
        j.put("templateId", b.templateId());
        j.put("profile", b.profile());
        j.put("language", b.language());
    }

    // ---- reading ----

    private static Set<String> knownFields() {
        Set<String> known = new java.util.HashSet<>(BoardCodec.knownFields());
        known.addAll(List.of("format", "version", "plan", "entries", "t", "kind", "text", "answer", "stages", "board",
                "patch", "meta", "changedNodes", "changedEdges", "nodes", "edges"));
        for (Phase p : Phase.values()) {
            known.add(p.id());
        }
        return Set.copyOf(known);
    }

    private static PhasePlan readPlan(JsonNode j) {
        if (!j.isObject()) {
            throw new IllegalArgumentException(Messages.get("rehearsal.file.noPlan"));
        }
        Map<Phase, Long> budgets = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            budgets.put(p, j.path(p.id()).asLong(0));
        }
        return PhasePlan.of(budgets);
    }

    private static LogEntry readEntry(JsonNode j, Board prev) {
        if (!j.isObject()) {
            throw new IllegalArgumentException("not an object");
        }
        String kindId = text(j, "kind");
        Kind kind = null;
        for (Kind k : Kind.values()) {
            if (k.id().equals(kindId)) {
                kind = k;
            }
        }
        if (kind == null) {
            throw new IllegalArgumentException("unknown kind '" + Excerpt.of(kindId) + "'");
        }
        if (!j.path("t").canConvertToLong()) {
            throw new IllegalArgumentException("missing time 't'");
        }
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        for (JsonNode s : j.path("stages")) {
            stages.add(stage(s.asText()));
        }
        Board board = null;
        if (kind == Kind.START) {
            board = readFullBoard(j.path("board"));
        } else if (kind == Kind.EDIT) {
            if (prev == null) {
                throw new IllegalArgumentException("edit before the start board");
            }
            board = applyPatch(prev, j.path("patch"));
        }
        return new LogEntry(j.get("t").asLong(), kind, stages, j.path("text").asText(""),
                j.path("answer").asText(""), board);
    }

    private static Board readFullBoard(JsonNode j) {
        if (!j.isObject()) {
            throw new IllegalArgumentException("the start entry has no board");
        }
        try {
            return BoardTree.board(j, "board");
        } catch (BoardFileException ex) {
            throw new IllegalArgumentException(ex.getMessage());
        }
    }

    private static Board applyPatch(Board prev, JsonNode p) {
        if (!p.isObject()) {
            throw new IllegalArgumentException("edit without a patch");
        }
        Board b = prev;
        JsonNode meta = p.get("meta");
        if (meta != null) {
            b = new Board(meta.path("title").asText(""), meta.path("prompt").asText(""),
                    meta.path("templateId").asText(""), meta.path("profile").asText(""), b.nodes(), b.edges(),
                    meta.path("language").asText(""));
        }
        if (p.has("nodes")) {
            Map<String, Node> old = prev.nodesById();
            List<Node> nodes = new ArrayList<>();
            JsonNode arr = p.get("nodes");
            for (int i = 0; i < arr.size(); i++) {
                JsonNode n = arr.get(i);
                nodes.add(n.isTextual() ? known(old.get(n.asText()), "node", n.asText()) : readNode(n, i));
            }
            b = b.withNodes(nodes);
        }
        if (p.has("changedNodes")) {
            JsonNode arr = p.get("changedNodes");
            for (int i = 0; i < arr.size(); i++) {
                Node changed = readNode(arr.get(i), i);
                known(b.node(changed.id()).orElse(null), "node", changed.id());
                b = b.replaceNode(changed);
            }
        }
        if (p.has("changedEdges")) {
            JsonNode arr = p.get("changedEdges");
            for (int i = 0; i < arr.size(); i++) {
                Edge changed = readEdge(arr.get(i), i);
                known(b.edge(changed.id()).orElse(null), "edge", changed.id());
                b = b.replaceEdge(changed);
            }
        }
        if (p.has("edges")) {
            List<Edge> edges = new ArrayList<>();
            JsonNode arr = p.get("edges");
            for (int i = 0; i < arr.size(); i++) {
                JsonNode e = arr.get(i);
                edges.add(e.isTextual() ? known(prev.edge(e.asText()).orElse(null), "edge", e.asText()) : readEdge(e, i));
            }
            b = b.withEdges(edges);
        }
        return b;
    }

    private static <T> T known(T item, String what, String id) {
        if (item == null) {
            throw new IllegalArgumentException("refers to unknown " + what + " '" + id + "'");
        }
        return item;
    }

    private static Node readNode(JsonNode j, int index) {
        try {
            return BoardTree.node(j, "patch", "nodes[" + index + "]");
        } catch (BoardFileException ex) {
            throw new IllegalArgumentException(ex.getMessage());
        }
    }

    private static Edge readEdge(JsonNode j, int index) {
        try {
            return BoardTree.edge(j, "patch", "edges[" + index + "]");
        } catch (BoardFileException ex) {
            throw new IllegalArgumentException(ex.getMessage());
        }
    }

    private static String text(JsonNode j, String field) {
        JsonNode v = j.get(field);
        if (v == null || !v.isTextual()) {
            throw new IllegalArgumentException("missing '" + field + "'");
        }
        return v.asText();
    }

    private static Stage stage(String id) {
        return Stage.fromId(id).orElseThrow(() -> new IllegalArgumentException("unknown stage '" + Excerpt.of(id) + "'"));
    }
}
