package org.stageboard.edit;

import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;

/**
 * What one document change did, by id: computed once by the {@link Document} and handed to every listener, so no
 * listener diffs two boards again. A node is "changed" when its record differs (moved, resized, retitled...).
 *
 * @param placesOnly true when the change moved or resized boxes and did nothing else: no box added, removed or
 *                   rewritten (stage, words, trade-offs), no arrow touched, no board field changed. What reads only
 *                   the words and arrows (the checker, the follow-ups) can skip such a change: a drag is one.
 */
public record BoardDelta(Set<String> nodesAdded, Set<String> nodesRemoved, Set<String> nodesChanged,
                         Set<String> edgesAdded, Set<String> edgesRemoved, Set<String> edgesChanged,
                         boolean titleChanged, boolean promptChanged, boolean placesOnly) {
    public static final BoardDelta NONE = new BoardDelta(Set.of(), Set.of(), Set.of(), Set.of(), Set.of(), Set.of(),
            false, false, false);

    public BoardDelta {
        nodesAdded = Set.copyOf(nodesAdded);
        nodesRemoved = Set.copyOf(nodesRemoved);
        nodesChanged = Set.copyOf(nodesChanged);
        edgesAdded = Set.copyOf(edgesAdded);
        edgesRemoved = Set.copyOf(edgesRemoved);
        edgesChanged = Set.copyOf(edgesChanged);
    }

    /**
     * The difference from {@code before} to {@code after}. Unchanged nodes are shared between boards, so the
     * identity test settles almost every one without comparing fields.
     */
    public static BoardDelta between(Board before, Board after) {
        if (before == after) {
            return NONE;
        }
        Map<String, Node> oldNodes = new HashMap<>();
        before.nodes().forEach(n -> oldNodes.put(n.id(), n));
        Set<String> nodesAdded = new LinkedHashSet<>();
        Set<String> nodesChanged = new LinkedHashSet<>();
        boolean placesOnly = true;
        for (Node n : after.nodes()) {
            Node old = oldNodes.remove(n.id());
            if (old == null) {
                nodesAdded.add(n.id());
            } else if (old != n && !old.equals(n)) {
                nodesChanged.add(n.id());
                placesOnly &= old.withBounds(n.x(), n.y(), n.width(), n.height()).equals(n);
            }
        }
        Map<String, Edge> oldEdges = new HashMap<>();
        before.edges().forEach(e -> oldEdges.put(e.id(), e));
        Set<String> edgesAdded = new LinkedHashSet<>();
        Set<String> edgesChanged = new LinkedHashSet<>();
        for (Edge e : after.edges()) {
            Edge old = oldEdges.remove(e.id());
            if (old == null) {
                edgesAdded.add(e.id());
            } else if (old != e && !old.equals(e)) {
                edgesChanged.add(e.id());
            }
        }
        placesOnly &= !nodesChanged.isEmpty() && nodesAdded.isEmpty() && oldNodes.isEmpty() && edgesAdded.isEmpty()
                && oldEdges.isEmpty() && edgesChanged.isEmpty()
                && before.withNodes(after.nodes()).withEdges(after.edges()).equals(after);
        return new BoardDelta(nodesAdded, oldNodes.keySet(), nodesChanged, edgesAdded, oldEdges.keySet(), edgesChanged,
                !before.title().equals(after.title()), !before.prompt().equals(after.prompt()), placesOnly);
    }

    /** True when no box, arrow, title or prompt differs (a save, or other board-level fields only). */
    public boolean isEmpty() {
        return nodesAdded.isEmpty() && nodesRemoved.isEmpty() && nodesChanged.isEmpty() && edgesAdded.isEmpty()
                && edgesRemoved.isEmpty() && edgesChanged.isEmpty() && !titleChanged && !promptChanged;
    }

    /** The boxes that are new or different, and those that are gone: what decorations of boxes must revisit. */
    public Set<String> nodesTouched() {
        Set<String> all = new LinkedHashSet<>(nodesAdded);
        all.addAll(nodesChanged);
        all.addAll(nodesRemoved);
        return all;
    }
}
