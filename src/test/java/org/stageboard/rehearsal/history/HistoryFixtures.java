package org.stageboard.rehearsal.history;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.score.Dimension;

/** Entries for history tests: a session per call, with the levels and finding counts a test asks for. */
final class HistoryFixtures {
    private HistoryFixtures() {
    }

    /** A 45-minute session that used each phase's budget times {@code overFactor}. */
    static HistoryEntry entry(String id, String finishedAt, String templateId, String category,
                              Map<Dimension, Integer> levels, Map<String, Integer> findings, double overFactor) {
        PhasePlan plan = PhasePlan.preset45();
        Map<String, HistoryEntry.PhaseTime> phases = new LinkedHashMap<>();
        long total = 0;
        for (Phase p : Phase.values()) {
            long spent = Math.round(plan.budget(p) * overFactor);
            total += spent;
            phases.put(p.id(), new HistoryEntry.PhaseTime(spent, plan.budget(p)));
        }
        Map<String, Integer> byId = new LinkedHashMap<>();
        levels.forEach((d, l) -> byId.put(d.id(), l));
        return new HistoryEntry(id, Instant.parse(finishedAt), templateId, category, "Board " + id, total,
                plan.totalMillis(), phases, byId, findings, 5, 3, 1, 1, "");
    }

    /** Every dimension at {@code level}, except those given in {@code except}. */
    static Map<Dimension, Integer> levels(int level, Object... except) {
        Map<Dimension, Integer> m = new LinkedHashMap<>();
        for (Dimension d : Dimension.values()) {
            m.put(d, level);
        }
        for (int i = 0; i < except.length; i += 2) {
            m.put((Dimension) except[i], (Integer) except[i + 1]);
        }
        return m;
    }
}
