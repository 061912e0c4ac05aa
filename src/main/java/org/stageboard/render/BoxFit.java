package org.stageboard.render;

import javafx.application.Platform;
import javafx.scene.Group;
import javafx.scene.Scene;
import org.stageboard.edit.Edits;
import org.stageboard.model.Node;

/**
 * How large a box must be to show all its words, measured by laying out a {@link BoxView} off screen with the
 * board's stylesheet, so the measure is exactly what the canvas and PNG export draw (Chinese wrapped per character,
 * Russian per word). A box grows in height, and in width up to {@link #MAX_WIDTH} when it gets much taller than
 * wide; past {@link #MAX_HEIGHT} it stops growing and shows that there is more (see {@link BoxView#isOverflowing()}).
 */
public final class BoxFit {
    public static final double MAX_WIDTH = 440;
    public static final double MAX_HEIGHT = 560;
    private static final double STEP = 20;
    private static Group root;
    private static BoxView probe;
    private static final WordsHeightBound BOUND = new WordsHeightBound();

    private BoxFit() {
    }

    /** Whether {@link #fit} knows without laying it out that {@code n}'s words fit it (for tests and benchmarks). */
    static boolean obviouslyFits(Node n) {
        return BOUND.atMost(n, n.width()) <= n.height();
    }

    /** The width and height {@code n} needs (never less than its own, at most the maximum), as an {@link Edits.BoxSizer}. */
    public static double[] fit(Node n) {
        return fit(n, MAX_WIDTH);
    }

    /** As {@link #fit(Node)}, widening no further than {@code maxWidth} (the room beside the box). */
    public static double[] fit(Node n, double maxWidth) {
        if (!Platform.isFxApplicationThread()) {
            return new double[] {n.width(), n.height()};
        }
        if (BOUND.atMost(n, n.width()) <= n.height()) {
            // the words obviously fit: no layout needed (most boxes of a board being opened)
            return new double[] {n.width(), n.height()};
        }
        BoxView view = measuring(n);
        BOUND.learn(view);
        double w = n.width();
        double need = view.neededHeight(w);
        // wider rather than a tall thin column, up to the maximum width
        while (need > n.height() && need > w && w + STEP <= Math.min(MAX_WIDTH, maxWidth)) {
            w += STEP;
            need = view.neededHeight(w);
        }
        double h = Math.min(MAX_HEIGHT, Math.ceil(need / 10) * 10);
        return new double[] {Math.max(w, n.width()), Math.max(h, n.height())};
    }

    /** The height {@code n}'s words take at its width, laid out for real (what the bound must never undercut). */
    static double measuredHeight(Node n) {
        BoxView view = measuring(n);
        BOUND.learn(view);
        return view.neededHeight(n.width());
    }

    private static BoxView measuring(Node n) {
        if (root == null) {
            root = new Group();
            root.getStyleClass().add("board-view");
            Scene scene = new Scene(root);
            scene.getStylesheets().add(BoardView.STYLESHEET);
            probe = new BoxView(n);
            root.getChildren().add(probe);
        }
        probe.update(n);
        root.applyCss();
        return probe;
    }
}
