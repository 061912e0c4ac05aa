package org.stageboard.template;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The test templates in src/test/resources/templates, and the real ones in templates/. */
final class Fixtures {
    static final Path DIR = Path.of("src/test/resources/templates");
    static final Path SHIPPED_DIR = Path.of("templates");
    static final List<String> IDS = List.of("ride-eta", "toxic-comments-multilingual");

    private Fixtures() {
    }

    static String text(String id) {
        try {
            return Files.readString(DIR.resolve(id + ".json"), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Template load(String id) {
        try {
            return new TemplateLoader().load(DIR.resolve(id + ".json"));
        } catch (TemplateException e) {
            throw new AssertionError(e.getMessage());
        }
    }

    static List<Template> all() {
        return IDS.stream().map(Fixtures::load).toList();
    }

    /** Every *.json in the project's templates/ folder (none, while the templates are being written). */
    static List<Path> shippedFiles() {
        if (!Files.isDirectory(SHIPPED_DIR)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(SHIPPED_DIR)) {
            return new ArrayList<>(s.filter(p -> p.toString().endsWith(".json")).sorted().toList());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
