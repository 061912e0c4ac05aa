package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Stage;

/** The optional "curveballs" array of a template: read, validated, translated, shipped. */
class TemplateCurveballsTest {
    private final TemplateLoader loader = new TemplateLoader();

    private static String withCurveballs(String array) {
        String ride = Fixtures.text("ride-eta");
        return ride.replaceFirst("\"strongAnswer\"", "\"curveballs\": " + array + ",\n  \"strongAnswer\"");
    }

    @Test
    void aTemplateWithoutCurveballsHasNone() {
        assertEquals(List.of(), Fixtures.load("ride-eta").curveballs());
    }

    @Test
    void readsStageAndText() throws TemplateException {
        Template t = loader.parse("ride-eta.json", withCurveballs(
                "[ { \"stage\": \"serving\", \"text\": \"The budget is now 20 ms.\" } ]").getBytes(StandardCharsets.UTF_8));
        assertEquals(List.of(new Template.Curveball(Stage.SERVING, "The budget is now 20 ms.")), t.curveballs());
    }

    @Test
    void aBadCurveballIsOneLineNamingFileAndPlace() {
        for (String bad : List.of("[ { \"stage\": \"kitchen\", \"text\": \"x\" } ]", "[ { \"stage\": \"data\" } ]",
                "[ { \"stage\": \"data\", \"text\": \"x\", \"when\": 3 } ]", "{}")) {
            TemplateException e = assertThrows(TemplateException.class, () -> loader.parse("ride-eta.json",
                    withCurveballs(bad).getBytes(StandardCharsets.UTF_8)));
            assertTrue(e.getMessage().startsWith("ride-eta.json:") && e.getMessage().contains("curveballs"),
                    e.getMessage());
            assertEquals(1, e.getMessage().lines().count(), e.getMessage());
        }
    }

    @Test
    void atLeastTenShippedTemplatesCarryCurveballsInAllThreeLanguages() {
        TemplateLibrary lib = TemplateLibrary.load();
        assertEquals(List.of(), lib.warnings());
        int with = 0;
        for (Template t : lib.all("en")) {
            if (t.curveballs().isEmpty()) {
                continue;
            }
            with++;
            Template zh = lib.byId(t.id(), "zh").orElseThrow();
            Template ru = lib.byId(t.id(), "ru").orElseThrow();
            assertEquals(t.curveballs().size(), zh.curveballs().size(), t.id());
            assertEquals(t.curveballs().size(), ru.curveballs().size(), t.id());
            for (int i = 0; i < t.curveballs().size(); i++) {
                assertEquals(t.curveballs().get(i).stage(), zh.curveballs().get(i).stage(), t.id());
                assertEquals(t.curveballs().get(i).stage(), ru.curveballs().get(i).stage(), t.id());
                assertNotEquals(t.curveballs().get(i).text(), zh.curveballs().get(i).text(), t.id());
                assertNotEquals(t.curveballs().get(i).text(), ru.curveballs().get(i).text(), t.id());
            }
        }
        assertTrue(with >= 10, with + " templates with curveballs");
    }
}
