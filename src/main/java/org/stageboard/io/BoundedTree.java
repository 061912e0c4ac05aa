package org.stageboard.io;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.io.JsonEOFException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.MissingNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.Set;

/**
 * Builds a JSON tree from a streaming parser, keeping only the fields a format knows and counting what it
 * builds: an unknown field is skipped token by token and never becomes a tree, and more than {@code maxValues}
 * values is refused. With the parser's own limits (nesting, string and number length) and a size limit on the
 * file, memory stays bounded whatever the file holds: a 49 MB list of empty objects under an unknown key costs
 * nothing, one under a known key is refused after {@code maxValues}.
 */
public final class BoundedTree {
    private final JsonParser parser;
    private final Set<String> knownFields;
    private final int maxValues;
    private int values;

    /** Too many values for the format; a parse error, so it carries the place in the file. */
    public static final class TooManyValues extends JsonParseException {
        private static final long serialVersionUID = 1L;
        private final int limit;

        TooManyValues(JsonParser p, int limit) {
            super(p, "more than " + limit + " values");
            this.limit = limit;
        }

        public int limit() {
            return limit;
        }
    }

    private BoundedTree(JsonParser parser, Set<String> knownFields, int maxValues) {
        this.parser = parser;
        this.knownFields = knownFields;
        this.maxValues = maxValues;
    }

    /**
     * The single JSON value in {@code parser} (a {@link MissingNode} for empty input), with fields outside
     * {@code knownFields} dropped at every level; anything after the value is an error.
     */
    public static JsonNode read(JsonParser parser, Set<String> knownFields, int maxValues) throws IOException {
        BoundedTree t = new BoundedTree(parser, knownFields, maxValues);
        JsonToken first = parser.nextToken();
        if (first == null) {
            return MissingNode.getInstance();
        }
        JsonNode root = t.value(first);
        if (parser.nextToken() != null) {
            throw new JsonParseException(parser, "unexpected content after the end of the JSON value");
        }
        return root;
    }

    private JsonNode value(JsonToken token) throws IOException {
        if (token == null) {
            throw new JsonEOFException(parser, null, "unexpected end of input");
        }
        if (++values > maxValues) {
            throw new TooManyValues(parser, maxValues);
        }
        JsonNodeFactory f = JsonNodeFactory.instance;
        switch (token) {
            case START_OBJECT:
                return object();
            case START_ARRAY:
                ArrayNode a = f.arrayNode();
                for (JsonToken t = parser.nextToken(); t != JsonToken.END_ARRAY; t = parser.nextToken()) {
                    a.add(value(t));
                }
                return a;
            case VALUE_STRING:
                return f.textNode(parser.getText());
            case VALUE_NUMBER_INT:
                return switch (parser.getNumberType()) {
                    case INT -> f.numberNode(parser.getIntValue());
                    case LONG -> f.numberNode(parser.getLongValue());
                    default -> f.numberNode(parser.getBigIntegerValue());
                };
            case VALUE_NUMBER_FLOAT:
                return f.numberNode(parser.getDoubleValue());
            case VALUE_TRUE:
                return f.booleanNode(true);
            case VALUE_FALSE:
                return f.booleanNode(false);
            case VALUE_NULL:
                return f.nullNode();
            default:
                throw new JsonParseException(parser, "unexpected " + token);
        }
    }

    private ObjectNode object() throws IOException {
        ObjectNode o = JsonNodeFactory.instance.objectNode();
        for (JsonToken t = parser.nextToken(); t == JsonToken.FIELD_NAME; t = parser.nextToken()) {
            String name = parser.currentName();
            JsonToken v = parser.nextToken();
            if (knownFields.contains(name)) {
                o.set(name, value(v));
            } else if (v == null) {
                throw new JsonEOFException(parser, null, "unexpected end of input");
            } else {
                parser.skipChildren(); // an unknown field costs parsing time, never memory
            }
        }
        if (parser.currentToken() != JsonToken.END_OBJECT) {
            throw new JsonEOFException(parser, null, "unexpected end of input");
        }
        return o;
    }
}
