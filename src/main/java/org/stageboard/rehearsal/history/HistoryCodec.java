package org.stageboard.rehearsal.history;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.i18n.Messages;
import org.stageboard.io.Excerpt;
import org.stageboard.io.JsonFormat;
import org.stageboard.io.JsonLocated;
import org.stageboard.io.JsonPositions;
import org.stageboard.io.JsonProblem;

/**
 * The history file's JSON, both ways, as records bound by {@link JsonFormat}; every problem is a {@link JsonProblem}
 * (path, line and column). Current format (version 2):
 * <pre>{ "format": "stageboard-history", "version": 2, "entries": [ HistoryEntry, ... ] }</pre>
 * Version 1 (the first release of the history, before sessions were scored) listed {@code "sessions"} with times
 * in whole seconds, no category and no levels; it is migrated on read ({@link V1Session#migrate()}) and written
 * back as version 2 on the next record. The header is bound first, so a file of a newer version is left alone
 * however its entries look.
 */
final class HistoryCodec {
    static final String FORMAT = "stageboard-history";
    static final int VERSION = 2;

    /** Values one history may hold: {@link HistoryStore#MAX_BYTES} of JSON has fewer than a quarter as many. */
    private static final int MAX_VALUES = (int) (HistoryStore.MAX_BYTES / 4);

    private HistoryCodec() {
    }

    /** The file as read: its entries, oldest first, and the version it was written in. */
    record Decoded(List<HistoryEntry> entries, int version) {
    }

    /** Why the bytes are not a usable history: a reason and, where the parser knew it, the line and column. */
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

    /** What every version has: the format name and version, bound as they come so any value can be named. */
    record Header(JsonNode format, JsonNode version) {
    }

    record V2File(String format, int version, List<EntryJson> entries) {
    }

    /** One {@link HistoryEntry} as the file holds it: the time as ISO-8601 text, checked after binding. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record EntryJson(String id, String finishedAt, String templateId, String category, String title,
                     long totalMillis, long planMillis, Map<String, HistoryEntry.PhaseTime> phases,
                     Map<String, Integer> levels, Map<String, Integer> findings,
                     int followUpsAsked, int followUpsAnswered,
                     int curveballsDelivered, int curveballsAnswered, String sessionFile) {
        static EntryJson of(HistoryEntry e) {
            return new EntryJson(e.id(), e.finishedAt().toString(), e.templateId(), e.category(), e.title(),
                    e.totalMillis(), e.planMillis(), e.phases(), e.levels(), e.findings(), e.followUpsAsked(),
                    e.followUpsAnswered(), e.curveballsDelivered(), e.curveballsAnswered(), e.sessionFile());
        }

        HistoryEntry entry(Instant finished) {
            return new HistoryEntry(id, finished, templateId, category, title, totalMillis, planMillis, phases,
                    levels, findings, followUpsAsked, followUpsAnswered, curveballsDelivered, curveballsAnswered,
                    sessionFile);
        }
    }

    record V1File(String format, int version, List<V1Session> sessions) {
    }

    /** Version 1 of one session: seconds, no category, no levels, no curveballs. */
    record V1Session(String id, String finished, String template, String title, long secondsUsed,
                     long secondsPlanned, Map<String, V1Phase> phases, Map<String, Integer> findings,
                     int followUpsAsked, int followUpsAnswered, String session) {
        HistoryEntry migrate(Instant finishedAt) {
            Map<String, HistoryEntry.PhaseTime> times = new LinkedHashMap<>();
            if (phases != null) {
                phases.forEach((k, v) -> times.put(k, v == null ? new HistoryEntry.PhaseTime(0, 0)
                        : new HistoryEntry.PhaseTime(v.seconds() * 1000, v.budgetSeconds() * 1000)));
            }
            return new HistoryEntry(id, finishedAt, template, "", title, secondsUsed * 1000, secondsPlanned * 1000,
                    times, Map.of(), findings, followUpsAsked, followUpsAnswered, 0, 0, session);
        }
    }

    record V1Phase(long seconds, long budgetSeconds) {
    }

