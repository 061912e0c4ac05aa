package org.stageboard.template;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Turns a template into a new board: eight boxes n1..n8 in stage order, arrows along the pipeline, laid out. The
 * board is in the template's language (and remembers it); the stage names of practice boxes and the feedback arrow
 * are in that language too, whatever the interface language.
 */
public final class Seeder {
    /** Bullet put before each reference answer point. */
    public static final String BULLET = "• ";

    /** What the boxes start with. */
    public enum Mode {
        /** Empty boxes with the template's hint as placeholder: the candidate writes the answer. */
        PRACTICE,
        /** Boxes hold the reference answer and its trade-offs. */
        REFERENCE
    }

    private Seeder() {
    }

    public static Board seed(Template t, Mode mode) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        List<Stage> stages = Stage.pipeline();
        Locale locale = Locale.forLanguageTag(t.language());
        for (int i = 0; i < stages.size(); i++) {
            Stage s = stages.get(i);
            Template.StageTemplate st = t.stage(s);
            // a practice box keeps the plain stage name: the reference title ("Two-pass MTL ranker") gives the answer away
            boolean reference = mode == Mode.REFERENCE && st != null && !st.title().isBlank();
            String title = reference ? st.title() : Messages.getIn(locale, "stage." + s.id());
            Node n = Node.of("n" + (i + 1), s, title, 0, 0).withHint(st == null ? "" : st.hint());
            if (mode == Mode.REFERENCE && st != null) {
                n = n.withText(bullets(st.answer())).withTradeoffs(st.tradeoffs());
            }
            nodes.add(n);
            if (i > 0) {
                edges.add(new Edge("e" + i, "n" + i, "n" + (i + 1), ""));
            }
        }
        String data = "n" + (stages.indexOf(Stage.DATA) + 1);
        String monitoring = "n" + (stages.indexOf(Stage.MONITORING) + 1);
        edges.add(new Edge("e" + stages.size(), monitoring, data, Messages.getIn(locale, "template.edge.feedback")));
        Board board = new Board(t.title(), t.prompt(), t.id(), t.profile(), nodes, edges, t.language());
        return PipelineLayout.apply(board);
    }

    /** Answer points one per line, each prefixed with {@link #BULLET}. */
    static String bullets(List<String> points) {
        return String.join("\n", points.stream().map(p -> BULLET + p).toList());
    }
}
