package org.stageboard.rehearsal.curveball;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import org.stageboard.check.CheckContext;
import org.stageboard.check.Numbers;
import org.stageboard.check.Profiles;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.BoardDomains;
import org.stageboard.rehearsal.BoardText;

/**
 * Reads a curveball's {@code requires} conditions against a board, with the matchers follow-ups and the checker
 * already use (no new one): {@link BoardText} for words (whole tokens, "fraud*" a stem, synonyms joined by "|"),
 * {@link BoardDomains} for the kind of system, {@link Numbers} for a latency budget and the checker's
 * {@link CheckContext} for whether a stage says anything the candidate wrote.
 *
 * <p>Each condition is one of: {@code stage:serving} (a Serving box says something), {@code domain:classify} (the
 * board is of that kind), {@code central:idea} (the board is about the idea: title, prompt or two boxes),
 * {@code #latency} (a latency budget is stated), or an idea (any of its synonyms is said). A leading "!" negates it.
 * Synonyms of an idea may mix these forms ("online|real-time|#latency").
 */
public final class BoardConditions {
    private final BoardText words;
    private final Set<String> kinds;
    private final Set<Stage> said = EnumSet.noneOf(Stage.class);

    public BoardConditions(Board board) {
        this.words = new BoardText(board);
        this.kinds = BoardDomains.of(words);
        CheckContext ctx = new CheckContext(board, Profiles.forBoard(board));
        for (Node n : board.nodes()) {
            if (!ctx.isEmpty(n)) {
                said.add(n.stage());
            }
        }
    }

    /** True when every condition holds (an empty list always holds). */
    public boolean all(List<String> conditions) {
        return conditions.stream().allMatch(this::holds);
    }

    /** One condition, see the class comment. */
    public boolean holds(String condition) {
        String c = condition == null ? "" : condition.strip();
        if (c.startsWith("!")) {
            return !holds(c.substring(1));
        }
        if (c.startsWith("central:")) {
            return words.central(c.substring("central:".length()));
        }
        for (String synonym : c.split("\\|")) {
            if (one(synonym.strip())) {
                return true;
            }
        }
        return false;
    }

    private boolean one(String term) {
        if (term.isEmpty()) {
            return false;
        }
        if (term.startsWith("stage:")) {
            return Stage.fromId(term.substring("stage:".length())).map(said::contains).orElse(false);
        }
        if (term.startsWith("domain:")) {
            return kinds.contains(term.substring("domain:".length()));
        }
        if (term.equals("#latency")) {
            return Numbers.hasLatencyBudget(words.normalized());
        }
        return words.mentions(term);
    }

    /** The stages where the candidate wrote something. */
    public Set<Stage> saidStages() {
        return Set.copyOf(said);
    }
}
