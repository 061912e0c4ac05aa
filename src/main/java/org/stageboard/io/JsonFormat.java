package org.stageboard.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.util.DefaultIndenter;
import com.fasterxml.jackson.core.util.DefaultPrettyPrinter;
import com.fasterxml.jackson.core.util.Separators;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectReader;
import com.fasterxml.jackson.databind.ObjectWriter;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.type.LogicalType;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.stageboard.i18n.Messages;

/**
 * How every file format of the app is read and written: JSON bound to records by Jackson databind, strictly (a
 * string is never taken for a number or the reverse), with the parser's limits on nesting, string and number length
 * and document size, and a budget of values per file. Fields the records do not name are skipped without being
 * built. Each format checks the bound records itself (ids, ranges, references) and maps them to its model.
 */
public final class JsonFormat {
    /** Nesting far beyond any format's few levels is refused before it can exhaust the stack or the heap. */
    static final int MAX_DEPTH = 64;
    /** The longest text one field may hold, in characters. */
    static final int MAX_STRING_CHARS = 10_000_000;
    /** Digits in one number: coordinates need a few dozen at most. */
    static final int MAX_NUMBER_CHARS = 100;

    private static final ObjectMapper MAPPER = createMapper();
    private static final ObjectWriter WRITER = MAPPER.writer(prettyPrinter());

    private JsonFormat() {
    }

    private static ObjectMapper createMapper() {
        JsonFactory factory = JsonFactory.builder()
                // NaN and Infinity then parse as numbers, so the user hears "x is not a finite number", not a syntax error
                .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
                .streamReadConstraints(StreamReadConstraints.builder()
                        .maxNestingDepth(MAX_DEPTH)
                        .maxStringLength(MAX_STRING_CHARS)
                        .maxNumberLength(MAX_NUMBER_CHARS)
                        .maxDocumentLength(BoardCodec.MAX_BYTES)
                        .build())
                .build();
        JsonMapper mapper = JsonMapper.builder(factory)
                .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
                .build();
        // a value of the wrong kind is the user's mistake to hear about, not something to guess at
        for (LogicalType type : new LogicalType[] {LogicalType.Textual, LogicalType.Integer, LogicalType.Float,
                LogicalType.Boolean}) {
            mapper.coercionConfigFor(type)
                    .setCoercion(CoercionInputShape.String, type == LogicalType.Textual ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, type == LogicalType.Textual ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Integer, type == LogicalType.Integer || type == LogicalType.Float
                            ? CoercionAction.TryConvert : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, type == LogicalType.Float ? CoercionAction.TryConvert
                            : CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, type == LogicalType.Boolean ? CoercionAction.TryConvert
                            : CoercionAction.Fail);
        }
        return mapper;
    }

    /** A parser with the formats' limits, for bytes {@code [offset, offset + length)}. */
    public static JsonParser parser(byte[] json, int offset, int length) throws IOException {
        return MAPPER.getFactory().createParser(json, offset, length);
    }

    /** The same for text. */
    public static JsonParser parser(String json) throws IOException {
        return MAPPER.getFactory().createParser(json);
    }

    /** The bytes as one {@code type}, with at most {@code maxValues} values bound. */
    public static <T> T read(byte[] json, int offset, int length, Class<T> type, int maxValues) throws JsonProblem {
        try {
            return read(parser(json, offset, length), type, maxValues);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /** The text as one {@code type}, with at most {@code maxValues} values bound. */
    public static <T> T read(String json, Class<T> type, int maxValues) throws JsonProblem {
        try {
            return read(parser(json), type, maxValues);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    /**
     * JSON to be bound, perhaps more than once (a format's header first, then the whole file): the bytes of a file
     * or text.
     */
    public static final class Input {
        private final byte[] bytes;
        private final int offset;
        private final int length;
        private final String text;

        private Input(byte[] bytes, int offset, int length, String text) {
            this.bytes = bytes;
            this.offset = offset;
            this.length = length;
            this.text = text;
        }

        public static Input of(byte[] json, int offset, int length) {
            return new Input(json, offset, length, null);
        }

        public static Input of(String json) {
            return new Input(null, 0, 0, json);
        }

        /** The JSON as one {@code type}, with at most {@code maxValues} values bound. */
        public <T> T read(Class<T> type, int maxValues) throws JsonProblem {
            return text != null ? JsonFormat.read(text, type, maxValues)
                    : JsonFormat.read(bytes, offset, length, type, maxValues);
        }
    }

    /** An already parsed tree (a part of a larger file) as one {@code type}; its paths start at the tree. */
    public static <T> T fromTree(JsonNode tree, Class<T> type) throws JsonProblem {
        try {
            return MAPPER.treeToValue(tree, type);
        } catch (JsonProcessingException e) {
            throw JsonProblem.from(e);
        } catch (IllegalArgumentException e) {
            throw JsonProblem.whole(Messages.get("io.problem.notJson", Excerpt.of(String.valueOf(e.getMessage()), 160)));
        }
    }

    /**
     * The bytes as one {@code type}, with at most {@code maxValues} values bound, together with where each value
     * starts and which fields each object holds: for a format that reports what its own checks find at a line and
     * column, and names the fields its records do not.
     */
    public static <T> JsonLocated<T> readLocated(byte[] json, Class<T> type, int maxValues) throws JsonProblem {
        JsonPositions positions = new JsonPositions();
        try {
            JsonParser p = positions.new Recorder(new JsonValueBudget(parser(json, 0, json.length), maxValues));
            return new JsonLocated<>(read(p, MAPPER.readerFor(type)), positions);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private static <T> T read(JsonParser raw, Class<T> type, int maxValues) throws JsonProblem {
        return read(new JsonValueBudget(raw, maxValues), MAPPER.readerFor(type));
    }

    private static <T> T read(JsonParser parser, ObjectReader reader) throws JsonProblem {
        try (JsonParser p = parser) {
            if (p.nextToken() == null) {
                throw JsonProblem.whole(Messages.get("io.problem.empty"));
            }
            T value = reader.readValue(p);
            if (value == null) {
                throw JsonProblem.whole(Messages.get("io.problem.notObject", Messages.get("io.kind.null")));
            }
            if (p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the end of the JSON value");
            }
            return value;
        } catch (JsonProcessingException e) {
            throw JsonProblem.from(e);
        } catch (IOException e) {
            throw cannotRead(e);
        }
    }

    private static JsonProblem cannotRead(IOException e) {
        return JsonProblem.whole(Messages.get("io.problem.cannotRead", IoProblems.describe(e)));
    }

    /**
     * {@code value} as pretty-printed JSON in its records' field order, ending in a newline: two-space indents,
     * "\n" on every platform, lone surrogates escaped so text survives UTF-8.
     */
    public static String write(Object value) {
        try {
            return JsonText.escapeLoneSurrogates(WRITER.writeValueAsString(value)) + "\n";
        } catch (JsonProcessingException e) {
            throw new UncheckedIOException(e); // records of plain values always serialise
        }
    }

    private static DefaultPrettyPrinter prettyPrinter() {
        // "\n" on every platform so a file saved on Windows diffs cleanly against one saved on Linux
        DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
        return new DefaultPrettyPrinter()
                .withSeparators(Separators.createDefaultInstance()
                        .withObjectFieldValueSpacing(Separators.Spacing.AFTER))
                .withObjectIndenter(indenter)
                .withArrayIndenter(indenter);
    }
}
