package org.stageboard.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;

/**
 * The one definition of how boards, boxes and arrows look as JSON, for the board file and for anything that
 * embeds them (the rehearsal session log). Reading checks every field, with JSON paths in its messages.
 */
public final class BoardTree {
    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;

    private BoardTree() {
    }

    /** A whole board, as a board file holds it (format, version, then the board), fields in a fixed order. */
    public static ObjectNode toTree(Board b) {
        ObjectNode j = JSON.objectNode();
        j.put("format", BoardCodec.FORMAT);
        j.put("version", BoardCodec.FORMAT_VERSION);
        j.put("title", b.title());
        putOptional(j, "prompt", b.prompt());
        putOptional(j, "templateId", b.templateId());
        putOptional(j, "profile", b.profile());
        putOptional(j, "language", b.language());
        ArrayNode nodes = j.putArray("nodes");
        b.nodes().forEach(n -> nodes.add(toTree(n)));
        ArrayNode edges = j.putArray("edges");
        b.edges().forEach(e -> edges.add(toTree(e)));
        return j;
    }

    public static ObjectNode toTree(Node n) {
        ObjectNode j = JSON.objectNode();
        j.put("id", n.id());
        j.put("stage", n.stage().id());
        j.put("title", n.title());
        j.put("text", n.text());
        putOptional(j, "hint", n.hint());
        ArrayNode tradeoffs = j.putArray("tradeoffs");
        for (TradeOff t : n.tradeoffs()) {
            ObjectNode tj = tradeoffs.addObject();
            tj.put("choice", t.choice());
            ArrayNode over = tj.putArray("over");
            t.over().forEach(over::add);
            tj.put("because", t.because());
        }
        putNumber(j, "x", n.x());
        putNumber(j, "y", n.y());
        putNumber(j, "width", n.width());
        putNumber(j, "height", n.height());
        return j;
    }

    public static ObjectNode toTree(Edge e) {
        ObjectNode j = JSON.objectNode();
        j.put("id", e.id());
        j.put("from", e.from());
        j.put("to", e.to());
        putOptional(j, "label", e.label());
        return j;
    }

    /** A whole board from its tree; {@code source} names where it came from in error messages. */
    public static Board board(JsonNode tree, String source) throws BoardFileException {
        try {
            BoardReader.checkHeader(JsonFormat.fromTree(tree, BoardJson.Header.class));
            return BoardReader.board(JsonFormat.fromTree(tree, BoardJson.File.class));
        } catch (JsonProblem p) {
            throw new BoardFileException(p.message(source), p);
        } catch (BoardReader.NewerVersion n) {
            throw new BoardFileException(Messages.get("io.error.where", source, "version", Messages.get(
                    "io.problem.newerVersion", String.valueOf(n.version), String.valueOf(BoardCodec.FORMAT_VERSION))));
        }
    }

    /** One box, e.g. {@code path} "entries[3].patch.nodes[0]". */
    public static Node node(JsonNode tree, String source, String path) throws BoardFileException {
        try {
            return BoardReader.node(bind(tree, BoardJson.Box.class, source, path), path);
        } catch (JsonProblem p) {
            throw new BoardFileException(p.message(source), p);
        }
    }

    /** One arrow; the caller checks that its ends exist. */
    public static Edge edge(JsonNode tree, String source, String path) throws BoardFileException {
        try {
            return BoardReader.edge(bind(tree, BoardJson.Arrow.class, source, path), path);
        } catch (JsonProblem p) {
            throw new BoardFileException(p.message(source), p);
        }
    }

    private static <T> T bind(JsonNode tree, Class<T> type, String source, String path) throws BoardFileException {
        try {
            return JsonFormat.fromTree(tree, type);
        } catch (JsonProblem p) {
            throw new BoardFileException(p.under(path).message(source), p);
        }
    }

    private static void putOptional(ObjectNode j, String field, String value) {
        if (!value.isEmpty()) {
            j.put(field, value);
        }
    }

    /** Whole numbers without ".0" (boxes mostly sit on a grid); -0.0 keeps its sign so a round trip is exact. */
    private static void putNumber(ObjectNode j, String field, double v) {
        boolean negativeZero = v == 0 && Double.doubleToRawLongBits(v) != 0;
        if (v == Math.rint(v) && Math.abs(v) < 1e15 && !negativeZero) {
            j.put(field, (long) v);
        } else {
            j.put(field, v);
        }
    }
}
