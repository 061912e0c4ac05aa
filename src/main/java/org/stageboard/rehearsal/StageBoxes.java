package org.stageboard.rehearsal;

import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * What the boxes of one stage say, alone: the Evaluation boxes for "which metric?", the Data boxes for "where do
 * labels come from?", the note boxes for the open points the candidate left. A question about a stage is answered
 * by broader evidence in that stage's own box than anywhere on the board ("AUC 0.74" in Evaluation answers "which
 * metric?"; a number in a note does not). Built lazily, once per stage and board.
 */
final class StageBoxes {
    /** One stage's words and signals. */
    record Evidence(BoardTerms words, BoardSignals signals) {
    }

    private final Board board;
    private final Function<Board, BoardTerms> terms;
    private final Optional<String> label;
    private final Map<Stage, Evidence> cache = new EnumMap<>(Stage.class);

    StageBoxes(Board board, Function<Board, BoardTerms> terms, Optional<String> label) {
        this.board = board;
        this.terms = terms;
        this.label = label;
    }

    /** The words and signals of {@code stage}'s boxes only (no title, prompt or other boxes). */
    Evidence of(Stage stage) {
        return cache.computeIfAbsent(stage, s -> {
            Board only = board.withTitle("").withPrompt("").withEdges(List.of()).withNodes(board.nodesOf(s));
            return new Evidence(terms.apply(only), new BoardSignals(new BoardText(only).normalized(), label));
        });
    }
}
