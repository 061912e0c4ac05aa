package org.stageboard.io;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonStreamContext;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.SerializableString;
import com.fasterxml.jackson.core.util.JsonParserDelegate;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Where each value of a JSON document starts (line and column), keyed by JSON pointer ({@code /stages/data/answer/0}),
 * recorded while the document is bound to records: records forget positions, and a format that checks its records
 * after binding still wants to say where in the file a problem is, and to name fields its records do not know.
 */
public final class JsonPositions {
    private final Map<String, int[]> byPointer = new HashMap<>();
    private final Map<String, List<String>> fieldsByObject = new HashMap<>();

    JsonPositions() {
    }

    /** The line of the value at {@code pointer}, or of its nearest enclosing value that was read; 1 when none. */
    public int line(String pointer) {
        return find(pointer)[0];
    }

    /** The column of the same value as {@link #line(String)}. */
    public int column(String pointer) {
        return find(pointer)[1];
    }

    /**
     * The names of the fields the object at {@code pointer} holds in the file, in file order, whether a record named
     * them or not; none when there is no object there.
     */
    public List<String> fields(String pointer) {
        return List.copyOf(fieldsByObject.getOrDefault(pointer, List.of()));
    }

    private int[] find(String pointer) {
        String p = pointer;
        while (true) {
            int[] found = byPointer.get(p);
            if (found != null || p.isEmpty()) {
                return found == null ? new int[] {1, 1} : found;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A JSON pointer ("/stages/data/tradeoffs/0") as the path problems name ("stages.data.tradeoffs[0]"). */
    public static String readable(String pointer) {
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/", -1)) {
            if (!part.isEmpty() && part.chars().allMatch(Character::isDigit)) {
                sb.append('[').append(part).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }

    /**
     * A parser that notes each value's start as binding reads it. Jackson's shortcuts ({@code nextFieldName},
     * {@code nextTextValue}...) would step past {@link #nextToken()}, so they are routed through it.
     */
    final class Recorder extends JsonParserDelegate {
        Recorder(JsonParser parser) {
            super(parser);
        }

        @Override
        public JsonToken nextToken() throws IOException {
            JsonToken t = delegate.nextToken();
            if (t == JsonToken.FIELD_NAME) {
                JsonStreamContext object = delegate.getParsingContext();
                String at = object.getParent() == null ? "" : object.getParent().pathAsPointer().toString();
                fieldsByObject.computeIfAbsent(at, k -> new ArrayList<>()).add(delegate.currentName());
            }
            if (t != null && t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                // at a value or the start of a container, the context's pointer is that value's own pointer
                JsonLocation at = delegate.currentTokenLocation();
                byPointer.putIfAbsent(delegate.getParsingContext().pathAsPointer().toString(),
                        new int[] {at.getLineNr(), at.getColumnNr()});
            }
            return t;
        }

        @Override
        public JsonToken nextValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.FIELD_NAME ? nextToken() : t;
        }

        @Override
        public String nextFieldName() throws IOException {
            return nextToken() == JsonToken.FIELD_NAME ? currentName() : null;
        }

        @Override
        public boolean nextFieldName(SerializableString name) throws IOException {
            return nextToken() == JsonToken.FIELD_NAME && name.getValue().equals(currentName());
        }

        @Override
        public String nextTextValue() throws IOException {
            return nextToken() == JsonToken.VALUE_STRING ? getText() : null;
        }

        @Override
        public int nextIntValue(int defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getIntValue() : defaultValue;
        }

        @Override
        public long nextLongValue(long defaultValue) throws IOException {
            return nextToken() == JsonToken.VALUE_NUMBER_INT ? getLongValue() : defaultValue;
        }

        @Override
        public Boolean nextBooleanValue() throws IOException {
            JsonToken t = nextToken();
            return t == JsonToken.VALUE_TRUE ? Boolean.TRUE : t == JsonToken.VALUE_FALSE ? Boolean.FALSE : null;
        }
    }
}