    static Decoded read(byte[] bytes) throws Unusable {
        Header header;
        try {
            header = JsonFormat.read(bytes, 0, bytes.length, Header.class, MAX_VALUES);
        } catch (JsonProblem e) {
            throw unusable(e);
        }
        JsonNode format = header.format();
        if (format == null || !format.isTextual() || !FORMAT.equals(format.textValue())) {
            throw new Unusable(Messages.get("progress.store.notHistory"), false);
        }
        JsonNode v = header.version();
        if (v == null || !v.canConvertToInt()) {
            throw new Unusable(Messages.get("progress.store.badVersion",
                    Excerpt.of(v == null ? "null" : v.toString())), false);
        }
        int version = v.asInt();
        if (version > VERSION) {
            throw new Unusable(Messages.get("progress.store.newer", version, VERSION), true);
        }
        try {
            if (version == 1) {
                JsonLocated<V1File> f = JsonFormat.readLocated(bytes, V1File.class, MAX_VALUES);
                List<HistoryEntry> out = new ArrayList<>();
                List<V1Session> sessions = listOrEmpty(f.value().sessions());
                for (int i = 0; i < sessions.size(); i++) {
                    V1Session s = sessions.get(i);
                    if (s == null || s.id() == null || s.finished() == null) {
                        throw new Unusable(Messages.get("progress.store.nullEntry"), false);
                    }
                    out.add(s.migrate(instant(s.finished(), "/sessions/" + i + "/finished", f.positions())));
                }
                return new Decoded(out, 1);
            }
            if (version == VERSION) {
                JsonLocated<V2File> f = JsonFormat.readLocated(bytes, V2File.class, MAX_VALUES);
                List<EntryJson> entries = listOrEmpty(f.value().entries());
                List<HistoryEntry> out = new ArrayList<>();
                for (int i = 0; i < entries.size(); i++) {
                    EntryJson e = entries.get(i);
                    if (e == null) {
                        throw new Unusable(Messages.get("progress.store.nullEntry"), false);
                    }
                    String at = "/entries/" + i;
                    if (e.id() == null) {
                        throw located(at, "id", Messages.get("io.problem.missing"), f.positions());
                    }
                    if (e.finishedAt() == null) {
                        throw located(at, "finishedAt", Messages.get("io.problem.missing"), f.positions());
                    }
                    out.add(e.entry(instant(e.finishedAt(), at + "/finishedAt", f.positions())));
                }
                return new Decoded(out, VERSION);
            }
        } catch (JsonProblem e) {
            throw unusable(e);
        }
        throw new Unusable(Messages.get("progress.store.badVersion", version), false);
    }

    /** The time at {@code pointer}, or why it is not one, at its place in the file. */
    private static Instant instant(String text, String pointer, JsonPositions positions) throws Unusable {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            int slash = pointer.lastIndexOf('/');
            throw located(pointer.substring(0, slash), pointer.substring(slash + 1),
                    Messages.get("progress.store.badTime", Excerpt.of(text, 40)), positions);
        }
    }

    /**
     * A problem the checks after binding found with field {@code field} of the object at {@code pointer}, placed at
     * the field's value when the file has it, else at the object.
     */
    private static Unusable located(String pointer, String field, String problem, JsonPositions positions) {
        String at = pointer + "/" + field; // the positions fall back to the enclosing object when the field is absent
        return reason(JsonPositions.readable(at), problem, positions.line(at), positions.column(at));
    }

    private static Unusable unusable(JsonProblem e) {
        return reason(e.path(), e.problem(), e.line(), e.column());
    }

    /** "entries[3].totalMillis: expected a whole number, found a string ("lots") (line 3, column 18)" */
    private static Unusable reason(String path, String problem, int line, int column) {
        String reason = path.isEmpty() ? problem : Excerpt.of(path, 80) + ": " + problem;
        return new Unusable(line > 0 ? Messages.get("progress.store.at", reason, line, column) : reason, false);
    }

    private static <T> List<T> listOrEmpty(List<T> l) {
        return l == null ? List.of() : l;
    }

    /** Writes the current format; entries oldest first. */
    static void write(List<HistoryEntry> entries, OutputStream out) throws IOException {
        List<EntryJson> json = entries.stream().map(EntryJson::of).toList();
        out.write(JsonFormat.write(new V2File(FORMAT, VERSION, json)).getBytes(StandardCharsets.UTF_8));
    }
}
