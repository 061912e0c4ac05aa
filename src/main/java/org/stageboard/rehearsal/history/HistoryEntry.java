package org.stageboard.rehearsal.history;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import java.util.OptionalDouble;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;

/**
 * One finished rehearsal as the history keeps it (store format version 2). Maps are keyed by the stable ids of
 * {@link Phase#id()}, {@link Dimension#id()} and the checker's rule ids, so an id this version does not know (a
 * store written by a newer one) is kept and written back rather than lost.
 *
 * @param templateId   the template the board was seeded from, "" for a board of its own
 * @param category     the template's category id, "" when unknown
 * @param totalMillis  active time used (pauses not counted)
 * @param planMillis   the length of the plan the timer ran
 * @param phases       time spent and budget per phase id
 * @param levels       the scorecard's level (1..4 points) per dimension id; empty when the session was not scored
 * @param findings     the checker's findings on the final board, counted per rule id
 * @param sessionFile  where the session was saved, "" when it was not
 */
public record HistoryEntry(String id, Instant finishedAt, String templateId, String category, String title,
                           long totalMillis, long planMillis, Map<String, PhaseTime> phases,
                           Map<String, Integer> levels, Map<String, Integer> findings,
                           int followUpsAsked, int followUpsAnswered,
                           int curveballsDelivered, int curveballsAnswered, String sessionFile) {

    /** Longest title kept: the history is a list, not a copy of the board. */
    public static final int MAX_TITLE_CHARS = 200;

    /** Time spent in one phase and its budget, in milliseconds. */
    public record PhaseTime(long spentMillis, long budgetMillis) {
        public PhaseTime {
            spentMillis = Math.max(0, spentMillis);
            budgetMillis = Math.max(0, budgetMillis);
        }
    }

    public HistoryEntry {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(finishedAt, "finishedAt");
        templateId = templateId == null ? "" : templateId;
        category = category == null ? "" : category;
        title = title == null ? "" : title.length() > MAX_TITLE_CHARS ? title.substring(0, MAX_TITLE_CHARS) : title;
        totalMillis = Math.max(0, totalMillis);
        planMillis = Math.max(0, planMillis);
        phases = frozen(phases);
        levels = frozen(levels);
        findings = frozen(findings);
        sessionFile = sessionFile == null ? "" : sessionFile;
    }

    private static <V> Map<String, V> frozen(Map<String, V> m) {
        Map<String, V> copy = new LinkedHashMap<>();
        if (m != null) {
            m.forEach((k, v) -> {
                if (k != null && v != null) {
                    copy.put(k, v);
                }
            });
        }
        return Collections.unmodifiableMap(copy);
    }

    /** The same entry with the curveball counts (the scorer's part, filled in where it knows them). */
    public HistoryEntry withCurveballs(int delivered, int answered) {
        return new HistoryEntry(id, finishedAt, templateId, category, title, totalMillis, planMillis, phases, levels,
                findings, followUpsAsked, followUpsAnswered, delivered, answered, sessionFile);
    }

    /** The same entry filed under {@code categoryId} (a store of version 1 did not record it). */
    public HistoryEntry withCategory(String categoryId) {
        return new HistoryEntry(id, finishedAt, templateId, categoryId, title, totalMillis, planMillis, phases, levels,
                findings, followUpsAsked, followUpsAnswered, curveballsDelivered, curveballsAnswered, sessionFile);
    }

    /** The level of {@code d}, or null when this session has none for it (not scored, or a value out of range). */
    public Level level(Dimension d) {
        Integer p = levels.get(d.id());
        return p == null || p < 1 || p > 4 ? null : Level.ofPoints(p);
    }

    /** True when the session carries a level for at least one known dimension. */
    public boolean isScored() {
        for (Dimension d : Dimension.values()) {
            if (level(d) != null) {
                return true;
            }
        }
        return false;
    }

    /** The time spent and budget of {@code p}; zeros when the entry has none. */
    public PhaseTime phase(Phase p) {
        return phases.getOrDefault(p.id(), new PhaseTime(0, 0));
    }

    /** All findings of the final board, over every rule. */
    public int findingCount() {
        return findings.values().stream().mapToInt(i -> Math.max(0, i)).sum();
    }

    /** The mean level points of the scored dimensions, for the table; empty when not scored. */
    public OptionalDouble meanLevel() {
        return java.util.Arrays.stream(Dimension.values()).map(this::level).filter(Objects::nonNull)
                .mapToInt(Level::points).average();
    }
}
