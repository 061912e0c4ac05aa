package org.stageboard.edit;

import java.util.Optional;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;

/** An arrow {@code id} from one box to another; nothing for a self-loop, an unknown box or an existing arrow. */
public record Connect(String id, String from, String to) implements BoardEdit {
    /** The arrow from {@code from} to {@code to} on {@code b}, or empty when it could not be drawn. */
    public static Optional<Connect> between(Board b, String from, String to) {
        Connect c = new Connect(b.freshId("e"), from, to);
        return c.fits(b) ? Optional.of(c) : Optional.empty();
    }

    private boolean fits(Board b) {
        return !from.equals(to) && b.node(from).isPresent() && b.node(to).isPresent() && b.edge(id).isEmpty()
                && b.edges().stream().noneMatch(e -> e.from().equals(from) && e.to().equals(to));
    }

    public Board apply(Board b) {
        return fits(b) ? b.addEdge(new Edge(id, from, to, "")) : b;
    }

    public String descriptionKey() {
        return "edit.connect";
    }
}
