package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The settings file is read with Jackson's streaming parser before the window's first frame; it must take and
 * refuse exactly what the strict databind binding of the same record does. Each input is read both ways.
 */
class SettingsReaderTest {
    private static final int MAX_VALUES = 50;

    @ParameterizedTest
    @ValueSource(strings = {
        "{\"version\":1,\"recentFiles\":[\"/a/b.stageboard\",\"c.stageboard\"],\"preferences\":{\"snapToGrid\":false,"
                + "\"exportScale\":1.5,\"theme\":\"dark\",\"window.width\":1200,\"big\":12345678901234}}",
        "{}",
        "{\"version\":null,\"recentFiles\":null,\"preferences\":null}",
        "{\"recentFiles\":[null,\"x\"],\"later\":{\"nested\":[1,2,{\"a\":\"b\"}]},\"version\":2}",
        "{\"preferences\":{\"list\":[1,2],\"object\":{\"a\":1},\"nothing\":null,\"nan\":NaN,\"neg\":-0.0}}",
        "{\"preferences\":{\"unicode\":\"\\u4e2d\\u6587 \\u0440\\u0443\",\"empty\":\"\"}}",
        "  {\"version\":1}  \n",
    })
    void readsWhatDatabindReads(String json) throws Exception {
        Settings.File expected = JsonFormat.read(bytes(json), 0, bytes(json).length, Settings.File.class, MAX_VALUES);
        Settings.File actual = SettingsReader.read(bytes(json), MAX_VALUES);
        assertEquals(expected.version(), actual.version());
        assertEquals(expected.recentFiles(), actual.recentFiles());
        assertEquals(kept(expected.preferences()), kept(actual.preferences()));
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "", "null", "[]", "\"settings\"", "{", "{\"version\":1}{}", "{\"version\":1} x",
        "{\"version\":\"1\"}", "{\"version\":1.0}", "{\"version\":true}", "{\"version\":99999999999}",
        "{\"recentFiles\":\"a\"}", "{\"recentFiles\":[1]}", "{\"recentFiles\":[true]}", "{\"recentFiles\":[[\"a\"]]}",
        "{\"preferences\":[]}", "{\"preferences\":\"x\"}", "{\"preferences\":{\"a\":1,\"a\":2}}",
        "{\"version\":1,\"version\":1}",
        "{\"recentFiles\":[\"1\",\"2\",\"3\",\"4\",\"5\",\"6\",\"7\",\"8\",\"9\",\"10\",\"11\",\"12\",\"13\",\"14\",\"15\","
                + "\"16\",\"17\",\"18\",\"19\",\"20\",\"21\",\"22\",\"23\",\"24\",\"25\",\"26\",\"27\",\"28\",\"29\","
                + "\"30\",\"31\",\"32\",\"33\",\"34\",\"35\",\"36\",\"37\",\"38\",\"39\",\"40\",\"41\",\"42\",\"43\","
                + "\"44\",\"45\",\"46\",\"47\",\"48\",\"49\",\"50\",\"51\",\"52\"]}",
        "{\"preferences\":{\"l\":[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,23,24,25,26,27,28,29,30,31,"
                + "32,33,34,35,36,37,38,39,40,41,42,43,44,45,46,47,48,49,50,51,52,53]}}",
    })
    void refusesWhatDatabindRefuses(String json) {
        assertThrows(Exception.class, () -> {
            Settings.File f = JsonFormat.read(bytes(json), 0, bytes(json).length, Settings.File.class, MAX_VALUES);
            if (f == null) {
                throw new IllegalStateException("null");
            }
        }, "databind");
        assertThrows(IOException.class, () -> SettingsReader.read(bytes(json), MAX_VALUES), "streaming");
    }

    /** What {@link Settings} keeps of the preferences: text, true/false and numbers. */
    private static Map<String, Object> kept(Map<String, Object> preferences) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (preferences != null) {
            preferences.forEach((k, v) -> {
                if (v instanceof String || v instanceof Boolean || v instanceof Number) {
                    out.put(k, v);
                }
            });
        }
        return out;
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
