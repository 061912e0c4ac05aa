package org.stageboard.rehearsal;

import java.util.List;
import org.stageboard.model.Board;

/** Plays a {@link SessionLog} back: the board exactly as it was at any moment of the session. */
public final class Replay {
    private final List<LogEntry> snapshots;
    private final long duration;

    public Replay(SessionLog log) {
        this.snapshots = log.entries().stream().filter(LogEntry::hasBoard).toList();
        this.duration = log.end();
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
