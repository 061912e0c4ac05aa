package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.model.Stage;

/**
 * How much of its use case's key-point checklist each shipped reference answer (English) covers. Writes the table to
 * target/template-coverage.md and fails when a template or the whole library falls below the floor.
 */
class TemplateCoverageTest {
    static final double OVERALL_FLOOR = 0.95;
    static final double TEMPLATE_FLOOR = 0.90;
    static final Path REPORT = Path.of("target/template-coverage.md");

    @TempDir
    Path tmp;

    @Test
    void everyShippedTemplateHasAChecklistOfItsOwn() throws Exception {
        List<String> missing = new ArrayList<>();
        for (Path f : Fixtures.shippedFiles()) {
            String id = new TemplateLoader().load(f).id();
            if (!Checklist.exists(Checklist.DIR, id)) {
                missing.add(id);
            } else {
                assertTrue(Checklist.load(Checklist.DIR, id).points().size() >= 20, id + ": a real checklist");
            }
        }
        assertEquals(List.of(), missing, "templates without templates/checklists/<id>.json");
    }

    @Test
    void referenceAnswersCoverTheirChecklists() throws Exception {
        List<String> rows = new ArrayList<>();
        List<String> below = new ArrayList<>();
        int covered = 0;
        int total = 0;
        for (Path f : Fixtures.shippedFiles()) {
            Template t = new TemplateLoader().load(f);
            if (!Checklist.exists(Checklist.DIR, t.id())) {
                continue; // reported by the test above
            }
            Checklist c = Checklist.load(Checklist.DIR, t.id());
            List<Checklist.Point> missed = c.missedBy(t);
            int n = c.points().size();
            covered += n - missed.size();
            total += n;
            double share = c.coverage(t);
            rows.add(String.format(Locale.ROOT, "| `%s` | %s | %d/%d | %.0f%% | %s |", t.id(), c.kind(),
                    n - missed.size(), n, 100 * share,
                    String.join("; ", missed.stream().map(Checklist.Point::label).toList())));
            if (share < TEMPLATE_FLOOR) {
                below.add(String.format(Locale.ROOT, "%s %.0f%% misses %s", t.id(), 100 * share,
                        missed.stream().map(Checklist.Point::label).toList()));
            }
        }
        double overall = total == 0 ? 1 : (double) covered / total;
        StringBuilder md = new StringBuilder("# Key-point coverage of the reference answers (English)\n\n");
        md.append(String.format(Locale.ROOT, "Overall: %d of %d points, %.1f%% (floor %.0f%%; per template %.0f%%)%n%n",
                covered, total, 100 * overall, 100 * OVERALL_FLOOR, 100 * TEMPLATE_FLOOR));
        md.append("| template | kind | covered | share | missed |\n|---|---|---|---|---|\n");
        rows.forEach(r -> md.append(r).append('\n'));
        Files.createDirectories(REPORT.getParent());
        Files.writeString(REPORT, md, StandardCharsets.UTF_8);
        assertEquals(List.of(), below, "templates below " + TEMPLATE_FLOOR + "; see " + REPORT);
        assertTrue(overall >= OVERALL_FLOOR, "overall coverage " + overall + "; see " + REPORT);
    }

    @Test
    void aPointCountsOnlyWhenItsOwnStageSaysIt() throws IOException {
        Files.writeString(tmp.resolve("kinds.json"), """
                { "common": [ { "stage": "evaluation", "point": "ranking metric", "terms": ["NDCG", "mrr"] } ],
                  "kinds": { "ranking": [ { "stage": "any", "point": "cold start", "terms": ["cold"] } ] } }
                """);
        Files.writeString(tmp.resolve("ride-eta.json"), """
                { "id": "ride-eta", "kind": "ranking",
                  "points": [ { "stage": "data", "point": "GPS traces", "terms": ["gps"] },
                              { "stage": "serving", "point": "GPS traces", "terms": ["gps"] } ] }
                """);
        Checklist c = Checklist.load(tmp, "ride-eta");
        Template t = Fixtures.load("ride-eta");
        List<String> missed = c.missedBy(t).stream().map(Checklist.Point::label).toList();
        // the data box names GPS, the serving box does not; nothing says NDCG or cold start
        assertEquals(List.of("evaluation: ranking metric", "any: cold start", "serving: GPS traces"), missed);
        assertEquals(0.25, c.coverage(t), 1e-9);
        assertTrue(Checklist.stageText(t.stage(Stage.DATA)).contains("gps"));
        assertFalse(Checklist.stageText(t.stage(Stage.SERVING)).contains("gps"));
    }
}
