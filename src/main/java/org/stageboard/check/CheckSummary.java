package org.stageboard.check;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * The headline of a check: how many of the profile's stages the board covers, which decision stages state a
 * trade-off, and how many findings of each severity.
 *
 * @param covered        required stages with at least one non-empty box, in pipeline order
 * @param required       the profile's required stages
 * @param tradeoffStated for each decision stage, whether a box of it states a trade-off
 */
public record CheckSummary(List<Stage> covered, List<Stage> required, Map<Stage, Boolean> tradeoffStated,
                           int errors, int warnings, int info) {

    public CheckSummary {
        covered = List.copyOf(covered);
        required = List.copyOf(required);
        tradeoffStated = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tradeoffStated));
    }

    public static CheckSummary of(Board board, Profile profile, List<Finding> findings) {
        return of(new CheckContext(board, profile), findings);
    }

    /** The summary from the context the findings were computed in, so no box is analysed twice. */
    static CheckSummary of(CheckContext ctx, List<Finding> findings) {
        Profile profile = ctx.profile();
        List<Stage> covered = new ArrayList<>();
        for (Stage s : profile.requiredStages()) {
            if (ctx.hasStage(s) && !ctx.allEmpty(s)) {
                covered.add(s);
            }
        }
        Map<Stage, Boolean> stated = new LinkedHashMap<>();
        for (Stage s : profile.decisionStages()) {
            stated.put(s, ctx.hasStage(s) && UnstatedTradeoffRule.states(ctx, s));
        }
        return new CheckSummary(covered, profile.requiredStages(), stated,
                count(findings, Severity.ERROR), count(findings, Severity.WARNING), count(findings, Severity.INFO));
    }

    public int tradeoffsStated() {
        return (int) tradeoffStated.values().stream().filter(b -> b).count();
    }

    public int count(Severity s) {
        return switch (s) {
            case ERROR -> errors;
            case WARNING -> warnings;
            case INFO -> info;
        };
    }

    private static int count(List<Finding> findings, Severity s) {
        return (int) findings.stream().filter(f -> f.severity() == s).count();
    }
}
