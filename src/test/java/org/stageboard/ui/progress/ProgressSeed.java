package org.stageboard.ui.progress;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.history.HistoryEntry;
import org.stageboard.rehearsal.score.Dimension;

/**
 * Twelve sessions over five weeks on shipped templates of three categories, improving on most dimensions with
 * evaluation lagging; the first two are unscored (recorded before the scorer), as a migrated history would be.
 */
final class ProgressSeed {
    static final String[][] SESSIONS = {
        // day, template, category
        {"2026-10-27", "payment-fraud-detection", "fraud-and-risk"},
        {"2026-10-29", "news-feed-ranking", "recommendation-and-feed"},
        {"2026-11-02", "payment-fraud-detection", "fraud-and-risk"},
        {"2026-11-05", "ads-ctr-prediction", "ads"},
        {"2026-11-09", "news-feed-ranking", "recommendation-and-feed"},
        {"2026-11-12", "credit-default-risk", "fraud-and-risk"},
        {"2026-11-16", "ads-ctr-prediction", "ads"},
        {"2026-11-19", "youtube-video-recommendation", "recommendation-and-feed"},
        {"2026-11-23", "account-takeover-detection", "fraud-and-risk"},
        {"2026-11-25", "news-feed-ranking", "recommendation-and-feed"},
        {"2026-11-27", "payment-fraud-detection", "fraud-and-risk"},
        {"2026-11-30", "app-install-prediction", "ads"},
    };
    static final String[] RULES = {"missing-stage", "empty-stage", "no-baseline", "unstated-tradeoff"};

    private ProgressSeed() {
    }

    static List<HistoryEntry> twelve() {
        List<HistoryEntry> out = new ArrayList<>();
        PhasePlan plan = PhasePlan.preset45();
        for (int i = 0; i < SESSIONS.length; i++) {
            Map<String, HistoryEntry.PhaseTime> phases = new LinkedHashMap<>();
            long total = 0;
            for (Phase p : Phase.values()) {
                // early sessions overrun the clarify phase and starve wrap-up; later ones settle near budget
                double factor = switch (p) {
                    case CLARIFY -> 1.8 - 0.07 * i;
                    case WRAP_UP -> 0.2 + 0.06 * i;
                    default -> 0.9 + 0.03 * ((i + p.ordinal()) % 4);
                };
                long spent = Math.round(plan.budget(p) * factor);
                total += spent;
                phases.put(p.id(), new HistoryEntry.PhaseTime(spent, plan.budget(p)));
            }
            Map<String, Integer> levels = new LinkedHashMap<>();
            if (i >= 2) {
                for (Dimension d : Dimension.values()) {
                    int level = d == Dimension.EVALUATION ? 1 + (i / 6) : Math.min(4, 1 + (i + d.ordinal()) / 4);
                    levels.put(d.id(), level);
                }
            }
            Map<String, Integer> findings = new LinkedHashMap<>();
            for (int r = 0; r < RULES.length; r++) {
                int n = Math.max(0, 4 - r - i / 3);
                if (n > 0) {
                    findings.put(RULES[r], n);
                }
            }
            out.add(new HistoryEntry("s" + (i + 1), Instant.parse(SESSIONS[i][0] + "T19:00:00Z"), SESSIONS[i][1],
                    SESSIONS[i][2], "", total, plan.totalMillis(), phases, levels, findings, 6, 3 + i % 4, i % 2,
                    i % 2, ""));
        }
        return out;
    }
}
