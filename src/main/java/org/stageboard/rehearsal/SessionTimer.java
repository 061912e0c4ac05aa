package org.stageboard.rehearsal;

import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import org.stageboard.model.Stage;

/**
 * The rehearsal clock: pure logic over an injected millisecond clock, so tests move time by hand and the UI
 * only has to call {@link #tick()} now and then (a JavaFX Timeline does).
 *
 * <p>Two phases are tracked. The <em>scheduled</em> phase ({@link #currentPhase()}) follows the clock and the
 * {@link PhasePlan}. The <em>working</em> phase ({@link #workingPhase()}) is where the candidate actually is:
 * it starts at clarify and moves forward when edits reach a later phase's stages ({@link #noteWork}) or when
 * the candidate says so ({@link #moveTo}). When the clock has passed the end of the working phase, that
 * phase has overrun: {@link #isOverrun()} turns true and listeners hear about it once.
 */
public final class SessionTimer {
    /** Where a session is in its life. */
    public enum State { READY, RUNNING, PAUSED, FINISHED }

    private final PhasePlan plan;
    private final LongSupplier clock;
    private final List<TimerListener> listeners = new CopyOnWriteArrayList<>();
    private final Set<Phase> overrunReported = EnumSet.noneOf(Phase.class);
    private State state = State.READY;
    private long startedAt;
    private long pausedAt;
    private long pausedTotal;
    private long frozenElapsed = -1;
    private Phase lastScheduled = Phase.values()[0];
    private Phase working = Phase.values()[0];

    public SessionTimer(PhasePlan plan, LongSupplier clock) {
        this.plan = Objects.requireNonNull(plan);
        this.clock = Objects.requireNonNull(clock);
    }

    public PhasePlan plan() {
        return plan;
    }

    public LongSupplier clock() {
        return clock;
    }

    public void addListener(TimerListener l) {
        listeners.add(l);
    }

    public void removeListener(TimerListener l) {
        listeners.remove(l);
    }

    public State state() {
        return state;
    }

    /** The clock reading when the session started (only meaningful once started). */
    public long startedAt() {
        return startedAt;
    }

    public void start() {
        if (state != State.READY) {
            return;
        }
        startedAt = clock.getAsLong();
        state = State.RUNNING;
        listeners.forEach(TimerListener::started);
    }

    public void pause() {
        if (state != State.RUNNING) {
            return;
        }
        pausedAt = clock.getAsLong();
        state = State.PAUSED;
        listeners.forEach(TimerListener::paused);
    }

    public void resume() {
        if (state != State.PAUSED) {
            return;
        }
        pausedTotal += clock.getAsLong() - pausedAt;
        state = State.RUNNING;
        listeners.forEach(TimerListener::resumed);
    }

    /** Pause when running, resume when paused; nothing otherwise. */
    public void togglePause() {
        if (state == State.RUNNING) {
            pause();
        } else if (state == State.PAUSED) {
            resume();
        }
    }

    /** Ends the session now (the candidate is done early, or time is up). */
    public void finish() {
        if (state == State.READY || state == State.FINISHED) {
            return;
        }
        frozenElapsed = Math.min(elapsed(), plan.totalMillis());
        state = State.FINISHED;
        listeners.forEach(TimerListener::finished);
    }

    /** Running time in milliseconds, not counting pauses. */
    public long elapsed() {
        return switch (state) {
            case READY -> 0;
            case FINISHED -> frozenElapsed;
            case PAUSED -> pausedAt - startedAt - pausedTotal;
            case RUNNING -> clock.getAsLong() - startedAt - pausedTotal;
        };
    }

    public long remaining() {
        return Math.max(0, plan.totalMillis() - elapsed());
    }

    /** The phase the plan schedules for now. */
    public Phase currentPhase() {
        return plan.phaseAt(elapsed());
    }

    /** Time left in the scheduled phase. */
    public long phaseRemaining() {
        return Math.max(0, plan.endOf(currentPhase()) - elapsed());
    }

    /** How far through its own budget a phase is, 0..1 (1 once its time is over). */
    public double progress(Phase phase) {
        long into = elapsed() - plan.startOf(phase);
        return Math.max(0, Math.min(1, (double) into / plan.budget(phase)));
    }

    public Phase workingPhase() {
        return working;
    }

    /** The candidate edited {@code stage}: if it belongs to a later phase, they have moved on to it. */
    public void noteWork(Stage stage) {
        Phase.of(stage).ifPresent(this::moveForward);
    }

    /** The candidate says they are now in {@code phase} (may go back, e.g. to revisit requirements). */
    public void moveTo(Phase phase) {
        working = Objects.requireNonNull(phase);
    }

    private void moveForward(Phase phase) {
        if (phase.ordinal() > working.ordinal()) {
            working = phase;
        }
    }

    /** True when the clock has passed the end of the phase the candidate is still working in. */
    public boolean isOverrun() {
        return state != State.READY && working != Phase.WRAP_UP && elapsed() > plan.endOf(working);
    }

    public long overrunBy() {
        return isOverrun() ? elapsed() - plan.endOf(working) : 0;
    }

    public boolean isFinished() {
        return state == State.FINISHED;
    }

    /**
     * Brings listeners up to date with the clock: phase changes, a new overrun, and the end of time.
     * Call it as often as you like; each event is sent once.
     */
    public void tick() {
        if (state != State.RUNNING) {
            return;
        }
        Phase now = currentPhase();
        if (now != lastScheduled) {
            Phase from = lastScheduled;
            lastScheduled = now;
            listeners.forEach(l -> l.phaseChanged(from, now));
        }
        if (isOverrun() && overrunReported.add(working)) {
            long by = overrunBy();
            Phase p = working;
            listeners.forEach(l -> l.overrun(p, by));
        }
        if (elapsed() >= plan.totalMillis()) {
            finish();
        }
    }
}
