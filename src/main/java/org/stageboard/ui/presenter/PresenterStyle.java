package org.stageboard.ui.presenter;

import java.util.Objects;
import javafx.scene.Scene;

/**
 * Presenter mode for screen sharing: high contrast and larger text on the canvas. The look lives in
 * {@code presenter.css}, written against the canvas style classes ({@code .stage-box}, {@code .stage-box-title},
 * {@code .stage-box-text}, {@code .edge-path}, {@code .edge-label}) under the root class {@code .presenter}.
 */
public final class PresenterStyle {
    public static final String ROOT_CLASS = "presenter";

    private PresenterStyle() {
    }

    /** The stylesheet URL, for {@code scene.getStylesheets()}. */
    public static String stylesheet() {
        return Objects.requireNonNull(PresenterStyle.class.getResource("/org/stageboard/ui/presenter/presenter.css"),
                "presenter.css is missing").toExternalForm();
    }

    public static void apply(Scene scene) {
        if (!scene.getStylesheets().contains(stylesheet())) {
            scene.getStylesheets().add(stylesheet());
        }
        if (!scene.getRoot().getStyleClass().contains(ROOT_CLASS)) {
            scene.getRoot().getStyleClass().add(ROOT_CLASS);
        }
    }

    public static void remove(Scene scene) {
        scene.getStylesheets().remove(stylesheet());
        scene.getRoot().getStyleClass().remove(ROOT_CLASS);
    }

    public static boolean isApplied(Scene scene) {
        return scene.getRoot().getStyleClass().contains(ROOT_CLASS);
    }

    /** Switches presenter mode on or off; returns the new state. */
    public static boolean toggle(Scene scene) {
        if (isApplied(scene)) {
            remove(scene);
            return false;
        }
        apply(scene);
        return true;
    }
}
