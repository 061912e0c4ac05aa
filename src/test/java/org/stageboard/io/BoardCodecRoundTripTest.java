package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class BoardCodecRoundTripTest {

    static Board sample() {
        Node data = new Node("n1", Stage.DATA, "Data & labels", "watch logs\nlabel: watched > 30s\n\tindented",
                "Where do labels come from?",
                List.of(new TradeOff("implicit labels", List.of("human labels", "surveys"), "plentiful, but noisy"),
                        new TradeOff("", List.of(), "")),
                40, 60, 220, 140);
        Node model = new Node("n2", Stage.MODEL, "模型：双塔召回", "先做基线，再上深度模型。\n损失：softmax",
                "", List.of(), -120.5, 300.25, 260, 180);
        Node serving = new Node("n3", Stage.SERVING, "Сервинг", "Задержка < 100 мс\n«кавычки» и \"quotes\" \\ slash",
                "", List.of(new TradeOff("онлайн", List.of("батч"), "свежесть")), 1e-3, -0.0, 80.5, 48);
        return new Board("Видео-рекомендации / 视频推荐", "Design YouTube recommendations", "recsys", "strict",
                List.of(data, model, serving),
                List.of(new Edge("e1", "n1", "n2", "训练数据"), new Edge("e2", "n2", "n3", "")));
    }

    @Test
    void everyFieldSurvivesARoundTrip() throws BoardFileException {
        Board b = sample();
        assertEquals(b, BoardCodec.readString(BoardCodec.write(b), "mem"));
    }

    @Test
    void emptyBoardRoundTrips() throws BoardFileException {
        assertEquals(Board.empty(), BoardCodec.readString(BoardCodec.write(Board.empty()), "mem"));
    }

    @Test
    void randomBoardsRoundTrip() throws BoardFileException {
        Random r = new Random(42);
        String alphabet = "abc XYZ 数据模型 данные\n\"\\/\t€😀";
        for (int round = 0; round < 200; round++) {
            List<Node> nodes = new ArrayList<>();
            int count = r.nextInt(6);
            for (int i = 0; i < count; i++) {
                List<TradeOff> tradeoffs = new ArrayList<>();
                for (int t = r.nextInt(3); t > 0; t--) {
                    tradeoffs.add(new TradeOff(text(r, alphabet), List.of(text(r, alphabet)), text(r, alphabet)));
                }
                nodes.add(new Node("n" + i, Stage.values()[r.nextInt(Stage.values().length)], text(r, alphabet),
                        text(r, alphabet), text(r, alphabet), tradeoffs, (r.nextDouble() - 0.5) * 2e6,
                        r.nextBoolean() ? r.nextInt(1000) : r.nextDouble() * 1000, 1 + r.nextDouble() * 9e4, 48));
            }
            List<Edge> edges = new ArrayList<>();
            for (int i = 0; count > 0 && i < r.nextInt(4); i++) {
                edges.add(new Edge("e" + i, "n" + r.nextInt(count), "n" + r.nextInt(count), text(r, alphabet)));
            }
            Board b = new Board(text(r, alphabet), text(r, alphabet), "", "", nodes, edges);
            assertEquals(b, BoardCodec.readString(BoardCodec.write(b), "round " + round));
        }
    }

    private static String text(Random r, String alphabet) {
        StringBuilder sb = new StringBuilder();
        for (int i = r.nextInt(12); i > 0; i--) {
            sb.appendCodePoint(alphabet.codePoints().toArray()[r.nextInt((int) alphabet.codePoints().count())]);
        }
        return sb.toString();
    }

    @Test
    void writingIsStablePrettyAndReadable() {
        String json = BoardCodec.write(sample());
        assertEquals(json, BoardCodec.write(sample()), "same board, same text");
        assertTrue(json.startsWith("{\n  \"format\": \"stageboard\",\n  \"version\": 1,\n  \"title\": "), json);
        assertTrue(json.endsWith("}\n"));
        assertFalse(json.contains("\r"));
        assertTrue(json.contains("\"title\": \"模型：双塔召回\""), "non-ASCII is written as is, not escaped");
        assertTrue(json.contains("\"x\": 40,"), "whole numbers without .0");
        // field order inside a node is fixed
        int id = json.indexOf("\"id\": \"n1\"");
        int stage = json.indexOf("\"stage\": \"data\"");
        int tradeoffs = json.indexOf("\"tradeoffs\"");
        int x = json.indexOf("\"x\": 40");
        int height = json.indexOf("\"height\": 140");
        assertTrue(id < stage && stage < tradeoffs && tradeoffs < x && x < height, json);
        assertTrue(json.indexOf("\"nodes\"") < json.indexOf("\"edges\""));
    }

    @Test
    void writtenFileIsUtf8OnDisk(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("b.stageboard");
        BoardFiles.save(f, sample());
        String raw = new String(Files.readAllBytes(f), StandardCharsets.UTF_8);
        assertTrue(raw.contains("Сервинг"));
        assertEquals(sample(), BoardFiles.open(f));
    }
}
