package org.stageboard.edit;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;

/** Copies of a fragment (pasted or duplicated) shifted by (dx, dy), its boxes given {@code ids} in order. */
public record InsertCopies(Edits.Fragment fragment, double dx, double dy, List<String> ids, Purpose purpose)
        implements BoardEdit {
    /** Why the copies are made, which names the step. */
    public enum Purpose { PASTE, DUPLICATE }

    public InsertCopies {
        ids = List.copyOf(ids);
        if (ids.size() != fragment.nodes().size()) {
            throw new IllegalArgumentException("one id per copied box");
        }
    }

    /** Copies of {@code f} on {@code b} with fresh ids. */
    public static InsertCopies of(Board b, Edits.Fragment f, double dx, double dy, Purpose purpose) {
        List<String> ids = new ArrayList<>();
        Board probe = b;
        for (Node n : f.nodes()) {
            String id = probe.freshId("n");
            ids.add(id);
            probe = probe.addNode(n.withId(id));
        }
        return new InsertCopies(f, dx, dy, ids, purpose);
    }

    public Board apply(Board b) {
        if (ids.stream().anyMatch(id -> b.node(id).isPresent())) {
            return b;
        }
        Board out = b;
        Map<String, String> newIds = new HashMap<>();
        for (int i = 0; i < ids.size(); i++) {
            Node n = fragment.nodes().get(i);
            newIds.put(n.id(), ids.get(i));
            out = out.addNode(n.withId(ids.get(i)).withPosition(n.x() + dx, n.y() + dy));
        }
        for (Edge e : fragment.edges()) {
            String from = newIds.get(e.from());
            String to = newIds.get(e.to());
            if (from != null && to != null) {
                out = out.addEdge(new Edge(out.freshId("e"), from, to, e.label()));
            }
        }
        return out;
    }

    public String descriptionKey() {
        return purpose == Purpose.PASTE ? "edit.paste" : "edit.duplicate";
    }
}
