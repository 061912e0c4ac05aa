package org.stageboard;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Keeps imports clean: every single-type import (static or not) of every source file, product and test, names
 * something the file uses, in code or in a javadoc link. javac does not warn about unused imports, and no formatter
 * runs in this build, so this is the check; it reads the sources, which takes well under a second.
 */
class UnusedImportsTest {
    private static final Pattern WORD = Pattern.compile("[\\w$]+");
    private static final Pattern IMPORT = Pattern.compile("(?m)^import\\s+(static\\s+)?([\\w.]+)\\s*;\\s*$");

    @Test
    void everyImportIsUsed() throws IOException {
        List<String> unused = new ArrayList<>();
        for (Path root : List.of(Path.of("src/main/java"), Path.of("src/test/java"))) {
            try (Stream<Path> files = Files.walk(root)) {
                for (Path f : files.filter(p -> p.toString().endsWith(".java")).sorted().toList()) {
                    unused.addAll(unusedIn(f));
                }
            }
        }
        assertEquals(List.of(), unused, "unused imports");
    }

    @Test
    void theCheckSeesAnUnusedImport(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path f = Files.writeString(dir.resolve("A.java"), "package a;\n\nimport java.util.List;\nimport java.util.Map;\n"
                + "import static java.lang.Math.max;\n\n/** {@link Map} */\nclass A { int m() { return max(1, 2); } }\n");
        assertEquals(List.of(f + ": import java.util.List"), unusedIn(f));
    }

    /** "file: import a.b.C" for each import whose simple name appears nowhere else in the file. */
    static List<String> unusedIn(Path file) throws IOException {
        String source = Files.readString(file);
        Matcher m = IMPORT.matcher(source);
        Set<String> words = new HashSet<>();
        Matcher word = WORD.matcher(IMPORT.matcher(source).replaceAll(""));
        while (word.find()) {
            words.add(word.group());
        }
        List<String> out = new ArrayList<>();
        while (m.find()) {
            String name = m.group(2);
            if (!words.contains(name.substring(name.lastIndexOf('.') + 1))) {
                out.add(file + ": import " + name);
            }
        }
        return out;
    }
}
