package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongSupplier;
import org.stageboard.edit.BoardDelta;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.LogEntry.Kind;

/**
 * Everything that happened in one rehearsal, with its time: each board change (and the board after it, so the
 * session can be replayed exactly), follow-ups asked, answered and skipped, phase changes, pauses.
 * Times are milliseconds since the session started.
 */
public final class SessionLog {
    private final List<LogEntry> entries = new ArrayList<>();
    private final LongSupplier clock;
    private final long origin;

    /** A new log starting now with {@code initial} as the board on screen. */
    public SessionLog(Board initial, LongSupplier clock) {
        this(initial, clock, clock.getAsLong());
    }

    /** A new log whose time zero is the clock reading {@code origin} (the timer's start). */
    public SessionLog(Board initial, LongSupplier clock, long origin) {
        this.clock = Objects.requireNonNull(clock);
        this.origin = origin;
        entries.add(new LogEntry(0, Kind.START, Set.of(), "", "", Objects.requireNonNull(initial)));
    }

    private SessionLog(List<LogEntry> restored) {
        this.clock = null;
        this.origin = 0;
        entries.addAll(restored);
    }

    /**
     * A finished log read back from a file; it can be replayed and reported but not appended to.
     *
     * @throws IllegalArgumentException when the entries do not start with a START entry or go back in time
     */
    public static SessionLog restore(List<LogEntry> entries) {
        if (entries.isEmpty() || entries.get(0).kind() != Kind.START) {
            throw new IllegalArgumentException("the first entry must be the session start");
        }
        long last = Long.MIN_VALUE;
        for (int i = 0; i < entries.size(); i++) {
            LogEntry e = entries.get(i);
            if (e.at() < last) {
                throw new IllegalArgumentException("entry " + (i + 1) + " goes back in time");
            }
            if (i > 0 && e.kind() == Kind.START) {
                throw new IllegalArgumentException("entry " + (i + 1) + " is a second start");
            }
            last = e.at();
        }
        return new SessionLog(entries);
    }

    public List<LogEntry> entries() {
        return Collections.unmodifiableList(entries);
    }

    public Board initialBoard() {
        return entries.get(0).board();
    }

    /** The board after the last recorded edit. */
    public Board lastBoard() {
        for (int i = entries.size() - 1; i >= 0; i--) {
            if (entries.get(i).hasBoard()) {
                return entries.get(i).board();
            }
        }
        throw new IllegalStateException("a log always has its start board");
    }

    /** Milliseconds since the session started. */
    public long now() {
        if (clock == null) {
            throw new IllegalStateException("a restored session log is read-only");
        }
        return clock.getAsLong() - origin;
    }

    /** The time of the last entry (the finish, when the session was finished). */
    public long end() {
        return entries.get(entries.size() - 1).at();
    }

    public boolean isFinished() {
        return entries.get(entries.size() - 1).kind() == Kind.FINISHED;
    }

    /**
     * Records a board change. Feed it every change the document publishes (undo and redo included).
     * A "change" that leaves the board equal records nothing.
     *
     * @return the stages the change touched (empty when nothing was recorded)
     */
    public Set<Stage> recordEdit(Board before, Board after, String description) {
        if (after == null || after.equals(before)) {
            return Set.of();
        }
        Set<Stage> touched = BoardDiff.touchedStages(before == null ? lastBoard() : before, after);
        append(new LogEntry(now(), Kind.EDIT, touched, description, "", after));
        return touched;
    }

    /**
     * Records a change the document published with its {@code delta}: the touched stages come from the delta, not
     * from comparing the boards. {@code before} is the board the change started from.
     *
     * @return the stages the change touched (empty when nothing was recorded)
     */
    public Set<Stage> recordEdit(Board before, Board after, BoardDelta delta, String description) {
        if (after == null || delta.isEmpty() && after.equals(before)) {
            return Set.of();
        }
        Set<Stage> touched = BoardDiff.touchedStages(delta, before, after);
        append(new LogEntry(now(), Kind.EDIT, touched, description, "", after));
        return touched;
    }

    public void followUpAsked(FollowUp f) {
        append(new LogEntry(now(), Kind.FOLLOW_UP_ASKED, Set.of(f.stage()), f.question(), "", null));
    }

    public void followUpAnswered(FollowUp f, String answer) {
        append(new LogEntry(now(), Kind.FOLLOW_UP_ANSWERED, Set.of(f.stage()), f.question(), answer, null));
    }

    public void followUpSkipped(FollowUp f) {
        append(new LogEntry(now(), Kind.FOLLOW_UP_SKIPPED, Set.of(f.stage()), f.question(), "", null));
    }

    /** A requirement change was thrown in, about {@code stage}. */
    public void curveballThrown(Stage stage, String text) {
        append(new LogEntry(now(), Kind.CURVEBALL, Set.of(stage), text, "", null));
    }

    /** The candidate answered the curveball {@code text} on the card. */
    public void curveballAnswered(Stage stage, String text, String answer) {
        append(new LogEntry(now(), Kind.CURVEBALL, Set.of(stage), text, answer, null));
    }

    public void phaseChanged(Phase to) {
        append(new LogEntry(now(), Kind.PHASE_CHANGED, Set.copyOf(to.stages()), to.id(), "", null));
    }

