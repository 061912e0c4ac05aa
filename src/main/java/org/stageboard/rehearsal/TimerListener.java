package org.stageboard.rehearsal;

/** What a {@link SessionTimer} reports as it is ticked. Every method has an empty default. */
public interface TimerListener {
    default void started() {
    }

    /** The scheduled phase moved on (time-based). */
    default void phaseChanged(Phase from, Phase to) {
    }

    /**
     * The phase the candidate is still working in has used up its budget. Sent once per phase; a gentle cue,
     * the session goes on.
     */
    default void overrun(Phase phase, long overByMillis) {
    }

    default void paused() {
    }

    default void resumed() {
    }

    default void finished() {
    }
}
