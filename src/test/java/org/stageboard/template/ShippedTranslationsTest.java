package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Profiles;
import org.stageboard.fixtures.SeededTemplates;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Every shipped translation (templates/i18n/<id>.<language>.json) is whole and as good as its English original: it
 * carries every text of the template, keeps the schema's limits, and its reference answer passes the checker with
 * nothing to say while its practice skeleton is only flagged as empty.
 */
class ShippedTranslationsTest {
    static final Path I18N = Fixtures.SHIPPED_DIR.resolve("i18n");

    static List<Path> translationFiles() {
        if (!Files.isDirectory(I18N)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(I18N)) {
            return s.filter(p -> p.toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Template load(Path translation) throws Exception {
        String name = translation.getFileName().toString();
        String id = name.substring(0, name.indexOf('.'));
        Path main = Fixtures.SHIPPED_DIR.resolve(id + ".json");
        return new TemplateLoader().parseTranslation(main.toString(), Files.readAllBytes(main), translation.toString(),
                Files.readAllBytes(translation));
    }

    @TestFactory
    Stream<DynamicTest> everyShippedTranslationIsWholeAndPassesTheChecker() {
        return translationFiles().stream().map(f -> DynamicTest.dynamicTest(f.getFileName().toString(), () -> {
            assertWhole(f);
            Template t = load(f);
            assertEquals(List.of(), TemplateLint.check(t), "schema limits");
            Board reference = SeededTemplates.seed(t, Seeder.Mode.REFERENCE);
            PipelineLayoutTest.assertReadable(reference, t.id() + " " + t.language());
            List<String> problems = new ArrayList<>();
            for (Finding finding : new Checker().check(reference, Profiles.forBoard(reference))) {
                problems.add(finding.ruleId() + " " + finding.stage() + " " + finding.message());
            }
            assertEquals(List.of(), problems, "reference answer in " + t.language());
            Board practice = SeededTemplates.seed(t, Seeder.Mode.PRACTICE);
            PipelineLayoutTest.assertReadable(practice, t.id() + " practice " + t.language());
            List<Finding> findings = new Checker().check(practice, Profiles.forBoard(practice));
            assertTrue(findings.stream().allMatch(x -> x.ruleId().equals("empty-stage")), findings.toString());
            assertEquals(8, findings.size(), "hints do not count as answers");
        }));
    }

    /** A shipped translation carries every text field, so nothing falls back to English half-way through a board. */
    private static void assertWhole(Path f) throws IOException {
        JsonNode root = new ObjectMapper().readTree(f.toFile());
        for (String field : List.of("title", "prompt", "clarifying", "followups", "strongAnswer")) {
            assertTrue(root.has(field), f.getFileName() + " lacks " + field);
        }
        for (Stage s : Stage.pipeline()) {
            JsonNode stage = root.path("stages").path(s.id());
            for (String field : List.of("title", "hint", "answer", "tradeoffs")) {
                assertTrue(stage.has(field), f.getFileName() + " lacks stages." + s.id() + "." + field);
            }
        }
    }

    @Test
    void shippedTranslationsLoadThroughTheLibraryWithoutWarnings() {
        TemplateLibrary lib = TemplateLibrary.load();
        assertEquals(List.of(), lib.warnings());
        for (Path f : translationFiles()) {
            String[] parts = f.getFileName().toString().split("\\.");
            assertTrue(lib.languages(parts[0]).contains(parts[1]), f.getFileName().toString());
            assertEquals(parts[1], lib.byId(parts[0], parts[1]).orElseThrow().language());
        }
    }

    @Test
    void noTwoTemplatesShareALongPassageInAnyLanguage() throws IOException {
        List<Path> all = new ArrayList<>(Fixtures.shippedFiles());
        all.addAll(translationFiles());
        List<PassageOverlap.Overlap> found = PassageOverlap.find(all).stream()
                .filter(o -> !sameTemplate(o.fileA(), o.fileB())).toList();
        assertFalse(found.stream().findAny().isPresent(), "shared passages: " + found);
    }

    /** A translation may share names and numbers with its own original; only different templates must differ. */
    private static boolean sameTemplate(String a, String b) {
        return a.substring(0, a.indexOf('.')).equals(b.substring(0, b.indexOf('.')));
    }
}
