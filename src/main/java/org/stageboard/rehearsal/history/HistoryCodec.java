package org.stageboard.rehearsal.history;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.i18n.Messages;
import org.stageboard.io.Excerpt;

/**
 * The history file's JSON, both ways, with Jackson databind records. Current format (version 2):
 * <pre>{ "format": "stageboard-history", "version": 2, "entries": [ HistoryEntry, ... ] }</pre>
 * Version 1 (the first release of the history, before sessions were scored) listed {@code "sessions"} with times
 * in whole seconds, no category and no levels; it is migrated on read ({@link V1Session#migrate()}) and written
 * back as version 2 on the next record.
 */
final class HistoryCodec {
    static final String FORMAT = "stageboard-history";
    static final int VERSION = 2;

    private static final ObjectMapper JSON = mapper();

    private HistoryCodec() {
    }

    /** The file as read: its entries, oldest first, and the version it was written in. */
    record Decoded(List<HistoryEntry> entries, int version) {
    }

    /** Why the bytes are not a usable history: a reason and, where Jackson knows it, the line and column. */
    static final class Unusable extends Exception {
        private static final long serialVersionUID = 1L;
        private final boolean newer;

        Unusable(String reason, boolean newer) {
            super(reason);
            this.newer = newer;
        }

        /** Written by a newer Stageboard: to be left alone, not set aside as damaged. */
        boolean newer() {
            return newer;
        }
    }

    record V2File(String format, int version, List<HistoryEntry> entries) {
    }

    record V1File(String format, int version, List<V1Session> sessions) {
    }

    /** Version 1 of one session: seconds, no category, no levels, no curveballs. */
    record V1Session(String id, Instant finished, String template, String title, long secondsUsed,
                     long secondsPlanned, Map<String, V1Phase> phases, Map<String, Integer> findings,
                     int followUpsAsked, int followUpsAnswered, String session) {
        HistoryEntry migrate() {
            Map<String, HistoryEntry.PhaseTime> times = new LinkedHashMap<>();
            if (phases != null) {
                phases.forEach((k, v) -> times.put(k, v == null ? new HistoryEntry.PhaseTime(0, 0)
                        : new HistoryEntry.PhaseTime(v.seconds() * 1000, v.budgetSeconds() * 1000)));
            }
            return new HistoryEntry(id, finished, template, "", title, secondsUsed * 1000, secondsPlanned * 1000, times,
                    Map.of(), findings, followUpsAsked, followUpsAnswered, 0, 0, session);
        }
    }

    record V1Phase(long seconds, long budgetSeconds) {
    }

    static Decoded read(byte[] bytes) throws Unusable {
        JsonNode root;
        try {
            root = JSON.readTree(bytes);
        } catch (IOException e) {
            throw located(e);
        }
        if (root == null || !root.isObject() || !FORMAT.equals(root.path("format").asText())) {
            throw new Unusable(Messages.get("progress.store.notHistory"), false);
        }
        JsonNode v = root.path("version");
        if (!v.canConvertToInt()) {
            throw new Unusable(Messages.get("progress.store.badVersion", Excerpt.of(v.toString())), false);
        }
        int version = v.asInt();
        if (version > VERSION) {
            throw new Unusable(Messages.get("progress.store.newer", version, VERSION), true);
        }
        try {
            if (version == 1) {
                V1File f = JSON.readValue(bytes, V1File.class);
                List<HistoryEntry> out = new ArrayList<>();
                for (V1Session s : listOrEmpty(f.sessions())) {
                    out.add(checked(s).migrate());
                }
                return new Decoded(out, 1);
            }
            if (version == VERSION) {
                V2File f = JSON.readValue(bytes, V2File.class);
                List<HistoryEntry> out = new ArrayList<>(listOrEmpty(f.entries()));
                if (out.contains(null)) {
                    throw new Unusable(Messages.get("progress.store.nullEntry"), false);
                }
                return new Decoded(out, VERSION);
            }
        } catch (IOException | RuntimeException e) {
            throw located(e);
        }
        throw new Unusable(Messages.get("progress.store.badVersion", version), false);
    }

    private static V1Session checked(V1Session s) throws Unusable {
        if (s == null || s.id() == null || s.finished() == null) {
            throw new Unusable(Messages.get("progress.store.nullEntry"), false);
        }
        return s;
    }

    private static <T> List<T> listOrEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Writes the current format; entries oldest first. */
    static void write(List<HistoryEntry> entries, OutputStream out) throws IOException {
        JSON.writerWithDefaultPrettyPrinter().writeValue(out, new V2File(FORMAT, VERSION, entries));
    }

    /** One reason with the place Jackson found the problem at ("line 3, column 5"). */
    private static Unusable located(Exception e) {
        String reason = e instanceof JsonProcessingException j ? j.getOriginalMessage() : e.getMessage();
        reason = firstLine(reason == null ? e.getClass().getSimpleName() : reason)
                .replaceAll("\\s*\\(start marker at .*", ""); // Jackson's own "[Source: …]" says nothing here
        reason = Excerpt.of(reason, 160);
        if (e instanceof com.fasterxml.jackson.databind.JsonMappingException m && !m.getPath().isEmpty()) {
            reason = path(m) + ": " + reason; // which field of which entry, not only where in the text
        }
        if (e instanceof JsonProcessingException j && j.getLocation() != null) {
            JsonLocation loc = j.getLocation();
            reason = Messages.get("progress.store.at", reason, loc.getLineNr(), loc.getColumnNr());
        }
        return new Unusable(reason, false);
    }

    /** "entries[3].totalMillis" */
    private static String path(com.fasterxml.jackson.databind.JsonMappingException m) {
        StringBuilder sb = new StringBuilder();
        for (com.fasterxml.jackson.databind.JsonMappingException.Reference r : m.getPath()) {
            if (r.getFieldName() != null) {
                sb.append(sb.length() == 0 ? "" : ".").append(Excerpt.of(r.getFieldName(), 40));
            } else if (r.getIndex() >= 0) {
                sb.append('[').append(r.getIndex()).append(']');
            }
        }
        return sb.toString();
    }

    private static String firstLine(String s) {
        int nl = s.indexOf('\n');
        return nl < 0 ? s : s.substring(0, nl);
    }

    private static ObjectMapper mapper() {
        SimpleModule instants = new SimpleModule("instants");
        instants.addSerializer(Instant.class, new JsonSerializer<>() {
            @Override
            public void serialize(Instant value, JsonGenerator gen, SerializerProvider sp) throws IOException {
                gen.writeString(value.toString());
            }
        });
        instants.addDeserializer(Instant.class, new JsonDeserializer<>() {
            @Override
            public Instant deserialize(JsonParser p, DeserializationContext ctxt) throws IOException {
                String text = p.getValueAsString();
                if (text == null) {
                    return (Instant) ctxt.handleUnexpectedToken(Instant.class, p);
                }
                try {
                    return Instant.parse(text);
                } catch (DateTimeParseException e) {
                    return (Instant) ctxt.handleWeirdStringValue(Instant.class, text, "not an ISO-8601 instant");
                }
            }
        });
        ObjectMapper m = new ObjectMapper().registerModule(instants)
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
                .configure(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES, true)
                .configure(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS, false);
        m.getFactory().disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET); // the atomic writer forces, then closes
        // a title a megabyte long or arrays nested a thousand deep are refused while parsing, not after
        m.getFactory().setStreamReadConstraints(StreamReadConstraints.builder()
                .maxStringLength(100_000).maxNestingDepth(32).build());
        return m;
    }
}
