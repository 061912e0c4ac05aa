package org.stageboard;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The core runs and tests without a screen: these packages may not import JavaFX (or com.sun internals). */
class LayeringTest {
    private static final Path MAIN = Path.of("src/main/java/org/stageboard");

    @ParameterizedTest
    @ValueSource(strings = {"model", "edit", "io", "template", "check", "rehearsal", "i18n", "text"})
    void corePackagesImportNoJavaFx(String pkg) throws IOException {
        Path dir = MAIN.resolve(pkg);
        if (!Files.isDirectory(dir)) {
            return;
        }
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(dir)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                String src = Files.readString(f, StandardCharsets.UTF_8);
                if (src.contains("javafx.")) {
                    offenders.add(f.toString());
                }
            }
        }
        assertTrue(offenders.isEmpty(), "core package " + pkg + " imports JavaFX: " + offenders);
    }

    @org.junit.jupiter.api.Test
    void productCodeAvoidsJavaFxInternals() throws IOException {
        List<String> offenders = new ArrayList<>();
        try (Stream<Path> files = Files.walk(MAIN)) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                if (Files.readString(f, StandardCharsets.UTF_8).contains("com.sun.")) {
                    offenders.add(f.toString());
                }
            }
        }
        assertTrue(offenders.isEmpty(), "product code uses com.sun internals: " + offenders);
    }

    @org.junit.jupiter.api.Test
    void modelImportsNothingButJava() throws IOException {
        try (Stream<Path> files = Files.walk(MAIN.resolve("model"))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".java")).toList()) {
                for (String line : Files.readAllLines(f, StandardCharsets.UTF_8)) {
                    if (line.startsWith("import ")) {
                        assertTrue(line.startsWith("import java.") || line.startsWith("import org.stageboard.model."),
                                f + " imports " + line);
                    }
                }
            }
        }
    }
}
