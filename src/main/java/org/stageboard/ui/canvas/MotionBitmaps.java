package org.stageboard.ui.canvas;

import javafx.animation.PauseTransition;
import javafx.scene.CacheHint;
import javafx.scene.Node;
import javafx.util.Duration;
import org.stageboard.render.BoardView;

/**
 * The bitmaps the canvas paints from while the view moves, so that a frame of a pan or of a wheel zoom repaints an
 * image instead of every box:
 * <ul>
 * <li>while the view pans, the boxes, arrows and handles (the world) are cached as one bitmap that moves (a translated
 * bitmap is pixel-exact); a second after the motion stops the cache goes, so editing repaints only what changed. A
 * second, not less: on a loaded machine pan frames came more than 250 ms apart and the cache was dropped and rebuilt
 * between them. Not below 50% zoom: the bitmap is made of the whole built area, which on a fitted 2,000-box board is
 * a picture of the whole board, and there it was measured no faster than painting the colour-only boxes;</li>
 * <li>while the wheel zooms, the board view scales as one bitmap and the views wait (no box made or dropped, no level
 * of detail or grid spacing changed), since any of that would rebuild the bitmap; once the wheel has rested a quarter
 * of a second, the board is drawn sharp at the zoom reached.</li>
 * </ul>
 */
final class MotionBitmaps {
    private final Node world;
    private final BoardView boardView;
    private final PauseTransition panEnded = new PauseTransition(Duration.millis(1000));
    private final PauseTransition wheelRested = new PauseTransition(Duration.millis(250));
    private boolean wheelZooming;

    /** @param wheelRestedThen redraws the board at the zoom the wheel reached */
    MotionBitmaps(Node world, BoardView boardView, Runnable wheelRestedThen) {
        this.world = world;
        this.boardView = boardView;
        panEnded.setOnFinished(e -> world.setCache(false));
        wheelRested.setOnFinished(e -> {
            wheelZooming = false;
            boardView.setCache(false);
            wheelRestedThen.run();
        });
    }

    /** The view moved (a pan, or another zoom) while showing {@code zoom}: a pan starts or extends the moving bitmap. */
    void viewMoved(boolean pan, double zoom) {
        if (pan && !world.isCache() && zoom >= BoardView.TITLE_ONLY_BELOW) {
            world.setCacheHint(CacheHint.SPEED);
            world.setCache(true);
        }
        if (world.isCache()) {
            panEnded.playFromStart();
        }
    }

    /** A notch of the zoom wheel: the board view scales as a bitmap until the wheel rests. */
    void wheelTurned() {
        if (!wheelZooming) {
            wheelZooming = true;
            boardView.setCacheHint(CacheHint.SPEED);
            boardView.setCache(true);
        }
        wheelRested.playFromStart();
    }

    /** True from a wheel zoom's first notch until the wheel rests. */
    boolean wheelZooming() {
        return wheelZooming;
    }
}
