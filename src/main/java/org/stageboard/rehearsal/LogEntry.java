package org.stageboard.rehearsal;

import java.util.Objects;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * One line of a {@link SessionLog}.
 *
 * @param at     milliseconds since the session started (wall time, pauses included, so every entry keeps
 *               its own instant and replay can show it)
 * @param stages the stages an edit touched, or the stage a follow-up is about; empty otherwise
 * @param text   the edit description, the follow-up question, the curveball, or the phase id
 * @param answer the candidate's answer to a follow-up, "" otherwise
 * @param board  the whole board after an edit (and at the start entry); null for other events. Boards are
 *               immutable and share unchanged nodes, so keeping one per edit is cheap.
 */
public record LogEntry(long at, Kind kind, Set<Stage> stages, String text, String answer, Board board) {

    /** What happened. */
    public enum Kind {
        START, EDIT, FOLLOW_UP_ASKED, FOLLOW_UP_ANSWERED, FOLLOW_UP_SKIPPED, PHASE_CHANGED, OVERRUN,
        PAUSED, RESUMED, FINISHED,
        /** A requirement change thrown in (text, its stage); a second entry with the same text holds the answer. */
        CURVEBALL;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public LogEntry {
        Objects.requireNonNull(kind, "kind");
        stages = stages == null ? Set.of() : Set.copyOf(stages);
        text = text == null ? "" : text;
        answer = answer == null ? "" : answer;
        if ((kind == Kind.START || kind == Kind.EDIT) && board == null) {
            throw new IllegalArgumentException(kind + " entry needs a board");
        }
    }

    public boolean hasBoard() {
        return board != null;
    }
}
