package org.stageboard.rehearsal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.stageboard.rehearsal.score.Dimension;

class HistoryCsvTest {
    @Test
    void fieldsAreQuotedOnlyWhereRfc4180NeedsIt() {
        assertEquals("plain", HistoryCsv.field("plain"));
        assertEquals("\"a,b\"", HistoryCsv.field("a,b"));
        assertEquals("\"say \"\"hi\"\"\"", HistoryCsv.field("say \"hi\""));
        assertEquals("\"two\nlines\"", HistoryCsv.field("two\nlines"));
        assertEquals("\"cr\rhere\"", HistoryCsv.field("cr\rhere"));
        assertEquals("", HistoryCsv.field(null));
        assertEquals("推荐系统 Рекомендации", HistoryCsv.field("推荐系统 Рекомендации"));
        assertEquals("'=HYPERLINK(1)", HistoryCsv.field("=HYPERLINK(1)"), "never a formula in a spreadsheet");
        assertEquals("-3", HistoryCsv.field("-3"), "negative numbers stay numbers");
    }

    @Test
    void oneRowPerSessionWithTheHeaderAndCrlf() {
        HistoryEntry scored = HistoryFixtures.entry("s1", "2026-11-01T10:00:00Z", "ads-ctr", "ads",
                HistoryFixtures.levels(3, Dimension.TIME, 1), Map.of("no-baseline", 1, "missing-stage", 2), 1.0);
        HistoryEntry tricky = new HistoryEntry("s2", Instant.parse("2026-11-02T10:00:00Z"), "", "",
                "Поиск, \"быстрый\"\n推荐", 61_400, 2_700_000, Map.of(), Map.of(), Map.of(), 0, 0, 0, 0, "");
        String csv = HistoryCsv.toCsv(List.of(scored, tricky));
        assertTrue(csv.endsWith("\r\n"));
        List<List<String>> rows = parse(csv);
        assertEquals(3, rows.size());
        List<String> header = rows.get(0);
        assertEquals(HistoryCsv.header(), header);
        for (List<String> r : rows) {
            assertEquals(header.size(), r.size(), r.toString());
        }
        List<String> s1 = rows.get(1);
        assertEquals("3", s1.get(header.indexOf("level_framing")));
        assertEquals("1", s1.get(header.indexOf("level_time")));
        assertEquals("3", s1.get(header.indexOf("findings_total")));
        assertEquals("missing-stage=2;no-baseline=1", s1.get(header.indexOf("findings_by_rule")));
        assertEquals("300", s1.get(header.indexOf("clarify_budget_seconds")));
        List<String> s2 = rows.get(2);
        assertEquals("Поиск, \"быстрый\"\n推荐", s2.get(header.indexOf("title")), "quotes, commas, newlines, CJK survive");
        assertEquals("61", s2.get(header.indexOf("total_seconds")));
        assertEquals("", s2.get(header.indexOf("level_framing")), "an unscored session has empty levels");
    }

    /** A strict RFC 4180 reader, written for the test, so the writer is checked against the rules, not itself. */
    static List<List<String>> parse(String csv) {
        List<List<String>> rows = new ArrayList<>();
        List<String> row = new ArrayList<>();
        StringBuilder f = new StringBuilder();
        int i = 0;
        boolean quoted = false;
        while (i < csv.length()) {
            char c = csv.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < csv.length() && csv.charAt(i + 1) == '"') {
                    f.append('"');
                    i += 2;
                    continue;
                }
                if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                if (f.length() != 0) {
                    throw new AssertionError("quote inside an unquoted field at " + i);
                }
                quoted = true;
            } else if (c == ',') {
                row.add(f.toString());
                f.setLength(0);
            } else if (c == '\r') {
                if (csv.charAt(i + 1) != '\n') {
                    throw new AssertionError("bare CR at " + i);
                }
                row.add(f.toString());
                f.setLength(0);
                rows.add(row);
                row = new ArrayList<>();
                i++;
            } else if (c == '\n') {
                throw new AssertionError("bare LF outside quotes at " + i);
            } else {
                f.append(c);
            }
            i++;
        }
        return rows;
    }
}
