package org.stageboard.rehearsal;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.annotation.JsonValue;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.deser.std.StdDeserializer;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.stageboard.io.BoardJson;

/**
 * The session log's JSON ({@code <board>.session.json}) as records Jackson binds and writes; {@link SessionLogCodec}
 * checks them and rebuilds the log. The start entry embeds a whole board file ({@link BoardJson.File}); an edit holds a
 * {@link Patch} against the board before it. Unknown fields are skipped while parsing, never buffered.
 */
final class SessionJson {
    private SessionJson() {
    }

    /** Just the format and version: read first, because another version may differ in any other way. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Header(String format, Long version) {
    }

    /** A whole session file: the phase budgets (phase id to milliseconds) and the entries in order. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"format", "version", "plan", "entries"})
    record File(String format, Long version, Map<String, Long> plan, List<Entry> entries) {
    }

    /** One log entry; {@code board} only on the start, {@code patch} only on an edit. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"t", "kind", "text", "answer", "stages", "board", "patch"})
    record Entry(Long t, String kind, String text, String answer, List<String> stages, BoardJson.File board,
            Patch patch) {
    }

    /**
     * What an edit changed. The usual edit (same boxes in the same order) lists only the changed boxes and arrows;
     * otherwise the whole list, each unchanged item as its id alone.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonInclude(JsonInclude.Include.NON_NULL)
    @JsonPropertyOrder({"meta", "changedNodes", "nodes", "changedEdges", "edges"})
    record Patch(Meta meta, List<BoardJson.Box> changedNodes, List<BoxOrId> nodes, List<BoardJson.Arrow> changedEdges,
            List<ArrowOrId> edges) {
    }

    /** The board's own texts, written when any of them changed. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"title", "prompt", "templateId", "profile", "language"})
    record Meta(String title, String prompt, String templateId, String profile, String language) {
    }

    /** An item of a whole box list: an unchanged box as its id, a changed or new one in full. */
    @JsonDeserialize(using = BoxOrIdReader.class)
    record BoxOrId(String id, BoardJson.Box box) {
        @JsonValue
        Object json() {
            return box != null ? box : id;
        }
    }

    /** The same for arrows. */
    @JsonDeserialize(using = ArrowOrIdReader.class)
    record ArrowOrId(String id, BoardJson.Arrow arrow) {
        @JsonValue
        Object json() {
            return arrow != null ? arrow : id;
        }
    }

    static final class BoxOrIdReader extends StdDeserializer<BoxOrId> {
        private static final long serialVersionUID = 1L;

        BoxOrIdReader() {
            super(BoxOrId.class);
        }

        @Override
        public BoxOrId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return new BoxOrId(p.getText(), null);
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return new BoxOrId(null, ctxt.readValue(p, BoardJson.Box.class));
            }
            return (BoxOrId) ctxt.handleUnexpectedToken(BoardJson.Box.class, p);
        }
    }

    static final class ArrowOrIdReader extends StdDeserializer<ArrowOrId> {
        private static final long serialVersionUID = 1L;

        ArrowOrIdReader() {
            super(ArrowOrId.class);
        }

        @Override
        public ArrowOrId deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
            if (p.currentToken() == JsonToken.VALUE_STRING) {
                return new ArrowOrId(p.getText(), null);
            }
            if (p.currentToken() == JsonToken.START_OBJECT) {
                return new ArrowOrId(null, ctxt.readValue(p, BoardJson.Arrow.class));
            }
            return (ArrowOrId) ctxt.handleUnexpectedToken(BoardJson.Arrow.class, p);
        }
    }
}
