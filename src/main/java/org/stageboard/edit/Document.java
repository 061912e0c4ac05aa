package org.stageboard.edit;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.LongSupplier;
import java.util.function.UnaryOperator;
import org.stageboard.model.Board;

/**
 * The open board: its current state, unlimited undo and redo, and whether it is the version last saved.
 * Views never change the board themselves; they apply a {@link BoardEdit} and react to the one
 * {@link DocumentEvent} the document publishes for each change.
 */
public final class Document {
    /** Typing that pauses for longer than this starts a new undo step. */
    public static final long MERGE_WINDOW_MILLIS = 1500;

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final LongSupplier clock;
    private Board board;
    /** Every state the document has been in has its own version; dirty means "not the saved version". */
    private long version;
    private long savedVersion;
    /** The last version handed out; versions are never reused, so a state cut from history never comes back. */
    private long lastVersion;
    /** The version of the board as loaded (when there is nothing to undo). */
    private long baseVersion;
    private long lastChangeAt;
    private boolean mergeOpen;
    private Edits.BoxSizer sizer;

    /** Notified after every change: an edit, undo, redo, a new board or a save. */
    public interface Listener {
        void documentChanged(DocumentEvent event);
    }

    public Document(Board initial) {
        this(initial, System::currentTimeMillis);
    }

    public Document(Board initial, LongSupplier clock) {
        this.board = Objects.requireNonNull(initial);
        this.clock = clock;
    }

    public Board board() {
        return board;
    }

    public void addListener(Listener l) {
        listeners.add(l);
    }

    public void removeListener(Listener l) {
        listeners.remove(l);
    }

    /**
     * How large boxes must be to show their words (the view layer measures them); edits that change a box's words
     * grow it to fit within the same step. Without one, boxes keep their size.
     */
    public void growBoxesWith(Edits.BoxSizer sizer) {
        this.sizer = sizer;
    }

    /**
     * Applies {@code edit} to the current board as one undoable step named by its description, merged into the
     * previous step when both have the same merge key. An edit that leaves the board as it was records nothing.
     */
    public boolean apply(BoardEdit edit) {
        MergeKey key = edit.mergeKey();
        Edits.BoxSizer grow = edit.changesWords() ? sizer : null;
        UnaryOperator<Board> change = grow == null ? edit::apply : b -> Edits.growToFit(b, edit.apply(b), grow);
        return apply(edit.description(), key, change, key == null || key.timed());
    }

    /**
     * Applies a change that is not one of the editor's {@link BoardEdit}s (set-up in tests and benchmarks) as one
     * step named {@code description}.
     */
    public boolean apply(String description, UnaryOperator<Board> edit) {
        return apply(description, null, edit);
    }

    /** Like {@link #apply(String, UnaryOperator)}, merging into the previous step when it has the same key. */
    public boolean apply(String description, MergeKey mergeKey, UnaryOperator<Board> edit) {
        return apply(description, mergeKey, edit, mergeKey == null || mergeKey.timed());
    }

    private boolean apply(String description, MergeKey mergeKey, UnaryOperator<Board> edit, boolean timed) {
        Board before = board;
        Board after = edit.apply(before);
        if (after == null || after.equals(before)) {
            return false;
        }
        long now = clock.getAsLong();
        Change change = new Change(description, before, after, mergeKey, ++lastVersion);
        Change last = undo.peek();
        boolean merged = mergeKey != null && mergeOpen && last != null && mergeKey.equals(last.mergeKey())
                && (!timed || now - lastChangeAt <= MERGE_WINDOW_MILLIS);
        if (merged) {
            undo.pop();
            change = last.then(change);
        }
        redo.clear();
        lastChangeAt = now;
        // typing a word and deleting it again nets to nothing: keep no step that undo would "revert" invisibly
        boolean netNothing = merged && change.before().equals(change.after());
        if (!netNothing) {
            undo.push(change);
        }
        mergeOpen = !netNothing;
        board = after;
        version = netNothing ? (undo.isEmpty() ? baseVersion : undo.peek().version()) : change.version();
        publish(DocumentEvent.Kind.EDITED, before, description);
        return true;
    }

    /** Ends the current merge run: the next change starts a new undo step even if its key matches. */
    public void sealStep() {
        mergeOpen = false;
    }

    public boolean canUndo() {
        return !undo.isEmpty();
    }

    public boolean canRedo() {
        return !redo.isEmpty();
    }

    /** The description of the step undo would revert, or null. */
    public String undoDescription() {
        return undo.isEmpty() ? null : undo.peek().description();
    }

    public String redoDescription() {
        return redo.isEmpty() ? null : redo.peek().description();
    }

    public boolean undo() {
        if (undo.isEmpty()) {
            return false;
        }
        Change c = undo.pop();
        redo.push(c);
        mergeOpen = false;
        Board before = board;
        board = c.before();
        version = undo.isEmpty() ? baseVersion : undo.peek().version();
        publish(DocumentEvent.Kind.UNDONE, before, c.description());
        return true;
    }

    public boolean redo() {
        if (redo.isEmpty()) {
            return false;
        }
        Change c = redo.pop();
        undo.push(c);
        mergeOpen = false;
        Board before = board;
        board = c.after();
        version = c.version();
        publish(DocumentEvent.Kind.REDONE, before, c.description());
        return true;
    }

    public int undoDepth() {
        return undo.size();
    }

    /**
     * True when the document is not in the state last saved (or loaded): some step was applied, undone or redone
     * since. Undoing back to the saved state makes it clean again; a new edit after undoing past it never does.
     */
    public boolean isDirty() {
        return version != savedVersion;
    }

    public void markSaved() {
        savedVersion = version;
        mergeOpen = false;
        publish(DocumentEvent.Kind.SAVED, board, null);
    }

    /** Replaces the whole document (new or opened file): history is cleared, the new board counts as saved. */
    public void reset(Board fresh) {
        Board before = board;
        board = Objects.requireNonNull(fresh);
        undo.clear();
        redo.clear();
        mergeOpen = false;
        baseVersion = ++lastVersion;
        version = baseVersion;
        savedVersion = version;
        publish(DocumentEvent.Kind.REPLACED, before, null);
    }

    private void publish(DocumentEvent.Kind kind, Board before, String description) {
        DocumentEvent event = new DocumentEvent(kind, before, board, BoardDelta.between(before, board), description);
        for (Listener l : listeners) {
            l.documentChanged(event);
        }
    }
}
