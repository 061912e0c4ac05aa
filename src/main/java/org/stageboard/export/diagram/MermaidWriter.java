package org.stageboard.export.diagram;

import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.render.StageColours;

/**
 * The board as a Mermaid {@code flowchart}: one node per box labelled with its stage and title, one edge per
 * arrow with its label, and one {@code classDef} per stage in the canvas's stage colours. Node ids are generated
 * ({@code box1}, {@code box2}, ...) because board ids may hold characters, or words such as {@code end}, that
 * the grammar reserves. Labels are quoted strings in which every character the grammar or the HTML label
 * renderer treats specially is written as a Mermaid entity ({@code #quot;}, {@code #35;}, ...).
 */
public final class MermaidWriter {
    private MermaidWriter() {
    }

    public static String write(Board board) {
        StringBuilder out = new StringBuilder("flowchart LR\n");
        if (!board.title().isBlank()) {
            out.append("  %% ").append(board.title().strip().replaceAll("\\s+", " ")).append('\n');
        }
        Map<String, String> ids = new HashMap<>();
        Set<Stage> used = EnumSet.noneOf(Stage.class);
        List<Node> nodes = board.nodes();
        for (int i = 0; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            String id = "box" + (i + 1);
            ids.put(n.id(), id);
            used.add(n.stage());
            out.append("  ").append(id).append("[\"").append(label(n)).append("\"]:::").append(n.stage().id())
                    .append('\n');
        }
        for (Edge e : board.edges()) {
            String from = ids.get(e.from());
            String to = ids.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            out.append("  ").append(from).append(" -->");
            if (!e.label().isBlank()) {
                out.append("|\"").append(escape(e.label().strip())).append("\"|");
            }
            out.append(' ').append(to).append('\n');
        }
        for (Stage s : Stage.values()) {
            if (used.contains(s)) {
                out.append("  classDef ").append(s.id()).append(" fill:").append(StageColours.css(StageColours.fill(s)))
                        .append(",stroke:").append(StageColours.css(StageColours.accent(s)))
                        .append(",stroke-width:2px,color:#1b1f23\n");
            }
        }
        return out.toString();
    }

    private static String label(Node n) {
        String stage = Messages.stageName(n.stage()).toUpperCase(Locale.ROOT);
        String title = n.title().isBlank() ? Messages.stageName(n.stage()) : n.title().strip();
        if (title.equalsIgnoreCase(Messages.stageName(n.stage()))) {
            return escape(title);
        }
        return escape(stage) + "<br/>" + escape(title);
    }

    /** Text safe inside a quoted Mermaid label: entities for quote, hash, angle brackets, ampersand, line breaks. */
    static String escape(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        s.codePoints().forEach(cp -> {
            switch (cp) {
                case '"' -> out.append("#quot;");
                case '#' -> out.append("#35;");
                case '<' -> out.append("#lt;");
                case '>' -> out.append("#gt;");
                case '&' -> out.append("#amp;");
                case '|' -> out.append("#124;");
                case '`' -> out.append("#96;");
                case '\n' -> out.append("<br/>");
                case '\r', '\t' -> out.append(' ');
                default -> out.appendCodePoint(cp);
            }
        });
        return out.toString().replace(" <br/>", "<br/>");
    }
}
