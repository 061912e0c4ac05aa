package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/** Plays a {@link SessionLog} back: the board exactly as it was at any moment of the session. */
public final class Replay {
    private final List<LogEntry> snapshots;
    private final long duration;

    public Replay(SessionLog log) {
        this.snapshots = log.entries().stream().filter(LogEntry::hasBoard).toList();
        this.duration = log.end();
    }

    /**
     * One recorded change as the replay narrates it.
     *
     * @param edit    the edit's own name ("Edit text", "Add box")
     * @param stages  the stages it touched
     * @param summary which boxes and arrows changed and how (see {@link ChangeSummary})
     */
    public record Step(long at, String edit, Set<Stage> stages, String summary) {
    }

    /** Every change after the start, in order. */
    public List<Step> steps() {
        List<Step> out = new ArrayList<>();
        for (int i = 1; i < snapshots.size(); i++) {
            LogEntry e = snapshots.get(i);
            out.add(new Step(e.at(), e.text(), e.stages(),
                    ChangeSummary.describe(snapshots.get(i - 1).board(), e.board())));
        }
        return out;
    }

    /** The last change at or before {@code millis}; empty before the first change. */
    public java.util.Optional<Step> stepAt(long millis) {
        Step last = null;
        for (Step s : steps()) {
            if (s.at() > millis) {
                break;
            }
            last = s;
        }
        return java.util.Optional.ofNullable(last);
    }

    /** Milliseconds from the start to the last entry of the log. */
    public long duration() {
        return duration;
    }

    /** The times at which the board changed (the start included), ascending. */
    public List<Long> changeTimes() {
        return snapshots.stream().map(LogEntry::at).toList();
    }

    /**
     * The board after every change recorded at or before {@code millis}; the start board before the first
     * change (and for negative times). When several edits share one millisecond, the last of them wins.
     */
    public Board boardAt(long millis) {
        int lo = 0;
        int hi = snapshots.size() - 1;
        while (lo < hi) {
            int mid = (lo + hi + 1) >>> 1;
            if (snapshots.get(mid).at() <= millis) {
                lo = mid;
            } else {
                hi = mid - 1;
            }
        }
        return snapshots.get(lo).board();
    }
}
