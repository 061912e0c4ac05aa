package org.stageboard.io;

import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;

/**
 * How much a crash copy differs from the file it belongs to, so the user can tell a copy worth recovering from a
 * stray keystroke: boxes and arrows added, removed or changed, and whether the title or prompt changed.
 */
public record ChangeSize(Basis basis, int boxes, int arrows, boolean boardText) {
    /** What the copy was compared with. */
    public enum Basis {
        /** The board was never saved: everything in it is unsaved work. */
        NEW_BOARD,
        /** Compared with its saved file. */
        SAVED_FILE,
        /** The saved file is gone or unreadable: only the copy's own size is known. */
        FILE_UNREADABLE
    }

    /** Compares {@code copy} with the board saved at {@code original} (null when the board was never saved). */
    public static ChangeSize of(Board copy, Path original) {
        if (original == null) {
            return new ChangeSize(Basis.NEW_BOARD, copy.nodes().size(), copy.edges().size(), false);
        }
        try {
            return between(BoardCodec.read(original), copy);
        } catch (BoardFileException e) {
            return new ChangeSize(Basis.FILE_UNREADABLE, copy.nodes().size(), copy.edges().size(), false);
        }
    }

    /** The difference between two versions of a board. */
    public static ChangeSize between(Board saved, Board copy) {
        Map<String, Node> before = saved.nodesById();
        Map<String, Node> after = copy.nodesById();
        int boxes = differing(before, after);
        Map<String, Edge> edgesBefore = byId(saved);
        Map<String, Edge> edgesAfter = byId(copy);
        int arrows = differing(edgesBefore, edgesAfter);
        boolean text = !saved.title().equals(copy.title()) || !saved.prompt().equals(copy.prompt());
        return new ChangeSize(Basis.SAVED_FILE, boxes, arrows, text);
    }

    /** True when the copy holds nothing the saved file lacks. */
    public boolean isNone() {
        return basis == Basis.SAVED_FILE && boxes == 0 && arrows == 0 && !boardText;
    }

    private static <T> int differing(Map<String, T> before, Map<String, T> after) {
        int n = 0;
        for (Map.Entry<String, T> e : after.entrySet()) {
            if (!Objects.equals(before.get(e.getKey()), e.getValue())) {
                n++; // added or changed
            }
        }
        for (String id : before.keySet()) {
            if (!after.containsKey(id)) {
                n++; // removed
            }
        }
        return n;
    }

    private static Map<String, Edge> byId(Board b) {
        Map<String, Edge> m = new java.util.LinkedHashMap<>();
        b.edges().forEach(e -> m.put(e.id(), e));
        return m;
    }
}
