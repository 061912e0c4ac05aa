package org.stageboard.export.excalidraw;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.io.BoardFileException;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class ExcalidrawTest {
    @Test
    void writesBoundRectanglesAndArrowsInTheStageColours() throws Exception {
        JsonNode scene = new ObjectMapper().readTree(ExcalidrawWriter.write(TestBoards.multilingual()));
        assertEquals("excalidraw", scene.get("type").asText());
        assertEquals(2, scene.get("version").asInt());
        Map<String, JsonNode> byId = new java.util.HashMap<>();
        scene.get("elements").forEach(e -> byId.put(e.get("id").asText(), e));

        JsonNode data = byId.get("box-n2");
        assertEquals("rectangle", data.get("type").asText());
        assertEquals("#2e7d32", data.get("strokeColor").asText());
        assertEquals("#e8f5e9", data.get("backgroundColor").asText());
        assertEquals("data", data.get("customData").get("stageboard").get("stage").asText());
        JsonNode text = byId.get("box-n2-text");
        assertEquals("box-n2", text.get("containerId").asText());
        assertTrue(text.get("text").asText().startsWith("数据\n点击日志"), text.toString());
        assertTrue(boundIds(data).contains("box-n2-text"));

        JsonNode arrow = byId.get("arrow-e2");
        assertEquals("box-n2", arrow.get("startBinding").get("elementId").asText());
        assertEquals("box-n3", arrow.get("endBinding").get("elementId").asText());
        assertEquals("arrow", arrow.get("endArrowhead").asText());
        assertTrue(boundIds(data).contains("arrow-e2"), "the box lists the arrow bound to it");
        assertEquals("обучение", byId.get("arrow-e2-label").get("text").asText());
        assertEquals("arrow-e2", byId.get("arrow-e2-label").get("containerId").asText());
        // the arrow's points start at 0,0 and end on the target box's border
        JsonNode last = arrow.get("points").get(arrow.get("points").size() - 1);
        double endX = arrow.get("x").asDouble() + last.get(0).asDouble();
        double endY = arrow.get("y").asDouble() + last.get(1).asDouble();
        Node n3 = TestBoards.multilingual().node("n3").orElseThrow();
        assertTrue(n3.bounds().inflate(1).contains(endX, endY), endX + "," + endY);
    }

    @Test
    void roundTripKeepsBoxesTextStagesAndArrowsInChineseAndRussian() throws Exception {
        for (Board original : List.of(TestBoards.chinese(), TestBoards.russian(), TestBoards.multilingual())) {
            Board back = roundTrip(original);
            assertEquals(original.title(), back.title());
            assertEquals(original.prompt(), back.prompt());
            assertEquals(original.nodes().size(), back.nodes().size());
            for (Node n : original.nodes()) {
                Node m = back.node(n.id()).orElseThrow();
                assertEquals(n.stage(), m.stage(), n.id());
                assertEquals(n.title(), m.title());
                assertEquals(n.text(), m.text());
                assertEquals(n.hint(), m.hint());
                assertEquals(n.tradeoffs(), m.tradeoffs());
                assertEquals(n.x(), m.x());
                assertEquals(n.y(), m.y());
            }
            assertEquals(original.edges(), back.edges());
        }
    }

    @Test
    void textEditedInExcalidrawWinsOverTheStoredFields() throws Exception {
        String json = ExcalidrawWriter.write(TestBoards.russian())
                .replace("\"text\" : \"Модель\\nБейзлайн: логистическая регрессия", "\"text\" : \"Модель 2\\nновый текст")
                .replace("\"originalText\" : \"Модель\\nБейзлайн: логистическая регрессия",
                        "\"originalText\" : \"Модель 2\\nновый текст");
        Board back = ExcalidrawReader.read(json, "x.excalidraw").board();
        Node n1 = back.node("n1").orElseThrow();
        assertEquals("Модель 2", n1.title());
        assertEquals("новый текст", n1.text());
        assertEquals(Stage.MODEL, n1.stage(), "the stage still comes from custom data");
        assertEquals(TestBoards.russian().node("n1").orElseThrow().tradeoffs(), n1.tradeoffs(),
                "a trade-off still shown as its line stays structured");
    }

    @Test
    void importsADrawingMadeInExcalidrawAndListsWhatItCannotMap() throws Exception {
        Path file = Path.of(getClass().getResource("/excalidraw/hand-drawn.excalidraw").toURI());
        ExcalidrawReader.Result r = ExcalidrawReader.read(file);
        Map<String, Node> byTitle = r.board().nodes().stream().collect(Collectors.toMap(Node::title, n -> n));
        assertEquals(Stage.SERVING, byTitle.get("Serving").stage());
        assertEquals("online, p99 < 100 ms", byTitle.get("Serving").text());
        assertEquals(Stage.MONITORING, byTitle.get("Drift alerts").stage(), "guessed from the checker's vocabulary");
        assertEquals(Stage.DATA, byTitle.get("数据").stage());
        assertEquals(Stage.MODEL, byTitle.get("Бейзлайн").stage());
        assertEquals(Stage.NOTE, byTitle.get("Ask about cold start").stage());
        assertEquals(5, r.board().nodes().size());
        assertEquals(1, r.board().edges().size());
        Edge e = r.board().edges().get(0);
        assertEquals("logs", e.label());
        assertEquals(byTitle.get("Serving").id(), e.from());
        assertEquals(byTitle.get("Drift alerts").id(), e.to());
        assertEquals(List.of("line (2)", "freedraw (1)", "image (1)", "rectangle without text (1)",
                "arrow not attached to two boxes (1)"), r.unmapped());
    }

    @Test
    void malformedFilesGetOneLineNamingTheFileAndThePlace() {
        BoardFileException bad = assertThrows(BoardFileException.class,
                () -> ExcalidrawReader.read("{\n  \"type\": \"excalidraw\",\n  \"elements\": [ { \"id\": ]\n}", "a.excalidraw"));
        assertTrue(bad.getMessage().startsWith("a.excalidraw: line 3, column "), bad.getMessage());
        assertEquals(1, bad.getMessage().lines().count());
        BoardFileException notOurs = assertThrows(BoardFileException.class,
                () -> ExcalidrawReader.read("{\"type\": \"drawio\", \"elements\": []}", "b.excalidraw"));
        assertEquals("b.excalidraw: not an Excalidraw file (its \"type\" is drawio, expected \"excalidraw\")",
                notOurs.getMessage());
        assertThrows(BoardFileException.class, () -> ExcalidrawReader.read("[1, 2]", "c.excalidraw"));
        assertNotNull(assertThrows(BoardFileException.class,
                () -> ExcalidrawReader.read("{\"type\": \"excalidraw\"}", "d.excalidraw")).getMessage());
    }

    private static Board roundTrip(Board b) throws BoardFileException {
        ExcalidrawReader.Result r = ExcalidrawReader.read(ExcalidrawWriter.write(b), "round.excalidraw");
        assertEquals(List.of(), r.unmapped());
        return r.board();
    }

    private static List<String> boundIds(JsonNode shape) {
        List<String> ids = new java.util.ArrayList<>();
        shape.get("boundElements").forEach(b -> ids.add(b.get("id").asText()));
        return ids;
    }
}
