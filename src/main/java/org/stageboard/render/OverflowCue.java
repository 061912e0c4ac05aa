package org.stageboard.render;

import java.util.List;
import java.util.function.Supplier;
import javafx.collections.ObservableList;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;

/**
 * Over the bottom of a box whose words do not all fit: a fade and an ellipsis, with the full words on hover. Made on
 * the first overflow, since most boxes never overflow.
 */
final class OverflowCue {
    private final Region box;
    private final ObservableList<Node> boxChildren;
    private final Supplier<String> fullWords;
    private Region fade;
    private Label more;
    private Tooltip fullText;
    private boolean on;

    /** @param boxChildren the box's children, where the cue goes above the content and below a badge */
    OverflowCue(Region box, ObservableList<Node> boxChildren, Supplier<String> fullWords) {
        this.box = box;
        this.boxChildren = boxChildren;
        this.fullWords = fullWords;
    }

    boolean isOn() {
        return on;
    }

    /** The full words, shown on hover while the cue is on. */
    Tooltip tooltip() {
        if (fullText == null) {
            fullText = new Tooltip(fullWords.get());
            fullText.setWrapText(true);
            fullText.setMaxWidth(420);
        }
        return fullText;
    }

    /** The box's words changed: a tooltip already made shows the new ones. */
    void wordsChanged() {
        if (fullText != null) {
            fullText.setText(fullWords.get());
        }
    }

    void show(boolean show) {
        if (show == on) {
            return;
        }
        on = show;
        if (fade == null) {
            fade = new Region();
            more = new Label("\u2026");
            fade.getStyleClass().add("stage-box-fade");
            more.getStyleClass().add("stage-box-more");
            for (Node cue : new Node[] {fade, more}) {
                cue.setManaged(false);
                cue.setMouseTransparent(true);
            }
            boxChildren.addAll(1, List.of(fade, more));
            // styled now: this runs inside a layout pass, which measures the ellipsis next
            more.applyCss();
        }
        fade.setVisible(show);
        more.setVisible(show);
        if (show) {
            Tooltip.install(box, tooltip());
        } else {
            Tooltip.uninstall(box, tooltip());
        }
    }

    /** Places the fade and the ellipsis at the bottom of a box {@code width} × {@code height}, when on. */
    void layout(double width, double height) {
        if (!on) {
            return;
        }
        double fadeHeight = Math.min(36, height / 3);
        fade.resizeRelocate(1.5, height - fadeHeight - 1.5, width - 3, fadeHeight);
        double mw = more.prefWidth(-1);
        double mh = more.prefHeight(-1);
        more.resizeRelocate(width - mw - 6, height - mh - 2, mw, mh);
    }
}
