package org.stageboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every English bundle in {@code org/stageboard/i18n} has a Chinese and a Russian translation with exactly the same
 * keys and the same MessageFormat arguments, so no screen falls back to English or loses a number, and no translated
 * pattern breaks MessageFormat (a stray apostrophe silently swallows the rest of a message).
 */
class BundleCompletenessTest {
    private static final Path FOLDER = Path.of("src/main/resources/org/stageboard/i18n");
    /** A base bundle is {@code <name>.properties}; translations carry a locale suffix after an underscore. */
    private static final Pattern BASE_FILE = Pattern.compile("([a-z]+)\\.properties");
    /** An argument reference: {@code {0}}, {@code {1,number,integer}}, {@code {0,choice,...}} (also nested in a choice). */
    private static final Pattern ARGUMENT = Pattern.compile("\\{\\s*(\\d+)\\s*[,}]");
    /** More than this share of the values must differ from English, or the file was not really translated. */
    private static final double MIN_TRANSLATED = 0.8;

    private record Translation(String suffix, Locale locale) {
    }

    private static final List<Translation> TRANSLATIONS = List.of(
            new Translation("zh", Locale.SIMPLIFIED_CHINESE),
            new Translation("ru", new Locale("ru")));

    @Test
    void theFolderHoldsTheKnownBundles() throws IOException {
        List<String> names = baseNames();
        // the bundles every concern reads; "cli" may not exist yet
        for (String expected : List.of("ui", "io", "export", "template", "check", "rehearsal", "stages")) {
            assertTrue(names.contains(expected), "no base bundle " + expected + ".properties in " + FOLDER);
        }
    }

    @TestFactory
    Stream<DynamicTest> everyBundleIsTranslated() throws IOException {
        List<DynamicTest> tests = new ArrayList<>();
        for (String name : baseNames()) {
            for (Translation t : TRANSLATIONS) {
                tests.add(DynamicTest.dynamicTest(name + "_" + t.suffix(), () -> checkTranslation(name, t)));
            }
        }
        return tests.stream();
    }

    private static void checkTranslation(String name, Translation t) throws IOException {
        Map<String, String> english = load(FOLDER.resolve(name + ".properties"));
        Path file = FOLDER.resolve(name + "_" + t.suffix() + ".properties");
        assertTrue(Files.isRegularFile(file), "missing translation " + file);
        Map<String, String> translated = load(file);

        Set<String> missing = new TreeSet<>(english.keySet());
        missing.removeAll(translated.keySet());
        Set<String> extra = new TreeSet<>(translated.keySet());
        extra.removeAll(english.keySet());
        assertTrue(missing.isEmpty() && extra.isEmpty(),
                file.getFileName() + ": keys missing " + missing + ", keys not in English " + extra);

        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, String> e : english.entrySet()) {
            String key = e.getKey();
            String value = translated.get(key);
            String where = file.getFileName() + " " + key + ": ";
            if (value.isBlank()) {
                problems.add(where + "empty");
                continue;
            }
            Set<Integer> expected = arguments(e.getValue());
            Set<Integer> actual = arguments(value);
            if (!expected.equals(actual)) {
                problems.add(where + "arguments " + actual + ", English has " + expected);
            }
            problems.addAll(formatProblems(where, value, actual, t.locale()));
        }
        assertTrue(problems.isEmpty(), String.join("\n", problems));

        assertMostlyTranslated(name, english.keySet(), t.locale());
    }

    /** A pattern with arguments must parse and format; without arguments Messages shows it as is. */
    private static List<String> formatProblems(String where, String value, Set<Integer> args, Locale locale) {
        List<String> problems = new ArrayList<>();
        if (args.isEmpty()) {
            if (value.contains("''")) {
                problems.add(where + "has no arguments, so '' would be shown as two quotes");
            }
            return problems;
        }
        if (value.replace("''", "").indexOf('\'') >= 0) {
            problems.add(where + "a single ' quotes text in MessageFormat; write '' or avoid the apostrophe");
        }
        int size = args.stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
        // 0, 1 and 5 reach every branch of the choice formats (none, one, many)
        for (int n : new int[] {0, 1, 5}) {
            Object[] dummy = new Object[size];
            Arrays.fill(dummy, n);
            try {
                String out = new MessageFormat(value, locale).format(dummy);
                if (out.isBlank()) {
                    problems.add(where + "formats to nothing");
                }
            } catch (IllegalArgumentException ex) {
                problems.add(where + "does not format: " + ex.getMessage());
            }
        }
        return problems;
    }

    /** Loaded the way the application loads them: through ResourceBundle, English from the root locale. */
    private static void assertMostlyTranslated(String name, Set<String> keys, Locale locale) {
        String baseName = "org.stageboard.i18n." + name;
        ResourceBundle english = ResourceBundle.getBundle(baseName, Locale.ROOT);
        ResourceBundle translated = ResourceBundle.getBundle(baseName, locale);
        assertEquals(locale.getLanguage(), translated.getLocale().getLanguage(),
                baseName + " for " + locale + " resolved to the " + translated.getLocale() + " bundle");
        assertEquals("", english.getLocale().getLanguage(), baseName + " for the root locale is not the English base");
        long differ = keys.stream().filter(k -> !english.getString(k).equals(translated.getString(k))).count();
        assertTrue(differ > MIN_TRANSLATED * keys.size(),
                baseName + " for " + locale + ": only " + differ + " of " + keys.size() + " values differ from English");
    }

    @Test
    void argumentsAreFoundInEveryForm() {
        assertEquals(Set.of(0, 1, 2), arguments("{0} over {1}: {2}"));
        assertEquals(Set.of(0, 1), arguments("{0,choice,0#none|1<{0,number,integer} of {1}}"));
        assertEquals(Set.of(), arguments("no arguments {here}"));
    }

    @Test
    void aStrayApostropheIsReported() {
        assertFalse(formatProblems("x: ", "don't lose {0}", Set.of(0), Locale.ROOT).isEmpty());
        assertTrue(formatProblems("x: ", "don''t lose {0}", Set.of(0), Locale.ROOT).isEmpty());
    }

    private static Set<Integer> arguments(String pattern) {
        Set<Integer> found = new TreeSet<>();
        Matcher m = ARGUMENT.matcher(pattern);
        while (m.find()) {
            found.add(Integer.parseInt(m.group(1)));
        }
        return found;
    }

    private static List<String> baseNames() throws IOException {
        assertTrue(Files.isDirectory(FOLDER), "no bundle folder " + FOLDER.toAbsolutePath());
        try (Stream<Path> files = Files.list(FOLDER)) {
            return files.map(p -> BASE_FILE.matcher(p.getFileName().toString()))
                    .filter(Matcher::matches)
                    .map(m -> m.group(1))
                    .sorted()
                    .toList();
        }
    }

    /** Strict UTF-8: ResourceBundle silently falls back to ISO-8859-1 on a malformed file, garbling every value. */
    private static Map<String, String> load(Path file) throws IOException {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(Files.readAllBytes(file)))
                    .toString();
        } catch (CharacterCodingException e) {
            fail(file + " is not valid UTF-8: " + e);
            return Map.of();
        }
        Properties p = new Properties();
        p.load(new StringReader(text));
        Map<String, String> map = new TreeMap<>();
        p.stringPropertyNames().forEach(k -> map.put(k, p.getProperty(k)));
        return map;
    }
}
