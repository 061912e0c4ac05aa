package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.SeededTemplates;
import org.stageboard.model.Board;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;

/** A reference answer is what a strong candidate draws: the checker must find nothing to say about it. */
class ShippedReferencesTest {

    @Test
    void everyReferenceAnswerPassesTheCheckerCleanly() {
        TemplateLibrary lib = TemplateLibrary.load();
        assertTrue(lib.all().size() >= 30, "at least 30 shipped templates");
        List<String> problems = new ArrayList<>();
        for (Template t : lib.all()) {
            Board reference = SeededTemplates.seed(t, Seeder.Mode.REFERENCE);
            for (Finding f : new Checker().check(reference, Profiles.forBoard(reference))) {
                problems.add(t.id() + ": " + f.ruleId() + " " + f.stage() + " " + f.message());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void everyPracticeSkeletonIsFlaggedAsEmptyButComplete() {
        for (Template t : TemplateLibrary.load().all()) {
            Board practice = SeededTemplates.seed(t, Seeder.Mode.PRACTICE);
            List<Finding> findings = new Checker().check(practice, Profiles.forBoard(practice));
            assertTrue(findings.stream().noneMatch(f -> f.ruleId().equals("missing-stage")), t.id());
            assertEquals(8, findings.stream().filter(f -> f.ruleId().equals("empty-stage")).count(),
                    t.id() + ": hints do not count as answers");
        }
    }
}
