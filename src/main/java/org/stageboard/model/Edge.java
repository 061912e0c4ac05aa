package org.stageboard.model;

import java.util.Objects;

/** An arrow from one box to another, with an optional label. */
public record Edge(String id, String from, String to, String label) {
    public Edge {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        label = label == null ? "" : label;
    }

    public Edge withLabel(String l) {
        return new Edge(id, from, to, l);
    }

    public boolean touches(String nodeId) {
        return from.equals(nodeId) || to.equals(nodeId);
    }
}
