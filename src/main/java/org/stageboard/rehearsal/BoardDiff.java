package org.stageboard.rehearsal;

import java.util.EnumSet;
import java.util.Map;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/** Which stages an edit touched, derived from the boards before and after it. */
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

    private static void endStages(Edge e, Board before, Board after, Set<Stage> out) {
        for (String id : new String[] {e.from(), e.to()}) {
            after.node(id).or(() -> before.node(id)).ifPresent(n -> out.add(n.stage()));
        }
    }
}
