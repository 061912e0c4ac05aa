package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;

/**
 * What one recorded edit changed, in words a replay can show: which box (by its title and stage) and what kind of
 * change (added, removed, text, trade-offs, moved, stage changed), and which arrows.
 */
public final class ChangeSummary {
    /** How many changes one line names before it says "and N more". */
    static final int SHOWN = 2;

    private ChangeSummary() {
    }

    /** One line per changed box or arrow, in board order. */
    public static List<String> changes(Board before, Board after) {
        List<String> out = new ArrayList<>();
        Map<String, Node> old = before.nodesById();
        Map<String, Node> now = after.nodesById();
        for (Node n : after.nodes()) {
            Node o = old.get(n.id());
            if (o == null) {
                out.add(box("rehearsal.change.boxAdded", n));
            } else if (!o.equals(n)) {
                out.add(boxChange(o, n));
            }
        }
        for (Node o : before.nodes()) {
            if (!now.containsKey(o.id())) {
                out.add(box("rehearsal.change.boxRemoved", o));
            }
        }
        for (Edge e : after.edges()) {
            Optional<Edge> was = before.edge(e.id());
            if (was.isEmpty()) {
                out.add(arrow("rehearsal.change.arrowAdded", e, before, after));
            } else if (!was.get().equals(e)) {
                out.add(arrow("rehearsal.change.arrowLabel", e, before, after));
            }
        }
        for (Edge e : before.edges()) {
            if (after.edge(e.id()).isEmpty()) {
                out.add(arrow("rehearsal.change.arrowRemoved", e, before, after));
            }
        }
        if (!before.title().equals(after.title())) {
            out.add(Messages.get("rehearsal.change.title"));
        }
        if (!before.prompt().equals(after.prompt())) {
            out.add(Messages.get("rehearsal.change.prompt"));
        }
        return out;
    }

    /** The changes as one line: the first {@value #SHOWN}, then how many more. */
    public static String describe(Board before, Board after) {
        List<String> all = changes(before, after);
        if (all.isEmpty()) {
            return Messages.get("rehearsal.change.none");
        }
        String shown = String.join("; ", all.subList(0, Math.min(SHOWN, all.size())));
        return all.size() > SHOWN ? Messages.get("rehearsal.change.more", shown, all.size() - SHOWN) : shown;
    }

    private static String boxChange(Node o, Node n) {
        if (o.stage() != n.stage()) {
            return Messages.get("rehearsal.change.boxStage", name(n), Messages.stageName(o.stage()),
                    Messages.stageName(n.stage()));
        }
        if (!o.text().equals(n.text()) || !o.title().equals(n.title())) {
            return box("rehearsal.change.boxText", n);
        }
        if (!o.tradeoffs().equals(n.tradeoffs())) {
            return box("rehearsal.change.boxTradeoffs", n);
        }
        if (o.width() != n.width() || o.height() != n.height()) {
            return box("rehearsal.change.boxResized", n);
        }
        return box(o.x() != n.x() || o.y() != n.y() ? "rehearsal.change.boxMoved" : "rehearsal.change.boxText", n);
    }

    private static String box(String key, Node n) {
        return Messages.get(key, name(n), Messages.stageName(n.stage()));
    }

    private static String arrow(String key, Edge e, Board before, Board after) {
        return Messages.get(key, end(e.from(), before, after), end(e.to(), before, after));
    }

    private static String end(String id, Board before, Board after) {
        return after.node(id).or(() -> before.node(id)).map(ChangeSummary::name).orElse("?");
    }

    /** A box's title, or the start of its text when it has no title, kept short. */
    private static String name(Node n) {
        String s = n.title().isBlank() ? n.text() : n.title();
        s = s.strip().replaceAll("\\s+", " ");
        if (s.isEmpty()) {
            return Messages.stageName(n.stage());
        }
        return s.codePointCount(0, s.length()) > 40 ? s.substring(0, s.offsetByCodePoints(0, 39)) + "…" : s;
    }
}
