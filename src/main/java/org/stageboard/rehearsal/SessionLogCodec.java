package org.stageboard.rehearsal;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardJson;
import org.stageboard.io.BoardReader;
import org.stageboard.io.Excerpt;
import org.stageboard.io.JsonFormat;
import org.stageboard.io.JsonProblem;
import org.stageboard.io.JsonText;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.LogEntry.Kind;

/**
 * Reads and writes a session log ({@code <board>.session.json}) through the records of {@link SessionJson}. The start
 * entry holds the whole board; each edit holds only what changed since the previous board, so decoding rebuilds every
 * board exactly and a saved session replays like a live one. Every problem is one {@link SessionFileException} line
 * in the style of all the app's files: {@code file: line L, column C: path: problem}.
 */
public final class SessionLogCodec {
    public static final String FORMAT = "stageboard-session";
    public static final int VERSION = 1;

    /** Most values a session file may hold: hours of edits, and still a bounded amount of memory. */
    static final int MAX_VALUES = 500_000;

    /** Today's layout of session files (Jackson's default pretty printer), kept so saved sessions diff cleanly. */
    private static final ObjectMapper WRITER = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    public String write(SavedSession session) {
        Map<String, Long> plan = new LinkedHashMap<>();
        for (Phase p : Phase.values()) {
            plan.put(p.id(), session.plan().budget(p));
        }
        List<SessionJson.Entry> entries = new ArrayList<>();
        Board prev = null;
        for (LogEntry e : session.log().entries()) {
            List<String> stages = e.stages().isEmpty() ? null : e.stages().stream().sorted().map(Stage::id).toList();
            entries.add(new SessionJson.Entry(e.at(), e.kind().id(), optional(e.text()), optional(e.answer()), stages,
                    e.kind() == Kind.START ? BoardJson.File.of(e.board()) : null,
                    e.kind() != Kind.START && e.hasBoard() ? patch(prev, e.board()) : null));
            if (e.hasBoard()) {
                prev = e.board();
            }
        }
        try {
            return JsonText.escapeLoneSurrogates(WRITER.writeValueAsString(
                    new SessionJson.File(FORMAT, (long) VERSION, plan, entries)));
        } catch (JsonProcessingException ex) {
            throw new IllegalStateException("cannot write a session log", ex); // records of plain values always serialise
        }
    }

    /**
     * Reads a session written by {@link #write}.
     *
     * @param source names the file in error messages
     */
    public SavedSession read(String json, String source) throws SessionFileException {
        return read(JsonFormat.Input.of(json), source);
    }

    /** Reads a session from the bytes of a file (UTF-8), with the same limits as a board file. */
    public SavedSession read(byte[] json, String source) throws SessionFileException {
        return read(JsonFormat.Input.of(json, 0, json.length), source);
    }

    private SavedSession read(JsonFormat.Input json, String source) throws SessionFileException {
        try {
            checkHeader(json.read(SessionJson.Header.class, MAX_VALUES));
            SessionJson.File f = json.read(SessionJson.File.class, MAX_VALUES);
            return new SavedSession(SessionLog.restore(entries(required(f.entries(), "entries"))), plan(f.plan()));
        } catch (JsonProblem p) {
            throw new SessionFileException(Excerpt.line(p.message(source)), p); // bounded, whatever the path or source
        }
    }

    private static void checkHeader(SessionJson.Header h) throws JsonProblem {
        if (!FORMAT.equals(required(h.format(), "format"))) {
            throw JsonProblem.at("format", Messages.get("rehearsal.file.notSession"));
        }
        long version = required(h.version(), "version");
        if (version != VERSION) {
            throw JsonProblem.at("version", Messages.get("rehearsal.file.version", String.valueOf(version), VERSION));
        }
    }

    // ---- writing ----

