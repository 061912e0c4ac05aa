package org.stageboard.template;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;
import java.util.HashMap;
import java.util.Map;

/**
 * Where each value of a JSON document starts (line:column), keyed by JSON pointer. Jackson's tree model forgets
 * positions, so the loader streams the text once more to be able to say where a problem is.
 */
final class JsonLocations {
    private final Map<String, String> byPointer = new HashMap<>();

    private JsonLocations() {
    }

    /** Reads the positions of a document that is already known to parse. */
    static JsonLocations of(byte[] json) throws IOException {
        JsonLocations l = new JsonLocations();
        try (JsonParser p = new JsonFactory().createParser(json)) {
            JsonToken t;
            while ((t = p.nextToken()) != null) {
                // At a value or the start of a container the context's pointer is that value's own pointer.
                if (t != JsonToken.FIELD_NAME && t != JsonToken.END_OBJECT && t != JsonToken.END_ARRAY) {
                    JsonLocation at = p.currentTokenLocation();
                    l.byPointer.putIfAbsent(p.getParsingContext().pathAsPointer().toString(),
                            at.getLineNr() + ":" + at.getColumnNr());
                }
            }
        }
        return l;
    }

    /** The "line:col" of the value at {@code pointer}, or of its nearest enclosing value that exists. */
    String at(String pointer) {
        String p = pointer;
        while (true) {
            String found = byPointer.get(p);
            if (found != null || p.isEmpty()) {
                return found == null ? "1:1" : found;
            }
            p = p.substring(0, p.lastIndexOf('/'));
        }
    }

    /** A JSON pointer ("/stages/data/tradeoffs/0") as a readable path ("stages.data.tradeoffs[0]"). */
    static String readable(String pointer) {
        if (pointer.isEmpty()) {
            return "the top level";
        }
        StringBuilder sb = new StringBuilder();
        for (String part : pointer.substring(1).split("/", -1)) {
            if (part.chars().allMatch(Character::isDigit) && !part.isEmpty()) {
                sb.append('[').append(part).append(']');
            } else {
                sb.append(sb.length() == 0 ? "" : ".").append(part.replace("~1", "/").replace("~0", "~"));
            }
        }
        return sb.toString();
    }
}
