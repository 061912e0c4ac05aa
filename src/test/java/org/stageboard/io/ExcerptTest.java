package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ExcerptTest {
    @Test
    void shortPlainValuesAreUnchanged() {
        assertEquals("serving", Excerpt.of("serving"));
        assertEquals("数据", Excerpt.of("数据"));
    }

    @Test
    void longValuesAreCutAndSayHowLongTheyWere() {
        String e = Excerpt.of("x".repeat(1_000_000));
        assertEquals("x".repeat(60) + "\u2026 (1000000 chars)", e);
    }

    @Test
    void separatorsControlsBidiAndLoneSurrogatesAreEscaped() {
        assertEquals("a\\u2028b\\u2029c\\u000Ad\\u202Ee\\uD800", Excerpt.of("a\u2028b\u2029c\nd\u202Ee\uD800"));
        assertEquals("😀", Excerpt.of("😀"), "a proper pair is kept");
    }

    @Test
    void aLineIsOneBoundedLine() {
        String line = Excerpt.line("first\nsecond\u2028third " + "y".repeat(5000));
        assertTrue(line.startsWith("first second third y"), line);
        assertTrue(line.length() <= Excerpt.MAX_LINE_CHARS, "length " + line.length());
        assertTrue(line.endsWith("\u2026"));
        assertEquals("short", Excerpt.line("short"));
    }
}
