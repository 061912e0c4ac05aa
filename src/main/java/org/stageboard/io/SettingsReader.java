package org.stageboard.io;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import java.io.IOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads the settings file into the {@link Settings.File} record that Jackson databind writes, with Jackson's
 * streaming parser alone: the window reads its settings before its first frame, and databind is hundreds of
 * classes more than a three-field record needs. It accepts and refuses what {@link JsonFormat}'s strict binding
 * does (a value of the wrong kind, a duplicate key, content after the object, too many values: all refused), which
 * {@code SettingsReaderTest} checks against databind on the same inputs.
 */
final class SettingsReader {
    private static final JsonFactory FACTORY = JsonFactory.builder()
            .enable(JsonReadFeature.ALLOW_NON_NUMERIC_NUMBERS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(JsonFormat.MAX_DEPTH)
                    .maxStringLength(JsonFormat.MAX_STRING_CHARS)
                    .maxNumberLength(JsonFormat.MAX_NUMBER_CHARS)
                    .build())
            .build();

    private SettingsReader() {
    }

    /** The file's record; an {@link IOException} when it is not one (the caller falls back to defaults). */
    static Settings.File read(byte[] json, int maxValues) throws IOException {
        try (JsonParser p = new JsonValueBudget(FACTORY.createParser(json), maxValues)) {
            if (p.nextToken() != JsonToken.START_OBJECT) {
                throw new JsonParseException(p, "not an object");
            }
            Integer version = null;
            List<String> recent = null;
            Map<String, Object> preferences = null;
            while (p.nextToken() == JsonToken.FIELD_NAME) {
                String name = p.currentName();
                JsonToken value = p.nextToken();
                switch (name) {
                    case "version" -> version = value == JsonToken.VALUE_NULL ? null : integer(p, value);
                    case "recentFiles" -> recent = value == JsonToken.VALUE_NULL ? null : strings(p, value);
                    case "preferences" -> preferences = value == JsonToken.VALUE_NULL ? null : scalars(p, value);
                    default -> p.skipChildren(); // a key of a later version, skipped as databind does
                }
            }
            if (p.currentToken() != JsonToken.END_OBJECT || p.nextToken() != null) {
                throw new JsonParseException(p, "unexpected content after the end of the JSON value");
            }
            return new Settings.File(version, recent, preferences);
        }
    }

    private static Integer integer(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.VALUE_NUMBER_INT) {
            throw new JsonParseException(p, "not a whole number");
        }
        return p.getIntValue(); // out of range: Jackson's own coercion error
    }

    private static List<String> strings(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_ARRAY) {
            throw new JsonParseException(p, "not a list");
        }
        List<String> out = new ArrayList<>();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
            if (e == JsonToken.VALUE_STRING) {
                out.add(p.getText());
            } else if (e == JsonToken.VALUE_NULL) {
                out.add(null);
            } else {
                throw new JsonParseException(p, "not text");
            }
        }
        return out;
    }

    /** Past the list or object that starts here, token by token, so the value budget sees each of its values. */
    private static void skipCounted(JsonParser p) throws IOException {
        for (int depth = 1; depth > 0; ) {
            JsonToken t = p.nextToken();
            if (t == null) {
                throw new JsonParseException(p, "unexpected end");
            }
            depth += t.isStructStart() ? 1 : t.isStructEnd() ? -1 : 0;
        }
    }

    /** Text, true/false and numbers as databind binds them to Object; a list or object is kept out (dropped). */
    private static Map<String, Object> scalars(JsonParser p, JsonToken t) throws IOException {
        if (t != JsonToken.START_OBJECT) {
            throw new JsonParseException(p, "not an object");
        }
        Map<String, Object> out = new LinkedHashMap<>();
        while (p.nextToken() == JsonToken.FIELD_NAME) {
            String key = p.currentName();
            JsonToken v = p.nextToken();
            switch (v) {
                case VALUE_STRING -> out.put(key, p.getText());
                case VALUE_TRUE, VALUE_FALSE -> out.put(key, p.getBooleanValue());
                case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> out.put(key, p.getNumberValue());
                case VALUE_NULL -> out.put(key, null);
                default -> {
                    // a list or object: no preference of this version; its values count, as databind binds them
                    skipCounted(p);
                    out.put(key, List.of());
                }
            }
        }
        return out;
    }
}