    private static SessionJson.Patch patch(Board prev, Board now) {
        SessionJson.Meta meta = null;
        if (!prev.title().equals(now.title()) || !prev.prompt().equals(now.prompt())
                || !prev.templateId().equals(now.templateId()) || !prev.profile().equals(now.profile())
                || !prev.language().equals(now.language())) {
            meta = new SessionJson.Meta(now.title(), now.prompt(), now.templateId(), now.profile(), now.language());
        }
        List<BoardJson.Box> changedNodes = null;
        List<SessionJson.BoxOrId> nodes = null;
        if (!prev.nodes().equals(now.nodes())) {
            Map<String, Node> old = prev.nodesById();
            if (ids(prev.nodes(), Node::id).equals(ids(now.nodes(), Node::id))) {
                // the usual edit (typing, a move): same boxes in the same order, so only the changed ones are written
                changedNodes = now.nodes().stream().filter(n -> !n.equals(old.get(n.id()))).map(BoardJson.Box::of).toList();
            } else {
                nodes = now.nodes().stream().map(n -> n.equals(old.get(n.id())) ? new SessionJson.BoxOrId(n.id(), null)
                        : new SessionJson.BoxOrId(null, BoardJson.Box.of(n))).toList();
            }
        }
        List<BoardJson.Arrow> changedEdges = null;
        List<SessionJson.ArrowOrId> edges = null;
        if (!prev.edges().equals(now.edges())) {
            if (ids(prev.edges(), Edge::id).equals(ids(now.edges(), Edge::id))) {
                changedEdges = now.edges().stream().filter(e -> !prev.edge(e.id()).map(e::equals).orElse(false))
                        .map(BoardJson.Arrow::of).toList();
            } else {
                edges = now.edges().stream().map(e -> prev.edge(e.id()).map(e::equals).orElse(false)
                        ? new SessionJson.ArrowOrId(e.id(), null)
                        : new SessionJson.ArrowOrId(null, BoardJson.Arrow.of(e))).toList();
            }
        }
        return new SessionJson.Patch(meta, changedNodes, nodes, changedEdges, edges);
    }

    private static <T> List<String> ids(List<T> items, Function<T, String> id) {
        return items.stream().map(id).toList();
    }

    private static String optional(String s) {
        return s.isEmpty() ? null : s;
    }

    // ---- reading: the checks binding leaves, each naming its path ----

