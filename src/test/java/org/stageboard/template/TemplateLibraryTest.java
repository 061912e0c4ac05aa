package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TemplateLibraryTest {
    @TempDir
    Path tmp;

    private static final String BROKEN = "{ \"format\": \"stageboard-template\", ";

    /** A class-path root folder holding the fixtures and one broken file, as target/classes would. */
    private Path classesDir() throws IOException {
        Path folder = Files.createDirectories(tmp.resolve("classes/org/stageboard/templates"));
        for (String id : Fixtures.IDS) {
            Files.writeString(folder.resolve(id + ".json"), Fixtures.text(id));
        }
        Files.writeString(folder.resolve("broken.json"), BROKEN);
        Files.writeString(folder.resolve("README.txt"), "not a template");
        return tmp.resolve("classes");
    }

    /** The same files inside a jar, as in target/stageboard.jar. */
    private Path jar() throws IOException {
        Path jar = tmp.resolve("stageboard.jar");
        try (OutputStream os = Files.newOutputStream(jar); ZipOutputStream zip = new ZipOutputStream(os)) {
            zip.putNextEntry(new ZipEntry("org/stageboard/Launcher.class"));
            zip.closeEntry();
            for (String id : Fixtures.IDS) {
                zip.putNextEntry(new ZipEntry("org/stageboard/templates/" + id + ".json"));
                zip.write(Fixtures.text(id).getBytes(StandardCharsets.UTF_8));
                zip.closeEntry();
            }
            zip.putNextEntry(new ZipEntry("org/stageboard/templates/broken.json"));
            zip.write(BROKEN.getBytes(StandardCharsets.UTF_8));
            zip.closeEntry();
        }
        return jar;
    }

    private static List<String> ids(TemplateLibrary lib) {
        return ids(lib.all());
    }

    private static List<String> ids(List<Template> templates) {
        return templates.stream().map(Template::id).toList();
    }

    @Test
    void loadsFromAClassDirectorySkippingBrokenFiles() throws IOException {
        TemplateLibrary lib = TemplateLibrary.load(classesDir(), null);
        // sorted by category (integrity before forecasting in schema order), then title
        assertEquals(List.of("toxic-comments-multilingual", "ride-eta"), ids(lib));
        assertEquals(1, lib.warnings().size());
        String w = lib.warnings().get(0);
        assertTrue(w.contains("broken.json:") && w.contains("not valid JSON"), w);
    }

    @Test
    void loadsTheSameFromAJar() throws IOException {
        TemplateLibrary lib = TemplateLibrary.load(jar(), null);
        assertEquals(List.of("toxic-comments-multilingual", "ride-eta"), ids(lib));
        assertEquals(1, lib.warnings().size());
        assertTrue(lib.warnings().get(0).startsWith("stageboard.jar!/org/stageboard/templates/broken.json:"),
                lib.warnings().get(0));
    }

    @Test
    void aJarWithoutTemplatesGivesAnEmptyLibrary() throws IOException {
        Path jar = tmp.resolve("empty.jar");
        try (ZipOutputStream zip = new ZipOutputStream(Files.newOutputStream(jar))) {
            zip.putNextEntry(new ZipEntry("org/stageboard/Launcher.class"));
            zip.closeEntry();
        }
        TemplateLibrary lib = TemplateLibrary.load(jar, null);
        assertTrue(lib.all().isEmpty());
        assertTrue(lib.warnings().isEmpty());
    }

    @Test
    void theDefaultLibraryReadsTheBuildOutput() throws IOException {
        // the build copies templates/*.json here; the default library must find them without being told where
        Path built = Path.of("target/classes", ShippedTemplates.FOLDER);
        long files;
        try (var s = Files.exists(built) ? Files.list(built) : java.util.stream.Stream.<Path>empty()) {
            files = s.filter(p -> p.toString().endsWith(".json")).count();
        }
        TemplateLibrary lib = TemplateLibrary.load();
        assertEquals(files, lib.all().stream().filter(t -> !lib.isUserTemplate(t.id())).count()
                + lib.warnings().stream().filter(w -> w.contains(ShippedTemplates.FOLDER)).count());
    }

    @Test
    void userTemplatesJoinAndAShippedIdWins() throws IOException {
        Path user = Files.createDirectories(tmp.resolve("user"));
        // a user's own template: the ride fixture under another id
        Files.writeString(user.resolve("my-eta.json"),
                Fixtures.text("ride-eta").replace("\"id\": \"ride-eta\"", "\"id\": \"my-eta\"")
                        .replace("Ride arrival time (ETA)", "My ETA"));
        // a user copy of a shipped id, edited
        Files.writeString(user.resolve("ride-eta.json"),
                Fixtures.text("ride-eta").replace("Ride arrival time (ETA)", "Edited copy"));
        Files.writeString(user.resolve("bad.json"), Fixtures.text("ride-eta"));
        TemplateLibrary lib = TemplateLibrary.load(classesDir(), user);
        assertEquals(Set.of("toxic-comments-multilingual", "ride-eta", "my-eta"), Set.copyOf(ids(lib)));
        assertTrue(lib.isUserTemplate("my-eta"));
        assertEquals("Ride arrival time (ETA)", lib.byId("ride-eta").orElseThrow().title(), "shipped one wins");
        assertEquals(3, lib.warnings().size(), lib.warnings().toString());
        assertTrue(lib.warnings().stream().anyMatch(w -> w.contains("ride-eta.json")
                && w.contains("already used by the shipped template")), lib.warnings().toString());
        assertTrue(lib.warnings().stream().anyMatch(w -> w.contains("bad.json")
                && w.contains("does not match the file name bad.json")), lib.warnings().toString());
    }

    @Test
    void searchesTitlePromptCategoryAndAnswers() {
        TemplateLibrary lib = TemplateLibrary.of(Fixtures.all());
        assertEquals(List.of("ride-eta"), ids(lib.search("arrival", Set.of())), "title");
        assertEquals(List.of("ride-eta"), ids(lib.search("MINUTES car", Set.of())), "prompt, any case, all words");
        assertEquals(List.of("ride-eta"), ids(lib.search("quantile", Set.of())), "stage answer");
        assertEquals(List.of("toxic-comments-multilingual"), ids(lib.search("xlm-r", Set.of())));
        assertEquals(List.of("toxic-comments-multilingual"), ids(lib.search("审核员", Set.of())), "chinese");
        assertEquals(List.of("toxic-comments-multilingual"), ids(lib.search("модератор", Set.of())), "russian");
        assertEquals(List.of("toxic-comments-multilingual"), ids(lib.search("integrity", Set.of())), "category");
        assertEquals(2, lib.search("", Set.of()).size());
        assertTrue(lib.search("arrival toxic", Set.of()).isEmpty());
    }

    @Test
    void titleMatchesComeBeforeMatchesInAnswers() throws Exception {
        TemplateLibrary shipped = TemplateLibrary.load();
        List<String> fraud = ids(shipped.search("fraud", Set.of()));
        assertTrue(fraud.size() > 1, fraud.toString());
        assertEquals("payment-fraud-detection", fraud.get(0), "the template titled with the word comes first");
    }

    @Test
    void filtersByCategory() {
        TemplateLibrary lib = TemplateLibrary.of(Fixtures.all());
        assertEquals(List.of("ride-eta"), ids(lib.search("", Set.of(Category.FORECASTING_AND_REGRESSION))));
        assertEquals(2, lib.search(null, Set.of(Category.FORECASTING_AND_REGRESSION,
                Category.INTEGRITY_AND_SAFETY)).size());
        assertTrue(lib.search("arrival", Set.of(Category.ADS)).isEmpty());
    }

    @Test
    void suggestsCloseIds() {
        TemplateLibrary lib = TemplateLibrary.of(Fixtures.all());
        assertEquals(List.of("ride-eta"), lib.suggest("ride-etta"));
        assertEquals(List.of("toxic-comments-multilingual"), lib.suggest("toxic"));
        assertTrue(lib.suggest("payment-fraud").isEmpty());
    }
}
