package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class TemplateLintTest {
    @Test
    void fixturesKeepTheLimits() {
        for (Template t : Fixtures.all()) {
            assertEquals(List.of(), TemplateLint.check(t), t.id());
        }
    }

    @Test
    void reportsLengthsAndCounts() throws TemplateException {
        String text = Fixtures.text("ride-eta")
                .replace("\"title\": \"Gradient boosted residual\"",
                        "\"title\": \"Gradient boosted residual over the routing engine\"")
                .replaceFirst("\\{ \"stage\": \"framing\"[^\\n]*\\n", "");
        Template t = new TemplateLoader().parse("ride-eta.json", text.getBytes(StandardCharsets.UTF_8));
        List<String> lint = TemplateLint.check(t);
        assertEquals(2, lint.size(), lint.toString());
        assertTrue(lint.contains("ride-eta: followups has 5 entries, expected 6 to 10"), lint.toString());
        assertTrue(lint.contains("ride-eta: stages.model.title is 49 characters long, at most 32"), lint.toString());
    }
}
