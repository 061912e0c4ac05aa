package org.stageboard.bench;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.Document;
import org.stageboard.edit.Move;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.render.BoardView;

/**
 * How much one drag step costs on a large board: the document edit plus reconciling the views, against the cost of
 * drawing the whole board from scratch (what a rebuild-on-change canvas would pay every frame).
 * Run with: mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none
 */
@Tag("benchmark")
class CanvasBenchmark {

    static Board grid(int count) {
        List<Node> nodes = new ArrayList<>();
        List<Edge> edges = new ArrayList<>();
        Stage[] stages = Stage.values();
        for (int i = 0; i < count; i++) {
            nodes.add(Node.of("n" + (i + 1), stages[i % stages.length], "Box " + i, (i % 50) * 260.0, (i / 50) * 180.0)
                    .withText("line one of the answer\nline two"));
            if (i > 0) {
                edges.add(new Edge("e" + i, "n" + i, "n" + (i + 1), ""));
            }
        }
        return new Board("bench", "", "", "", nodes, edges);
    }

    @Test
    void dragOneBoxOnLargeBoards() {
        List<String> report = new ArrayList<>();
        for (int size : new int[] {200, 2000}) {
            Board board = grid(size);
            double rebuild = Bench.onFx(() -> Bench.nanosPerCall(5, 2, () -> {
                BoardView fresh = new BoardView();
                Group root = new Group(fresh);
                new Scene(root).getStylesheets().add(BoardView.STYLESHEET);
                fresh.show(board);
                root.applyCss();
                root.layout();
            }));
            double drag = dragStep(board, size, 1.0);
            double fitted = dragStep(board, size, 0.05); // the colour-only level a fitted big board is drawn at
            report.add(Bench.row("full redraw of " + size + " boxes (baseline)", rebuild, rebuild));
            report.add(Bench.row("one drag step at the colour-only level, " + size + " boxes", fitted, rebuild));
            report.add(Bench.row("one drag step on " + size + " boxes (edit + reconcile + layout)", drag, rebuild));
            report.add(String.format(java.util.Locale.ROOT, "%-58s %10.3f of a 60 Hz frame", "  drag step, " + size + " boxes",
                    drag / 16_666_667.0));
            assertTrue(drag < rebuild, "reconciling must beat rebuilding");
        }
        System.out.println("\n== Canvas benchmark ==");
        report.forEach(System.out::println);
    }

    /**
     * Painting the selected box, which a press repaints and a drop repaints again: its halo drawn as the pre-blurred
     * image in board.css, against the same box with the blur effect the halo used to be (the baseline). A snapshot
     * paints the box offscreen in the software pipeline, as the window does.
     */
    @Test
    void paintTheSelectedBox() {
        double[] nanos = Bench.onFx(() -> {
            BoardView view = new BoardView();
            Group root = new Group(view);
            new Scene(root).getStylesheets().add(BoardView.STYLESHEET);
            view.show(grid(1));
            view.setSelection(Set.of("n1"), Set.of());
            root.applyCss();
            root.layout();
            javafx.scene.Node box = view.lookup(".stage-box.selected");
            double image = Bench.nanosPerCall(9, 20, () -> box.snapshot(null, null));
            box.setStyle("-fx-effect: dropshadow(gaussian, rgba(13, 71, 161, 0.45), 10, 0.2, 0, 0)");
            root.applyCss();
            double effect = Bench.nanosPerCall(9, 20, () -> box.snapshot(null, null));
            return new double[] {image, effect};
        });
        System.out.println("\n== Selected box benchmark ==");
        System.out.println(Bench.row("selected box, halo as a blur effect (baseline)", nanos[1], nanos[1]));
        System.out.println(Bench.row("selected box, halo as a nine-slice image", nanos[0], nanos[1]));
    }

    /** One drag step (edit, reconcile, layout) of the middle box, at {@code zoom}, in nanoseconds. */
    private static double dragStep(Board board, int size, double zoom) {
        return Bench.onFx(() -> {
            Document doc = new Document(board);
            BoardView view = new BoardView();
            Group root = new Group(view);
            new Scene(root).getStylesheets().add(BoardView.STYLESHEET);
            view.show(board);
            view.setZoom(zoom);
            root.applyCss();
            root.layout();
            String id = "n" + (size / 2);
            view.setMoving(Set.of(id));
            int[] step = {0};
            // no applyCss() here: it forces a full style pass, which a real pulse only runs on dirty nodes,
            // and moving a box dirties none
            return Bench.nanosPerCall(9, 50, () -> {
                int dx = (step[0]++ % 2 == 0) ? 3 : -3;
                doc.apply(new Move(Set.of(id), dx, 1, 1));
                view.show(doc.board());
                root.layout();
            });
        });
    }
}
