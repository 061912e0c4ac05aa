package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.stageboard.edit.BoardDelta;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.curveball.Curveball;
import org.stageboard.rehearsal.curveball.CurveballPicker;
import org.stageboard.rehearsal.curveball.CurveballSchedule;

/**
 * One rehearsal: the timer, the log and the follow-up deck, kept in step. The window feeds it every board
 * change ({@link #boardChanged}); the timer's events (phase changes, overruns, pauses, the end) are logged
 * as they happen.
 */
public final class RehearsalSession implements FollowUpDeck {
    private final SessionTimer timer;
    private final SessionLog log;
    private final FollowUpPicker picker;
    private CurveballPicker curveballs;
    private List<Long> curveballMoments = List.of();
    private final List<String> thrown = new ArrayList<>();
    private int curveballsDue;

    /**
     * Starts the timer if it has not started yet; the log's time zero is the timer's start.
     *
     * @param initial the board on screen when the session starts
     */
    public RehearsalSession(SessionTimer timer, Board initial, FollowUpPicker picker) {
        this.timer = Objects.requireNonNull(timer);
        this.picker = Objects.requireNonNull(picker);
        timer.start();
        this.log = new SessionLog(initial, timer.clock(), timer.startedAt());
        timer.addListener(new TimerListener() {
            @Override
            public void phaseChanged(Phase from, Phase to) {
                log.phaseChanged(to);
            }

            @Override
            public void overrun(Phase phase, long overByMillis) {
                log.overrun(phase);
            }

            @Override
            public void paused() {
                log.paused();
            }

            @Override
            public void resumed() {
                log.resumed();
            }

            @Override
            public void finished() {
                log.finished();
            }
        });
    }

    /**
     * Throws {@code count} curveballs from {@code picker} during this session, at the moments
     * {@link CurveballSchedule} gives for the timer's plan. Off (the default) when never called.
     */
    public void throwCurveballs(CurveballPicker picker, CurveballSchedule.Count count) {
        this.curveballs = Objects.requireNonNull(picker);
        this.curveballMoments = CurveballSchedule.moments(timer.plan(), count);
    }

    /**
     * The curveball due now, if one is: its moment has come on the running clock and the board gets one that fits
     * (chosen from the board as it is now). It is logged as thrown. Call it as the clock ticks.
     */
    public Optional<Curveball> dueCurveball() {
        if (curveballs == null || curveballsDue >= curveballMoments.size()
                || timer.state() != SessionTimer.State.RUNNING
                || timer.elapsed() < curveballMoments.get(curveballsDue)) {
            return Optional.empty();
        }
        curveballsDue++;
        Optional<Curveball> c = curveballs.next(log.lastBoard(), thrown);
        c.ifPresent(x -> {
            thrown.add(x.id());
            log.curveballThrown(x.stage(), x.text());
        });
        return c;
    }

    /** Records the candidate's answer to a curveball. */
    @Override
    public void answerCurveball(Curveball c, String text) {
        if (c != null && text != null && !text.isBlank()) {
            log.curveballAnswered(c.stage(), c.text(), text.strip());
        }
    }

    public SessionTimer timer() {
        return timer;
    }

    public SessionLog log() {
        return log;
    }

    /** Feed every change the document publishes here (undo and redo too). Equal boards are ignored. */
    public Set<Stage> boardChanged(Board before, Board after, String description) {
        Set<Stage> touched = log.recordEdit(before, after, description);
        touched.forEach(timer::noteWork);
        return touched;
    }

    /** Like {@link #boardChanged(Board, Board, String)} for a live change, with the delta the document computed. */
    public Set<Stage> boardChanged(Board before, Board after, BoardDelta delta, String description) {
        Set<Stage> touched = log.recordEdit(before, after, delta, description);
        touched.forEach(timer::noteWork);
        return touched;
    }

    @Override
    public Optional<FollowUp> current() {
        return picker.current();
    }

    @Override
    public Optional<String> currentReason() {
        return picker.currentRanked().map(r -> r.why().text());
    }

    @Override
    public Optional<FollowUp> next() {
        Optional<FollowUp> f = picker.next(log.lastBoard());
        f.ifPresent(log::followUpAsked);
        return f;
    }

    @Override
    public Optional<FollowUp> skip() {
        picker.current().ifPresent(log::followUpSkipped);
        return next();
    }

    @Override
    public void answer(String text) {
        if (text != null && !text.isBlank()) {
            picker.current().ifPresent(f -> log.followUpAnswered(f, text.strip()));
        }
    }

    /** Ends the session (also happens by itself when time is up and the timer is ticked). */
    public void finish() {
        timer.finish();
        log.finished();
    }

    public SavedSession toSaved() {
        return new SavedSession(log, timer.plan());
    }

    /** The end-of-session report, with the checker's findings on the last board. */
    public SessionReport report(FindingSource findings) {
        return SessionReport.of(toSaved(), findings);
    }
}
