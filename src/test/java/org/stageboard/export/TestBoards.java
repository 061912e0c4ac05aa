package org.stageboard.export;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/** Boards for export tests and the benchmark. */
public final class TestBoards {
    private TestBoards() {
    }

    public static Node box(String id, Stage stage, double x, double y, double w, double h) {
        return new Node(id, stage, id, "", "", List.of(), x, y, w, h);
    }

    public static Board of(List<Node> nodes, List<Edge> edges) {
        return new Board("test", "", "", "", nodes, edges);
    }

    /** Four boxes with English, Chinese and Russian text, a trade-off, a hint and labelled arrows. */
    public static Board multilingual() {
        List<Node> nodes = List.of(
                new Node("n1", Stage.REQUIREMENTS, "Requirements",
                        "Rank 500 candidates per request under 100 ms p99; 200M daily users.", "", List.of(),
                        0, 0, 220, 140),
                new Node("n2", Stage.DATA, "数据", "点击日志作为正样本，曝光未点击作为负样本。按时间切分。", "",
                        List.of(new TradeOff("时间切分", List.of("随机切分"), "避免泄漏")), 300, 0, 220, 160),
                new Node("n3", Stage.MODEL, "Модель",
                        "Двухбашенная модель для отбора кандидатов, затем градиентный бустинг.", "", List.of(),
                        0, 240, 220, 140),
                new Node("n4", Stage.SERVING, "Serving", "", "Batch or online? Latency budget?", List.of(),
                        300, 240, 220, 140));
        List<Edge> edges = List.of(new Edge("e1", "n1", "n2", "labels"), new Edge("e2", "n2", "n3", "обучение"),
                new Edge("e3", "n3", "n4", "在线"));
        return of(nodes, edges);
    }

    /** {@code count} boxes with text in a grid, each joined to its right-hand neighbour by a labelled arrow. */
    public static Board grid(int count) {
        int columns = (int) Math.ceil(Math.sqrt(count));
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Stage[] stages = Stage.values();
        for (int i = 0; i < count; i++) {
            String id = "n" + i;
            nodes.add(new Node(id, stages[i % stages.length], "Box " + i,
                    "Some answer text that wraps over a couple of lines, like a real box.", "",
                    List.of(new TradeOff("choice", List.of("other"), "reason")),
                    (i % columns) * 300.0, (i / columns) * 220.0, 220, 140));
            if (i % columns != 0) {
                edges.add(new Edge("e" + i, "n" + (i - 1), id, i % 3 == 0 ? "feeds" : ""));
            }
        }
        return of(nodes, edges);
    }

    /** A Chinese board: two stages, a note, a trade-off and a labelled arrow. */
    public static Board chinese() {
        return new Board("视频推荐", "为视频应用设计首页推荐。\n日活 2 亿。", "", "", List.of(
                new Node("n1", Stage.REQUIREMENTS, "需求", "日活 2 亿，延迟 p99 < 100 毫秒", "",
                        List.of(), 0, 0, 220, 140),
                new Node("n2", Stage.DATA, "数据与标签", "• 点击作为正样本\n• 曝光未点击作为负样本", "",
                        List.of(new TradeOff("时间切分", List.of("随机切分", "按用户切分"), "避免泄漏")), 300, 0, 220, 160),
                new Node("n3", Stage.NOTE, "便签", "问面试官：冷启动？", "", List.of(), 600, 0, 200, 100)),
                List.of(new Edge("e1", "n1", "n2", "标签")));
    }

    /** A Russian board: model and serving, a trade-off and a labelled arrow. */
    public static Board russian() {
        return new Board("Антифрод платежей", "Спроектируйте систему обнаружения мошенничества.", "", "", List.of(
                new Node("n1", Stage.MODEL, "Модель", "Бейзлайн: логистическая регрессия", "",
                        List.of(new TradeOff("градиентный бустинг", List.of("нейросеть"), "быстрее и объяснимее")),
                        0, 0, 220, 140),
                new Node("n2", Stage.SERVING, "Сервинг", "Онлайн, p99 < 50 мс", "", List.of(),
                        0, 200, 220, 140)),
                List.of(new Edge("e1", "n1", "n2", "обучение")));
    }
}
