package org.stageboard.rehearsal.score;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import org.stageboard.check.CheckContext;
import org.stageboard.check.Profiles;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;
import org.stageboard.text.Terms;
import org.stageboard.text.TextNorm;

/**
 * What the candidate wrote on a board, line by line per stage, for the scorecard to test and quote: the checker's
 * {@link CheckContext} decides what counts as written (no hints, no "TBD", no stage names as titles), and quotes are
 * the board's own words as written, cut to one short line.
 */
final class BoardWords {
    static final int QUOTE = 60;
    private final Board board;
    private final CheckContext ctx;

    BoardWords(Board board) {
        this.board = board;
        this.ctx = new CheckContext(board, Profiles.forBoard(board));
    }

    Board board() {
        return board;
    }

    /** True when some box of the stage says something the candidate wrote. */
    boolean says(Stage stage) {
        return ctx.hasStage(stage) && !ctx.allEmpty(stage);
    }

    /** The candidate's lines in the stage's boxes (title unless a stage name, text, trade-off rows), as written. */
    List<String> lines(Stage... stages) {
        List<String> out = new ArrayList<>();
        for (Stage s : stages) {
            for (Node n : board.nodesOf(s)) {
                if (ctx.isEmpty(n)) {
                    continue;
                }
                // the box's text before its title: "Binary classification: P(fraud)" says more than "Framing: risk"
                String answer = ctx.answer(n);
                for (String line : n.text().split("\\R")) {
                    addIfAnswer(out, line, answer);
                }
                for (TradeOff t : n.tradeoffs()) {
                    addIfAnswer(out, t.choice(), answer);
                    t.over().forEach(o -> addIfAnswer(out, o, answer));
                    addIfAnswer(out, t.because(), answer);
                }
                for (String line : n.title().split("\\R")) {
                    addIfAnswer(out, line, answer);
                }
            }
        }
        return out;
    }

    private static void addIfAnswer(List<String> out, String line, String answer) {
        String l = line.strip().replaceFirst("^[-*•·]\\s*", "");
        if (!l.isEmpty() && answer.contains(TextNorm.normalize(l).strip())) {
            out.add(l);
        }
    }

    /** The board with only the boxes of {@code stages} (to read facts such as the label where they belong). */
    Board only(Stage... stages) {
        java.util.Set<Stage> keep = java.util.EnumSet.noneOf(Stage.class);
        keep.addAll(List.of(stages));
        return board.withNodes(board.nodes().stream().filter(n -> keep.contains(n.stage())).toList()).withEdges(List.of());
    }

    /** The first of the stages' lines that {@code test} accepts (it gets the normalised line), quoted. */
    Optional<String> line(Predicate<String> test, Stage... stages) {
        for (String l : lines(stages)) {
            if (test.test(TextNorm.normalize(l))) {
                return Optional.of(cut(l));
            }
        }
        return Optional.empty();
    }

    /** The first line saying one of {@code terms}, quoted. */
    Optional<String> line(Terms terms, Stage... stages) {
        return line(terms::in, stages);
    }

    /** The first line of the stages, quoted. */
    Optional<String> first(Stage... stages) {
        return line(l -> true, stages);
    }

    static String cut(String s) {
        String one = s.strip().replaceAll("\\s+", " ");
        if (one.codePointCount(0, one.length()) <= QUOTE) {
            return one;
        }
        int end = one.offsetByCodePoints(0, QUOTE - 1);
        int space = one.lastIndexOf(' ', end);
        return (space > QUOTE / 2 ? one.substring(0, space) : one.substring(0, end)).strip() + "…";
    }
}
