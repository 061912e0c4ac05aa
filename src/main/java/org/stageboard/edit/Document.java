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
 * The open board: its current state, unlimited undo and redo, and whether it differs from what was saved.
 * Views never change the board themselves; they call {@link #apply} and react to the published board.
 */
public final class Document {
    /** Typing that pauses for longer than this starts a new undo step. */
    public static final long MERGE_WINDOW_MILLIS = 1500;

    private final Deque<Change> undo = new ArrayDeque<>();
    private final Deque<Change> redo = new ArrayDeque<>();
    private final List<Listener> listeners = new CopyOnWriteArrayList<>();
    private final LongSupplier clock;
    private Board board;
    private Board saved;
    private long lastChangeAt;
    private boolean mergeOpen;

    /** Notified after every change to the board, with the board before and after. */
    public interface Listener {
        void boardChanged(Board before, Board after, Change change);
    }

    public Document(Board initial) {
        this(initial, System::currentTimeMillis);
    }

    public Document(Board initial, LongSupplier clock) {
        this.board = Objects.requireNonNull(initial);
        this.saved = initial;
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
     * Applies {@code edit} to the current board as one undoable step named {@code description}.
     * A change that leaves the board equal to what it was records nothing.
     */
    public boolean apply(String description, UnaryOperator<Board> edit) {
        return apply(description, null, edit);
    }

    /** Like {@link #apply(String, UnaryOperator)}, merging into the previous step when it has the same key. */
    public boolean apply(String description, String mergeKey, UnaryOperator<Board> edit) {
        return apply(description, mergeKey, edit, true);
    }

    /**
     * One more increment of a pointer gesture (a drag, a resize): it merges into the gesture's step however long
     * the user pauses, until {@link #sealStep()} ends the gesture.
     */
    public boolean applyGesture(String description, String gestureKey, UnaryOperator<Board> edit) {
        return apply(description, gestureKey, edit, false);
    }

    private boolean apply(String description, String mergeKey, UnaryOperator<Board> edit, boolean timed) {
        Board before = board;
        Board after = edit.apply(before);
        if (after == null || after.equals(before)) {
            return false;
        }
        long now = clock.getAsLong();
        Change change = new Change(description, before, after, mergeKey);
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
        publish(before, after, change);
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
        notifyListeners(before, board, c.inverse());
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
        notifyListeners(before, board, c);
        return true;
    }

    public int undoDepth() {
        return undo.size();
    }

    /** True when the board differs from the last saved (or loaded) state. */
    public boolean isDirty() {
        return !board.equals(saved);
    }

    public void markSaved() {
        saved = board;
        mergeOpen = false;
        notifyListeners(board, board, null);
    }

    /** Replaces the whole document (new or opened file): history is cleared, the new board counts as saved. */
    public void reset(Board fresh) {
        Board before = board;
        board = Objects.requireNonNull(fresh);
        saved = fresh;
        undo.clear();
        redo.clear();
        mergeOpen = false;
        notifyListeners(before, board, null);
    }

    private void publish(Board before, Board after, Change change) {
        board = after;
        notifyListeners(before, after, change);
    }

    private void notifyListeners(Board before, Board after, Change change) {
        for (Listener l : listeners) {
            l.boardChanged(before, after, change);
        }
    }
}
