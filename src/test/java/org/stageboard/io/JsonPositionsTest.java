package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonPositionsTest {
    record Inner(String a, List<String> words) {
    }

    record Outer(String x, Inner in, List<Inner> list) {
    }

    private static final String JSON = """
            {
              "x": "1",
              "y": [1, 2],
              "in": { "a": "s",
                      "words": ["one", "two"],
                      "b": { "c": 1 } },
              "list": [ { "a": "t" } ]
            }
            """;

    private static JsonLocated<Outer> read() throws JsonProblem {
        return JsonFormat.readLocated(JSON.getBytes(StandardCharsets.UTF_8), Outer.class, 1000);
    }

    @Test
    void bindsTheRecordsAndNotesWhereEachValueStarts() throws JsonProblem {
        JsonLocated<Outer> r = read();
        assertEquals(new Outer("1", new Inner("s", List.of("one", "two")), List.of(new Inner("t", null))), r.value());
        JsonPositions at = r.positions();
        assertEquals(List.of(2, 8), List.of(at.line("/x"), at.column("/x")));
        // list elements read through Jackson's nextTextValue shortcut are located too
        assertEquals(List.of(5, 28), List.of(at.line("/in/words/1"), at.column("/in/words/1")));
        assertEquals(List.of(7, 20), List.of(at.line("/list/0/a"), at.column("/list/0/a")));
        // a value not in the file is placed at the nearest enclosing one
        assertEquals(List.of(7, 13), List.of(at.line("/list/0/words"), at.column("/list/0/words")));
        assertEquals(List.of(1, 1), List.of(at.line("/nothing"), at.column("/nothing")));
    }

    @Test
    void namesEveryFieldOfEachObjectIncludingTheOnesNoRecordNames() throws JsonProblem {
        JsonPositions at = read().positions();
        assertEquals(List.of("x", "y", "in", "list"), at.fields(""));
        assertEquals(List.of("a", "words", "b"), at.fields("/in"));
        assertEquals(List.of("a"), at.fields("/list/0"));
        assertEquals(List.of(), at.fields("/x"));
    }

    @Test
    void aValueOfTheWrongKindIsTheSameProblemAsForEveryFormat() {
        JsonProblem p = assertThrows(JsonProblem.class, () -> JsonFormat.readLocated(
                "{\n \"in\": { \"a\": 7 } }".getBytes(StandardCharsets.UTF_8), Outer.class, 1000));
        assertEquals("in.a", p.path());
        assertEquals(List.of(2, 15), List.of(p.line(), p.column()));
    }

    @Test
    void readablePaths() {
        assertEquals("stages.data.tradeoffs[0]", JsonPositions.readable("/stages/data/tradeoffs/0"));
        assertEquals("", JsonPositions.readable(""));
        assertEquals("a/b", JsonPositions.readable("/a~1b"));
    }
}
