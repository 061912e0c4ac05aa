package org.stageboard.rehearsal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.stageboard.edit.BoardDelta;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Which stages an edit touched. During a live session the document's {@link BoardDelta} says which boxes and arrows
 * changed, so only their stages are looked up; a saved log has no delta, so its boards are compared.
 */
public final class BoardDiff {
    private BoardDiff() {
    }

    /**
     * The stages of every node added, removed or changed (both the old and the new stage when a box changed
     * stage), and of both ends of every edge added, removed or relabelled. Title and prompt edits touch none.
     */
    public static Set<Stage> touchedStages(Board before, Board after) {
        Set<Stage> out = EnumSet.noneOf(Stage.class);
        Map<String, Node> old = before.nodesById();
        Map<String, Node> now = after.nodesById();
        for (Node n : after.nodes()) {
            Node o = old.get(n.id());
            if (o == null) {
                out.add(n.stage());
            } else if (o != n && !o.equals(n)) {
                out.add(o.stage());
                out.add(n.stage());
            }
        }
        for (Node o : before.nodes()) {
            if (!now.containsKey(o.id())) {
                out.add(o.stage());
            }
        }
        for (Edge e : after.edges()) {
            if (before.edge(e.id()).map(x -> !x.equals(e)).orElse(true)) {
                endStages(e, before, after, out);
            }
        }
        for (Edge e : before.edges()) {
            if (after.edge(e.id()).isEmpty()) {
                endStages(e, before, after, out);
            }
        }
        return out;
    }

    /**
     * The same stages as {@link #touchedStages(Board, Board)}, read from the {@code delta} the document computed
     * for the change from {@code before} to {@code after}, without comparing the boards again.
     */
    public static Set<Stage> touchedStages(BoardDelta delta, Board before, Board after) {
        Set<Stage> out = EnumSet.noneOf(Stage.class);
        delta.nodesAdded().forEach(id -> after.node(id).ifPresent(n -> out.add(n.stage())));
        delta.nodesRemoved().forEach(id -> before.node(id).ifPresent(n -> out.add(n.stage())));
        for (String id : delta.nodesChanged()) {
            before.node(id).ifPresent(n -> out.add(n.stage()));
            after.node(id).ifPresent(n -> out.add(n.stage()));
        }
        for (String id : delta.edgesAdded()) {
            after.edge(id).ifPresent(e -> endStages(e, before, after, out));
        }
        for (String id : delta.edgesChanged()) {
            after.edge(id).ifPresent(e -> endStages(e, before, after, out));
        }
        for (String id : delta.edgesRemoved()) {
            before.edge(id).ifPresent(e -> endStages(e, before, after, out));
        }
        return out;
    }

    private static void endStages(Edge e, Board before, Board after, Set<Stage> out) {
        for (String id : new String[] {e.from(), e.to()}) {
            after.node(id).or(() -> before.node(id)).ifPresent(n -> out.add(n.stage()));
        }
    }
}
