package org.stageboard.rehearsal;

import java.util.Objects;

/** What a session file holds: the log and the plan it was timed against. */
public record SavedSession(SessionLog log, PhasePlan plan) {
    public SavedSession {
        Objects.requireNonNull(log, "log");
        Objects.requireNonNull(plan, "plan");
    }
}
