package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.fixtures.SeededTemplates;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * Every template in the project's templates/ folder is usable: it loads, keeps the schema's limits, seeds a readable
 * board in both modes, and that board survives the board file format. Runs over whatever is there (none is fine).
 * NOTE: the round trip uses BoardFiles; once the io helper's BoardCodec/BoardFiles replace the temporary one,
 * this test exercises the real file format unchanged.
 */
class ShippedTemplatesTest {
    @TempDir
    Path tmp;

    @TestFactory
    Stream<DynamicTest> everyShippedTemplateWorks() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Path file : Fixtures.shippedFiles()) {
            tests.add(DynamicTest.dynamicTest(file.getFileName().toString(), () -> check(file)));
        }
        for (Path file : List.of(Fixtures.DIR.resolve("ride-eta.json"),
                Fixtures.DIR.resolve("toxic-comments-multilingual.json"))) {
            // the same checks on the test templates, so the checks themselves are known to run
            tests.add(DynamicTest.dynamicTest("fixture " + file.getFileName(), () -> check(file)));
        }
        return tests.stream();
    }

    private void check(Path file) throws Exception {
        Template t = new TemplateLoader().load(file);
        assertEquals(List.of(), TemplateLint.check(t), "schema limits");
        assertEquals(Stage.pipeline(), List.copyOf(t.stages().keySet()));
        for (Stage s : Stage.pipeline()) {
            Template.StageTemplate st = t.stage(s);
            assertFalse(st.title().isBlank() || st.hint().isBlank() || st.answer().isEmpty(), s.id());
            if (TemplateLoader.TRADEOFF_REQUIRED.contains(s)) {
                assertTrue(st.tradeoffs().stream().anyMatch(TradeOff::isComplete), s.id() + " trade-off");
            }
        }
        for (Seeder.Mode mode : Seeder.Mode.values()) {
            Board b = SeededTemplates.seed(t, mode);
            PipelineLayoutTest.assertReadable(b, t.id() + " " + mode);
            for (Node n : b.nodes()) {
                assertFalse(TextMetrics.body(n).isBlank(), n.id() + " has text or a hint");
            }
            Path saved = tmp.resolve(t.id() + "-" + mode + ".stageboard");
            BoardFiles.save(saved, b);
            assertTrue(Files.size(saved) > 0);
            assertEquals(b, BoardFiles.open(saved), "round trip through the board file");
        }
    }
}