    private static PhasePlan plan(Map<String, Long> json) throws JsonProblem {
        Map<String, Long> plan = required(json, "plan");
        Map<Phase, Long> budgets = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            Long budget = plan.get(p.id());
            if (budget == null || budget <= 0) {
                throw JsonProblem.at("plan." + p.id(), Messages.get("rehearsal.file.budget", String.valueOf(budget)));
            }
            budgets.put(p, budget);
        }
        return PhasePlan.of(budgets);
    }

    private static List<LogEntry> entries(List<SessionJson.Entry> json) throws JsonProblem {
        List<LogEntry> entries = new ArrayList<>(json.size());
        Board prev = null;
        long last = Long.MIN_VALUE;
        for (int i = 0; i < json.size(); i++) {
            String path = "entries[" + i + "]";
            LogEntry e = entry(json.get(i), path, prev, i);
            if (e.at() < last) {
                throw JsonProblem.at(path + ".t", Messages.get("rehearsal.file.backInTime", String.valueOf(e.at())));
            }
            last = e.at();
            entries.add(e);
            if (e.hasBoard()) {
                prev = e.board();
            }
        }
        if (entries.isEmpty()) {
            throw JsonProblem.at("entries", Messages.get("rehearsal.file.noStart"));
        }
        return entries;
    }

    private static LogEntry entry(SessionJson.Entry j, String path, Board prev, int index) throws JsonProblem {
        if (j == null) {
            throw JsonProblem.nullFound(path, "io.kind.object");
        }
        Kind kind = kind(required(j.kind(), path + ".kind"), path + ".kind");
        if ((index == 0) != (kind == Kind.START)) {
            throw JsonProblem.at(path + ".kind", Messages.get(index == 0 ? "rehearsal.file.noStart"
                    : "rehearsal.file.secondStart"));
        }
        long at = required(j.t(), path + ".t");
        Set<Stage> stages = EnumSet.noneOf(Stage.class);
        List<String> stageIds = j.stages() == null ? List.of() : j.stages();
        for (int s = 0; s < stageIds.size(); s++) {
            stages.add(stage(stageIds.get(s), path + ".stages[" + s + "]"));
        }
        Board board = null;
        if (kind == Kind.START) {
            try {
                board = BoardReader.embedded(required(j.board(), path + ".board"));
            } catch (JsonProblem p) {
                throw p.path().startsWith(path) ? p : p.under(path + ".board");
            }
        } else if (kind == Kind.EDIT) {
            board = applyPatch(prev, required(j.patch(), path + ".patch"), path + ".patch");
        }
        return new LogEntry(at, kind, stages, j.text(), j.answer(), board);
    }

    private static Kind kind(String id, String path) throws JsonProblem {
        for (Kind k : Kind.values()) {
            if (k.id().equals(id)) {
                return k;
            }
        }
        throw JsonProblem.at(path, Messages.get("rehearsal.file.unknownKind", Excerpt.of(id),
                Arrays.stream(Kind.values()).map(Kind::id).collect(Collectors.joining(", "))));
    }

    private static Stage stage(String id, String path) throws JsonProblem {
        if (id == null) {
            throw JsonProblem.nullFound(path, "io.kind.string");
        }
        return Stage.fromId(id).orElseThrow(() -> JsonProblem.at(path, Messages.get("io.problem.unknownStage",
                Excerpt.of(id), Arrays.stream(Stage.values()).map(Stage::id).collect(Collectors.joining(", ")))));
    }

    private static Board applyPatch(Board prev, SessionJson.Patch p, String path) throws JsonProblem {
        Board b = prev;
        SessionJson.Meta meta = p.meta();
        if (meta != null) {
            b = new Board(text(meta.title()), text(meta.prompt()), text(meta.templateId()), text(meta.profile()),
                    b.nodes(), b.edges(), text(meta.language()));
        }
        if (p.nodes() != null) {
            Map<String, Node> old = prev.nodesById();
            List<Node> nodes = new ArrayList<>();
            for (int i = 0; i < p.nodes().size(); i++) {
                String at = path + ".nodes[" + i + "]";
                SessionJson.BoxOrId item = p.nodes().get(i);
                if (item == null) {
                    throw JsonProblem.nullFound(at, "io.kind.object");
                }
                nodes.add(item.box() != null ? BoardReader.node(item.box(), at)
                        : known(old.get(item.id()), at, "rehearsal.file.unknownBox", item.id()));
            }
            b = b.withNodes(nodes);
        }
        if (p.changedNodes() != null) {
            for (int i = 0; i < p.changedNodes().size(); i++) {
                String at = path + ".changedNodes[" + i + "]";
                Node changed = BoardReader.node(p.changedNodes().get(i), at);
                known(b.node(changed.id()).orElse(null), at + ".id", "rehearsal.file.unknownBox", changed.id());
                b = b.replaceNode(changed);
            }
        }
        if (p.changedEdges() != null) {
            for (int i = 0; i < p.changedEdges().size(); i++) {
                String at = path + ".changedEdges[" + i + "]";
                Edge changed = BoardReader.edge(p.changedEdges().get(i), at);
                known(b.edge(changed.id()).orElse(null), at + ".id", "rehearsal.file.unknownArrow", changed.id());
                b = b.replaceEdge(changed);
            }
        }
        if (p.edges() != null) {
            List<Edge> edges = new ArrayList<>();
            for (int i = 0; i < p.edges().size(); i++) {
                String at = path + ".edges[" + i + "]";
                SessionJson.ArrowOrId item = p.edges().get(i);
                if (item == null) {
                    throw JsonProblem.nullFound(at, "io.kind.object");
                }
                edges.add(item.arrow() != null ? BoardReader.edge(item.arrow(), at)
                        : known(prev.edge(item.id()).orElse(null), at, "rehearsal.file.unknownArrow", item.id()));
            }
            b = b.withEdges(edges);
        }
        return b;
    }

    private static <T> T known(T item, String path, String messageKey, String id) throws JsonProblem {
        if (item == null) {
            throw JsonProblem.at(path, Messages.get(messageKey, Excerpt.of(id)));
        }
        return item;
    }

    private static <T> T required(T value, String path) throws JsonProblem {
        if (value == null) {
            throw JsonProblem.at(path, Messages.get("io.problem.missing"));
        }
        return value;
    }

    private static String text(String s) {
        return s == null ? "" : s;
    }
}
