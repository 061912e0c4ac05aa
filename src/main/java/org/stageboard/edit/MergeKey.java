package org.stageboard.edit;

import java.util.Objects;

/**
 * What makes successive edits one undo step: the same field of the same thing (a burst of typing in one box's
 * title), or the same pointer gesture. Typed, so no view builds its own key string.
 *
 * @param field what is being changed
 * @param target the box, arrow or gesture it is changed on ("" for the board itself)
 * @param index the trade-off row, or 0
 */
public record MergeKey(Field field, String target, int index) {
    /** The kinds of mergeable change; typing merges within {@link Document#MERGE_WINDOW_MILLIS}, gestures until sealed. */
    public enum Field {
        GESTURE(false), NUDGE(false), TITLE(true), NOTES(true), EDGE_LABEL(true), BOARD_TITLE(true), PROMPT(true),
        TRADEOFF_CHOICE(true), TRADEOFF_OVER(true), TRADEOFF_BECAUSE(true);

        private final boolean timed;

        Field(boolean timed) {
            this.timed = timed;
        }
    }

    public MergeKey {
        Objects.requireNonNull(field);
        target = target == null ? "" : target;
    }

    public static MergeKey of(Field field, String target) {
        return new MergeKey(field, target, 0);
    }

    /** The key of one drag or resize: every increment of gesture {@code number} merges into one step. */
    public static MergeKey gesture(long number) {
        return new MergeKey(Field.GESTURE, Long.toString(number), 0);
    }

    /** True when a pause longer than the merge window starts a new step (typing); false for a gesture. */
    public boolean timed() {
        return field.timed;
    }
}