    public void overrun(Phase phase) {
        append(new LogEntry(now(), Kind.OVERRUN, Set.copyOf(phase.stages()), phase.id(), "", null));
    }

    public void paused() {
        append(new LogEntry(now(), Kind.PAUSED, Set.of(), "", "", null));
    }

    public void resumed() {
        append(new LogEntry(now(), Kind.RESUMED, Set.of(), "", "", null));
    }

    public void finished() {
        if (!isFinished()) {
            append(new LogEntry(now(), Kind.FINISHED, Set.of(), "", "", null));
        }
    }

    private void append(LogEntry e) {
        if (clock == null) {
            throw new IllegalStateException("a restored session log is read-only");
        }
        if (isFinished()) {
            return;
        }
        entries.add(e);
    }

    /**
     * Time spent on each stage, pauses excluded. The time leading up to an edit is what the candidate spent
     * composing it, so the gap between two edits goes to the stages the later edit touched (split evenly when
     * it touched several). Time after the last edit is not on any stage: see {@link #timeAfterLastEdit()}.
     */
    public Map<Stage, Long> timePerStage() {
        Map<Stage, Long> out = new EnumMap<>(Stage.class);
        long prev = 0;
        for (LogEntry e : entries) {
            if (e.kind() != Kind.EDIT) {
                continue;
            }
            long span = activeBetween(prev, e.at());
            prev = e.at();
            if (e.stages().isEmpty() || span == 0) {
                continue;
            }
            List<Stage> stages = e.stages().stream().sorted().toList();
            long each = span / stages.size();
            long rest = span - each * stages.size();
            for (Stage s : stages) {
                out.merge(s, each + (rest-- > 0 ? 1 : 0), Long::sum);
            }
        }
        return out;
    }

    /** Running time (pauses excluded) between the last edit and the end of the log: the wrap-up talk. */
    public long timeAfterLastEdit() {
        long last = 0;
        for (LogEntry e : entries) {
            if (e.kind() == Kind.EDIT) {
                last = e.at();
            }
        }
        return activeBetween(last, end());
    }

    /**
     * Time per phase; the phases add up to {@link #activeDuration()} exactly. The gap before an edit goes to
     * the phases of the pipeline stages it touched (split evenly when it touched several phases). An edit
     * that touched no pipeline stage (a note, the title) still took that time: it goes to the phase the
     * timer showed when the edit was made. Wrap-up gets the time after the last edit.
     */
    public Map<Phase, Long> timePerPhase() {
        Map<Phase, Long> out = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            out.put(p, 0L);
        }
        long prev = 0;
        Phase showing = Phase.values()[0];
        for (LogEntry e : entries) {
            if (e.kind() == Kind.PHASE_CHANGED) {
                showing = Phase.fromId(e.text()).orElse(showing);
            }
            if (e.kind() != Kind.EDIT) {
                continue;
            }
            long span = activeBetween(prev, e.at());
            prev = e.at();
            List<Phase> phases = e.stages().stream().map(Phase::of).flatMap(java.util.Optional::stream)
                    .distinct().sorted().toList();
            if (phases.isEmpty()) {
                phases = List.of(showing);
            }
            long each = span / phases.size();
            long rest = span - each * phases.size();
            for (Phase p : phases) {
                out.merge(p, each + (rest-- > 0 ? 1 : 0), Long::sum);
            }
        }
        out.merge(Phase.WRAP_UP, timeAfterLastEdit(), Long::sum);
        return out;
    }

    /** Running time of the whole session, pauses excluded. */
    public long activeDuration() {
        return activeBetween(0, end());
    }

    /** Milliseconds in [from, to) during which the session was not paused. */
    long activeBetween(long from, long to) {
        long total = Math.max(0, to - from);
        long pauseStart = -1;
        for (LogEntry e : entries) {
            if (e.kind() == Kind.PAUSED && pauseStart < 0) {
                pauseStart = e.at();
            } else if (e.kind() == Kind.RESUMED && pauseStart >= 0) {
                total -= overlap(from, to, pauseStart, e.at());
                pauseStart = -1;
            }
        }
        if (pauseStart >= 0) {
            total -= overlap(from, to, pauseStart, Math.max(to, end()));
        }
        return total;
    }

    private static long overlap(long a1, long a2, long b1, long b2) {
        return Math.max(0, Math.min(a2, b2) - Math.max(a1, b1));
    }

    /** The curveballs thrown, each once, in order (answers are separate entries with the same text). */
    public List<LogEntry> curveballs() {
        List<LogEntry> out = new ArrayList<>();
        for (LogEntry e : entries) {
            if (e.kind() == Kind.CURVEBALL && e.answer().isEmpty()
                    && out.stream().noneMatch(c -> c.text().equals(e.text()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The board as it was at {@code at} (after every edit up to that time). */
    public Board boardAt(long at) {
        Board b = initialBoard();
        for (LogEntry e : entries) {
            if (e.at() > at) {
                break;
            }
            if (e.hasBoard()) {
                b = e.board();
            }
        }
        return b;
    }

    /** The follow-up events (asked, answered, skipped) in order. */
    public List<LogEntry> followUps() {
        return entries.stream().filter(e -> e.kind() == Kind.FOLLOW_UP_ASKED
                || e.kind() == Kind.FOLLOW_UP_ANSWERED || e.kind() == Kind.FOLLOW_UP_SKIPPED).toList();
    }
}
