package org.stageboard.edit;

import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * One thing a user does to a board, as a value: what it does ({@link #apply}), what Edit › Undo calls it
 * ({@link #description}) and which neighbouring edits it merges with ({@link #mergeKey}). Every board change the
 * editor makes is one of these records, applied through {@link Document#apply(BoardEdit)}.
 * Edits that create things carry the ids they create, so the caller can select them and redo is deterministic.
 */
public sealed interface BoardEdit
        permits AddBox, Move, Nudge, Resize, Connect, DeleteSelection, InsertCopies, AddAnswerNote, RecoverWork,
        SetText, SetTitle, SetNotes, SetStage, FixStage, SetEdgeLabel, SetBoardTitle, SetPrompt,
        AddTradeOff, RemoveTradeOff, SetTradeOffField {

    /** The board after this edit; {@code b} itself when the edit does not fit it (an unknown id). */
    Board apply(Board b);

    /** The resource-bundle key of the Edit › Undo name. */
    String descriptionKey();

    default Object[] descriptionArgs() {
        return new Object[0];
    }

    /** The Edit › Undo name in the current language. */
    default String description() {
        return Messages.get(descriptionKey(), descriptionArgs());
    }

    /** Edits with the same non-null key that follow each other become one step; null: never merges. */
    default MergeKey mergeKey() {
        return null;
    }

    /** True when the edit changes a box's words, so the box grows to fit them within the same step. */
    default boolean changesWords() {
        return false;
    }
}
