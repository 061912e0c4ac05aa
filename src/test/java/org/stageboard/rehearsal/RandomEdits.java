package org.stageboard.rehearsal;

import java.util.List;
import java.util.Random;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/** Random but reproducible board edits of every kind, in all three languages. */
final class RandomEdits {
    private static final String[] WORDS = {"online serving", "排序模型", "рекомендации", "p99 < 100 ms", "AUC 0.81",
        "冷启动", "дисбаланс классов", "two-tower", "feature store", "A/B test"};
    private final Random rnd;

    RandomEdits(long seed) {
        rnd = new Random(seed);
    }

    Board next(Board b) {
        List<Node> nodes = b.nodes();
        int kind = nodes.isEmpty() ? 0 : rnd.nextInt(9);
        Stage stage = Stage.values()[rnd.nextInt(Stage.values().length)];
        switch (kind) {
            case 0:
                return b.addNode(Node.of(b.freshId("n"), stage, word(), rnd.nextInt(900) + 0.5, rnd.nextInt(700) / 3.0));
            case 1:
                return b.replaceNode(pick(nodes).withText(pick(nodes).text() + " " + word()));
            case 2:
                return b.replaceNode(pick(nodes).withPosition(rnd.nextDouble() * 1000, rnd.nextDouble() * 800));
            case 3:
                return b.remove(List.of(pick(nodes).id()), List.of());
            case 4: {
                Node a = pick(nodes);
                Node z = pick(nodes);
                return b.addEdge(new Edge(b.freshId("e"), a.id(), z.id(), word()));
            }
            case 5:
                return b.edges().isEmpty() ? b.withTitle(word())
                        : b.replaceEdge(b.edges().get(rnd.nextInt(b.edges().size())).withLabel(word()));
            case 6:
                return b.replaceNode(pick(nodes).withStage(stage));
            case 7:
                return b.replaceNode(pick(nodes).withTradeoffs(
                        List.of(new TradeOff(word(), List.of(word(), ""), word()))));
            default:
                return b.withPrompt(word());
        }
    }

    private Node pick(List<Node> nodes) {
        return nodes.get(rnd.nextInt(nodes.size()));
    }

    private String word() {
        return WORDS[rnd.nextInt(WORDS.length)];
    }
}
