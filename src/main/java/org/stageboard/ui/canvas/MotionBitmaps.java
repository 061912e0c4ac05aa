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
 * Both bitmaps are drawn at the scale of the node cached, not the screen's: the board at 100%. Below
 * {@link BoardView#TITLE_ONLY_BELOW} (pans) or {@link BoardView#BLANK_BELOW} (wheel) they are not made, and a zoom
 * ends a pan's bitmap, since there drawing one costs seconds.
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
        if (!pan || zoom < BoardView.TITLE_ONLY_BELOW) {
            // a zoom, or a pan far out, ends the bitmap at once (a zoom about a point also pans, which makes a new
            // one at 50% and more): kept far out, the next click (a box selected) drew it again, the whole board at
            // 100% scale: seconds at fit zoom
            panEnded.stop();
            world.setCache(false);
            return;
        }
        if (!world.isCache()) {
            world.setCacheHint(CacheHint.SPEED);
            world.setCache(true);
        }
        panEnded.playFromStart();
    }

    /**
     * A notch of the zoom wheel turned at {@code zoom}: the board view scales as a bitmap until the wheel rests.
     * Not when the board is colour-only ({@link BoardView#BLANK_BELOW}): it is one canvas image already, and a bitmap
     * of the view is drawn at the view's own scale, the whole board at 100%, seconds a notch at fit zoom.
     */
    void wheelTurned(double zoom) {
        if (!wheelZooming) {
            wheelZooming = true;
            if (zoom >= BoardView.BLANK_BELOW) {
                boardView.setCacheHint(CacheHint.SPEED);
                boardView.setCache(true);
            }
        }
        wheelRested.playFromStart();
    }

    /** True from a wheel zoom's first notch until the wheel rests. */
    boolean wheelZooming() {
        return wheelZooming;
    }
}
