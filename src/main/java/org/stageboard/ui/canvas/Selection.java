package org.stageboard.ui.canvas;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;

/** The selected boxes and arrows, by id. Listeners hear about every change. */
public final class Selection {
    private final Set<String> nodes = new LinkedHashSet<>();
    private final Set<String> edges = new LinkedHashSet<>();
    private final List<Runnable> listeners = new CopyOnWriteArrayList<>();

    public Set<String> nodes() {
        return Set.copyOf(nodes);
    }

    /** Selected node ids in the order they were selected. */
    public List<String> nodeList() {
        return List.copyOf(nodes);
    }

    public Set<String> edges() {
        return Set.copyOf(edges);
    }

    public boolean isEmpty() {
        return nodes.isEmpty() && edges.isEmpty();
    }

    public boolean containsNode(String id) {
        return nodes.contains(id);
    }

    public void addListener(Runnable r) {
        listeners.add(r);
    }

    public void set(Collection<String> nodeIds, Collection<String> edgeIds) {
        if (nodes.equals(new LinkedHashSet<>(nodeIds)) && edges.equals(new LinkedHashSet<>(edgeIds))) {
            return;
        }
        nodes.clear();
        nodes.addAll(nodeIds);
        edges.clear();
        edges.addAll(edgeIds);
        fire();
    }

    public void selectNodes(Collection<String> ids) {
        set(ids, List.of());
    }

    public void clear() {
        set(List.of(), List.of());
    }

    public void toggleNode(String id) {
        if (!nodes.remove(id)) {
            nodes.add(id);
        }
        fire();
    }

    public void toggleEdge(String id) {
        if (!edges.remove(id)) {
            edges.add(id);
        }
        fire();
    }

    /** Drops ids that no longer exist, e.g. after undo removed a box. */
    /** Forgets boxes and arrows that are gone from the board (deleted, or undone). */
    public void forget(Collection<String> goneNodes, Collection<String> goneEdges) {
        boolean changed = nodes.removeAll(goneNodes) | edges.removeAll(goneEdges);
        if (changed) {
            fire();
        }
    }

    private void fire() {
        for (Runnable r : listeners) {
            r.run();
        }
    }
}
