package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class TemplateLoaderTest {
    private final TemplateLoader loader = new TemplateLoader();

    private String fail(String file, String json) {
        TemplateException e = assertThrows(TemplateException.class,
                () -> loader.parse(file, json.getBytes(StandardCharsets.UTF_8)));
        String msg = e.getMessage();
        assertTrue(msg.startsWith(file + ":"), "names the file: " + msg);
        assertEquals(1, msg.lines().count(), "one line: " + msg);
        return msg;
    }

    private static String ride() {
        return Fixtures.text("ride-eta");
    }

    /** 1-based line of the first occurrence of {@code needle} in {@code text}. */
    private static int lineOf(String text, String needle) {
        int at = text.indexOf(needle);
        assertTrue(at >= 0, needle);
        return (int) text.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
    }

    @Test
    void readsEveryField() {
        Template t = Fixtures.load("ride-eta");
        assertEquals("ride-eta", t.id());
        assertEquals("Ride arrival time (ETA)", t.title());
        assertEquals(Category.FORECASTING_AND_REGRESSION, t.category());
        assertEquals("default", t.profile());
        assertTrue(t.prompt().startsWith("Riders see"));
        assertEquals(4, t.clarifying().size());
        assertEquals("Which ETA: driver to pickup, or pickup to drop-off?", t.clarifying().get(0).question());
        assertEquals(Stage.pipeline(), List.copyOf(t.stages().keySet()));
        assertEquals("Gradient boosted residual", t.stage(Stage.MODEL).title());
        assertEquals(4, t.stage(Stage.MODEL).answer().size());
        assertEquals(new TradeOff("time-based split", List.of("random split"),
                "random splits leak the same traffic jam into train and test and flatter the model"),
                t.stage(Stage.DATA).tradeoffs().get(0));
        assertEquals(Stage.DATA, t.followups().get(1).stage());
        assertEquals(4, t.strongAnswer().size());
    }

    @Test
    void readsChineseAndRussianAndDefaultsTheProfile() {
        Template t = Fixtures.load("toxic-comments-multilingual");
        assertEquals("评论毒性检测 / Токсичные комментарии", t.title());
        assertEquals("", t.profile());
        assertEquals("Классификация с тремя исходами", t.stage(Stage.FRAMING).title());
        assertEquals("一个多语言模型", t.stage(Stage.MODEL).tradeoffs().get(0).choice());
    }

    @Test
    void badJsonNamesLineAndColumn() {
        String broken = ride().replace("\"version\": 1,", "\"version\": 1,,");
        String msg = fail("ride-eta.json", broken);
        assertTrue(msg.contains("not valid JSON"), msg);
        assertTrue(msg.startsWith("ride-eta.json:" + lineOf(broken, ",,") + ":"), msg);
    }

    @Test
    void duplicateKeyIsBadJson() {
        String msg = fail("ride-eta.json", ride().replace("\"version\": 1,", "\"version\": 1, \"version\": 1,"));
        assertTrue(msg.contains("Duplicate field 'version'"), msg);
    }

    @Test
    void emptyFile() {
        assertTrue(fail("ride-eta.json", "").contains("empty"));
    }

    @Test
    void missingField() {
        String msg = fail("ride-eta.json", ride().replaceFirst("\"prompt\": \"[^\"]*\",", ""));
        assertEquals("ride-eta.json:1:1: missing field \"prompt\"", msg);
    }

    @Test
    void missingFieldInsideAStageNamesTheStage() {
        String text = ride().replace("\"hint\": \"What is your baseline, what model beats it, and what does it cost to run?\",", "");
        String msg = fail("ride-eta.json", text);
        assertTrue(msg.startsWith("ride-eta.json:" + lineOf(text, "\"model\": {") + ":"), msg);
        assertTrue(msg.contains(": stages.model: missing field \"hint\""), msg);
    }

    @Test
    void unknownStage() {
        String text = ride().replace("\"serving\": {", "\"serve\": {");
        String msg = fail("ride-eta.json", text);
        assertTrue(msg.startsWith("ride-eta.json:" + lineOf(text, "\"serve\"") + ":"), msg);
        assertTrue(msg.contains(": stages.serve: unknown stage \"serve\" (expected one of: requirements,"), msg);
        assertTrue(msg.contains("and 1 more problems"), "the missing serving stage is counted too: " + msg);
    }

    @Test
    void missingStage() {
        String text = ride().replace("\"monitoring\": {", "\"note\": {");
        String msg = fail("ride-eta.json", text);
        assertTrue(msg.contains("unknown stage \"note\""), "note is not a pipeline stage: " + msg);
        String removed = ride().replaceFirst("(?s),\\s*\"monitoring\": \\{.*?\"tradeoffs\": \\[\\]\\s*\\}", "");
        assertTrue(fail("ride-eta.json", removed).contains("stages: missing stage \"monitoring\""));
    }

    @Test
    void unknownCategoryListsTheValidOnes() {
        String text = ride().replace("forecasting-and-regression", "forecasting");
        String msg = fail("ride-eta.json", text);
        assertTrue(msg.contains("unknown category \"forecasting\""), msg);
        assertTrue(msg.contains("fraud-and-risk"), msg);
        assertTrue(msg.startsWith("ride-eta.json:" + lineOf(text, "\"category\"") + ":"), msg);
        assertTrue(msg.contains(": category: unknown category"), msg);
    }

    @Test
    void idMustMatchFileName() {
        String msg = fail("/some/dir/eta.json", ride());
        assertTrue(msg.contains("id \"ride-eta\" does not match the file name eta.json"), msg);
    }

    @Test
    void idMustBeKebabCase() {
        String msg = fail("Ride_ETA.json", ride().replace("\"id\": \"ride-eta\"", "\"id\": \"Ride_ETA\""));
        assertTrue(msg.contains("kebab-case"), msg);
    }

    @Test
    void formatVersionAndProfileAreChecked() {
        assertTrue(fail("ride-eta.json", ride().replace("\"version\": 1", "\"version\": 2")).contains("version 2"));
        assertTrue(fail("ride-eta.json", ride().replace("\"stageboard-template\"", "\"board\"")).contains("format"));
        assertTrue(fail("ride-eta.json", ride().replace("\"profile\": \"default\"", "\"profile\": \"x\""))
                .contains("unknown profile \"x\""));
    }

    @Test
    void requiredTradeoffMissing() {
        String text = ride().replaceFirst("\\{ \"choice\": \"time-based split\"[^\n]*\\}", "");
        String msg = fail("ride-eta.json", text);
        assertTrue(msg.contains("stage \"data\" needs at least one complete trade-off"), msg);
        assertTrue(msg.contains(": stages.data.tradeoffs: "), msg);
    }

    @Test
    void incompleteTradeoffNamesTheMissingPart() {
        String msg = fail("ride-eta.json", ride().replace(
                ", \"because\": \"meets 30 ms on CPU and keeps the routing engine's physics\"", ""));
        assertTrue(msg.contains("stages.model.tradeoffs[0]: missing field \"because\""), msg);
        String noAlt = fail("ride-eta.json", ride().replace("\"over\": [\"deep sequence model\"]", "\"over\": []"));
        assertTrue(noAlt.contains("at least one alternative") && noAlt.contains("stages.model.tradeoffs[0].over"), noAlt);
    }

    @Test
    void atMostTwoTradeoffsPerStage() {
        String one = "{ \"choice\": \"a\", \"over\": [\"b\"], \"because\": \"c\" }";
        String msg = fail("ride-eta.json", ride().replace("\"tradeoffs\": []", "\"tradeoffs\": [" + one + "," + one
                + "," + one + "]"));
        assertTrue(msg.contains("stages.requirements.tradeoffs: 3 trade-offs, at most 2 fit in a box"), msg);
    }

    @Test
    void wrongTypeAndUnknownField() {
        String msg = fail("ride-eta.json", ride().replace("\"answer\": [\n        \"Goal: fewer",
                "\"answers\": [\n        \"Goal: fewer"));
        assertTrue(msg.contains("stages.requirements.answers: unknown field \"answers\""), msg);
        String typed = fail("ride-eta.json", ride().replace("\"title\": \"Requirements\"", "\"title\": 7"));
        // a value of the wrong kind is refused while binding, in the words every file format uses
        assertTrue(typed.startsWith("ride-eta.json:" + lineOf(ride(), "\"title\": \"Requirements\"") + ":"), typed);
        assertTrue(typed.contains("stages.requirements.title: expected a string, found a number (7)"), typed);
    }

    @Test
    void followupStageMustBeAPipelineStage() {
        String msg = fail("ride-eta.json", ride().replace("{ \"stage\": \"framing\"", "{ \"stage\": \"labels\""));
        assertTrue(msg.contains("followups[0].stage: unknown stage \"labels\""), msg);
    }
}
