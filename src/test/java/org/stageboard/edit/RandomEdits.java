package org.stageboard.edit;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/** Random but reproducible edits of every kind the editor makes, for property tests of the document. */
final class RandomEdits {
    /** One user action: its undo description and what it does to the board. */
    record Edit(String description, UnaryOperator<Board> change) {
    }

    private static final String[] WORDS = {"clicks", "视频推荐", "задержка", "two-tower", "AUC", "漂移", "метки",
        "p99 < 100 ms", "", "line one\nline two"};

    private final Random random;

    RandomEdits(long seed) {
        random = new Random(seed);
    }

    Random random() {
        return random;
    }

    /** An edit that fits {@code board}; may turn out to change nothing (e.g. setting the stage a box has). */
    Edit next(Board board) {
        List<Node> nodes = board.nodes();
        int kind = nodes.isEmpty() ? 0 : random.nextInt(12);
        switch (kind) {
            case 0: {
                Node n = Node.of(board.freshId("n"), stage(), word(), grid(), grid());
                return new Edit("add node", b -> b.addNode(n));
            }
            case 1: {
                String id = pick(nodes).id();
                double x = grid();
                double y = grid();
                return new Edit("move", b -> b.mapNodes(List.of(id), n -> n.withPosition(x, y)));
            }
            case 2: {
                String id = pick(nodes).id();
                double w = Node.MIN_WIDTH + random.nextInt(300);
                double h = Node.MIN_HEIGHT + random.nextInt(200);
                return new Edit("resize", b -> b.mapNodes(List.of(id), n -> n.withBounds(n.x(), n.y(), w, h)));
            }
            case 3: {
                String id = pick(nodes).id();
                String text = word() + (random.nextBoolean() ? "\n" + word() : "");
                return new Edit("text", b -> b.mapNodes(List.of(id), n -> n.withText(text)));
            }
            case 4: {
                String id = pick(nodes).id();
                Stage s = stage();
                return new Edit("stage", b -> b.mapNodes(List.of(id), n -> n.withStage(s)));
            }
            case 5: {
                String id = pick(nodes).id();
                TradeOff t = new TradeOff(word(), random.nextBoolean() ? List.of() : List.of(word(), word()), word());
                return new Edit("add trade-off", b -> b.mapNodes(List.of(id), n -> {
                    List<TradeOff> list = new ArrayList<>(n.tradeoffs());
                    list.add(t);
                    return n.withTradeoffs(list);
                }));
            }
            case 6: {
                Node node = pick(nodes);
                int index = node.tradeoffs().isEmpty() ? -1 : random.nextInt(node.tradeoffs().size());
                return new Edit("remove trade-off", b -> b.mapNodes(List.of(node.id()), n -> {
                    List<TradeOff> list = new ArrayList<>(n.tradeoffs());
                    if (index >= 0 && index < list.size()) {
                        list.remove(index);
                    }
                    return n.withTradeoffs(list);
                }));
            }
            case 7: {
                String from = pick(nodes).id();
                String to = pick(nodes).id();
                String label = word();
                return new Edit("connect", b -> b.addEdge(new Edge(b.freshId("e"), from, to, label)));
            }
            case 8: {
                String id = pick(nodes).id();
                return new Edit("delete", b -> b.remove(Set.of(id), List.of()));
            }
            case 9: {
                if (board.edges().isEmpty()) {
                    return new Edit("relabel nothing", b -> b);
                }
                String id = pick(board.edges()).id();
                String label = word();
                return new Edit("relabel", b -> b.replaceEdge(b.edge(id).orElseThrow().withLabel(label)));
            }
            case 10: {
                String title = word();
                return new Edit("title", b -> b.withTitle(title));
            }
            default: {
                String id = pick(nodes).id();
                String title = word();
                return new Edit("node title", b -> b.mapNodes(List.of(id), n -> n.withTitle(title)));
            }
        }
    }

    private <T> T pick(List<T> list) {
        return list.get(random.nextInt(list.size()));
    }

    private Stage stage() {
        return Stage.values()[random.nextInt(Stage.values().length)];
    }

    private String word() {
        return WORDS[random.nextInt(WORDS.length)];
    }

    private double grid() {
        return 20 * random.nextInt(100);
    }
}
