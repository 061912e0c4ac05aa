package org.stageboard.check;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stageboard.model.Board;
import org.stageboard.model.Node;

/**
 * Runs every rule over a board. Cheap enough to run on each edit: one pass builds the {@link CheckContext}, each
 * rule then reads only the boxes of its own stage (a 2,000-box board checks in a few milliseconds cold, and a
 * long-lived Checker re-checks an edited board faster still, reusing each unchanged box's analysis; see README).
 */
public final class Checker {
    /** Stage order (board-wide findings last), then errors before warnings before info; rule order breaks ties. */
    public static final Comparator<Finding> ORDER = Comparator
            .comparingInt((Finding f) -> f.stage() == null ? Integer.MAX_VALUE : f.stage().ordinal())
            .thenComparing(Finding::severity);

    private final List<Rule> rules;
    /** Per-box facts from the last run; a long-lived Checker (one per panel) re-checks only the boxes that changed. */
    private Map<Node, CheckContext.NodeFacts> lastFacts = Map.of();

    public Checker(List<Rule> rules) {
        this.rules = List.copyOf(rules);
    }

    /** A checker with every shipped rule. */
    public Checker() {
        this(Rules.all());
    }

    public static List<Finding> check(Board board, Profile profile) {
        return new Checker().run(board, profile);
    }

    /** Checks with the board's own profile (the default when it names none). */
    public static List<Finding> check(Board board) {
        return check(board, Profiles.forBoard(board));
    }

    /**
     * Checks a board. Not thread-safe: one instance belongs to one caller (e.g. the findings panel on the FX
     * thread); the static {@link #check(Board, Profile)} uses a fresh instance each time.
     */
    public List<Finding> run(Board board, Profile profile) {
        return runWithSummary(board, profile).findings();
    }

    /** The findings and their summary, computed together. */
    public Result runWithSummary(Board board, Profile profile) {
        CheckContext ctx = new CheckContext(board, profile, lastFacts);
        lastFacts = ctx.facts();
        FindingSink sink = new FindingSink();
        for (Rule r : rules) {
            r.check(ctx, sink);
        }
        List<Finding> out = new ArrayList<>(sink.findings());
        out.sort(ORDER);
        List<Finding> findings = List.copyOf(out);
        return new Result(findings, CheckSummary.of(ctx, findings));
    }

    /** What one check produced. */
    public record Result(List<Finding> findings, CheckSummary summary) {
    }
}
