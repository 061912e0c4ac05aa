package org.stageboard.rehearsal.history;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;

/**
 * The history as CSV (RFC 4180: comma-separated, CRLF line ends, a field with a comma, quote or line break in double
 * quotes with its quotes doubled), one row per session, oldest first, in UTF-8 text. Times are in whole seconds; a
 * dimension's column holds its level points 1..4, empty when the session was not scored. A cell that starts like a
 * spreadsheet formula (= + - @) gets a leading apostrophe so opening the file never runs a board title as a formula.
 */
public final class HistoryCsv {
    private HistoryCsv() {
    }

    /** The column names, fixed so scripts can rely on them. */
    public static List<String> header() {
        List<String> h = new ArrayList<>(List.of("id", "finished_at", "template_id", "category", "title",
                "total_seconds", "plan_seconds"));
        for (Phase p : Phase.values()) {
            h.add(p.id() + "_seconds");
            h.add(p.id() + "_budget_seconds");
        }
        for (Dimension d : Dimension.values()) {
            h.add("level_" + d.id());
        }
        h.addAll(List.of("follow_ups_asked", "follow_ups_answered", "curveballs_delivered", "curveballs_answered",
                "findings_total", "findings_by_rule", "session_file"));
        return h;
    }

    public static String toCsv(List<HistoryEntry> entries) {
        StringBuilder sb = new StringBuilder();
        try {
            write(entries, sb);
        } catch (IOException e) {
            throw new IllegalStateException(e); // a StringBuilder never fails
        }
        return sb.toString();
    }

    public static void write(List<HistoryEntry> entries, Appendable out) throws IOException {
        row(header(), out);
        for (HistoryEntry e : entries) {
            row(cells(e), out);
        }
    }

    private static List<String> cells(HistoryEntry e) {
        List<String> c = new ArrayList<>(List.of(e.id(), e.finishedAt().toString(), e.templateId(), e.category(),
                e.title(), seconds(e.totalMillis()), seconds(e.planMillis())));
        for (Phase p : Phase.values()) {
            c.add(seconds(e.phase(p).spentMillis()));
            c.add(seconds(e.phase(p).budgetMillis()));
        }
        for (Dimension d : Dimension.values()) {
            Level l = e.level(d);
            c.add(l == null ? "" : String.valueOf(l.points()));
        }
        c.add(String.valueOf(e.followUpsAsked()));
        c.add(String.valueOf(e.followUpsAnswered()));
        c.add(String.valueOf(e.curveballsDelivered()));
        c.add(String.valueOf(e.curveballsAnswered()));
        c.add(String.valueOf(e.findingCount()));
        c.add(e.findings().entrySet().stream().sorted(Map.Entry.comparingByKey())
                .map(f -> f.getKey() + "=" + f.getValue()).collect(Collectors.joining(";")));
        c.add(e.sessionFile());
        return c;
    }

    private static String seconds(long millis) {
        return String.valueOf(Math.round(millis / 1000.0));
    }

    private static void row(List<String> cells, Appendable out) throws IOException {
        for (int i = 0; i < cells.size(); i++) {
            if (i > 0) {
                out.append(',');
            }
            out.append(field(cells.get(i)));
        }
        out.append("\r\n");
    }

    /** One field, quoted when RFC 4180 needs it. */
    static String field(String value) {
        String v = value == null ? "" : value;
        if (!v.isEmpty() && "=+-@".indexOf(v.charAt(0)) >= 0 && !isNumber(v)) {
            v = "'" + v;
        }
        boolean quote = v.indexOf(',') >= 0 || v.indexOf('"') >= 0 || v.indexOf('\n') >= 0 || v.indexOf('\r') >= 0;
        return quote ? '"' + v.replace("\"", "\"\"") + '"' : v;
    }

    private static boolean isNumber(String v) {
        return v.matches("[-+]?\\d+(\\.\\d+)?");
    }
}
