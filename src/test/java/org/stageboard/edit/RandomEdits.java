package org.stageboard.edit;

import java.util.List;
import java.util.Random;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Random but reproducible user actions, as the editor's own {@link BoardEdit} records, in all three languages:
 * the one generator behind the document's undo properties and the rehearsal log's replay properties.
 */
public final class RandomEdits {
    private static final String[] WORDS = {"clicks", "视频推荐", "задержка", "two-tower", "AUC 0.81", "漂移", "метки",
        "p99 < 100 ms", "", "line one\nline two", "冷启动", "дисбаланс классов", "feature store", "a, b; c"};

    private final Random random;

    public RandomEdits(long seed) {
        random = new Random(seed);
    }

    public Random random() {
        return random;
    }

    /** The board after a random edit of {@code board}. */
    public Board nextBoard(Board board) {
        return next(board).apply(board);
    }

    /** An edit that fits {@code board}; may turn out to change nothing (e.g. setting the stage a box has). */
    public BoardEdit next(Board board) {
        List<Node> nodes = board.nodes();
        if (nodes.isEmpty()) {
            return AddBox.at(board, stage(), grid(), grid());
        }
        String id = pick(nodes).id();
        return switch (random.nextInt(19)) {
            case 0 -> AddBox.at(board, stage(), grid(), grid());
            case 1 -> new Move(Set.of(id), random.nextDouble() * 400 - 200, grid() / 10, random.nextInt(2));
            case 2 -> new Nudge(Set.of(id), 10 * (random.nextInt(3) - 1), 10 * (random.nextInt(3) - 1));
            case 3 -> new Resize(id, grid(), grid(), Node.MIN_WIDTH + random.nextInt(300) - 20,
                    Node.MIN_HEIGHT + random.nextInt(200), random.nextInt(2));
            case 4 -> Connect.between(board, id, pick(nodes).id()).map(BoardEdit.class::cast)
                    .orElseGet(() -> new SetBoardTitle(word()));
            case 5 -> new SetText(id, word(), word() + (random.nextBoolean() ? "\n" + word() : ""));
            case 6 -> new SetTitle(id, word());
            case 7 -> new SetNotes(id, word());
            case 8 -> new SetStage(Set.of(id), stage());
            case 9 -> new FixStage(id, stage());
            case 10 -> board.edges().isEmpty() ? new SetPrompt(word())
                    : new SetEdgeLabel(pick(board.edges()).id(), word());
            case 11 -> new SetBoardTitle(word());
            case 12 -> new AddTradeOff(id);
            case 13 -> new RemoveTradeOff(id, random.nextInt(3));
            case 14 -> new SetTradeOffField(id, random.nextInt(2),
                    SetTradeOffField.TradeOffField.values()[random.nextInt(3)], word());
            case 15 -> new DeleteSelection(Set.of(id),
                    board.edges().isEmpty() ? Set.of() : Set.of(pick(board.edges()).id()));
            case 16 -> InsertCopies.of(board, Edits.fragment(board, List.of(id)), grid(), grid(),
                    random.nextBoolean() ? InsertCopies.Purpose.PASTE : InsertCopies.Purpose.DUPLICATE);
            case 17 -> AddAnswerNote.at(board, stage(), word(), grid(), grid(), random.nextBoolean() ? id : null);
            default -> new SetPrompt(word());
        };
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
