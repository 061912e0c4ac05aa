package org.stageboard.ui.palette;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseEvent;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.render.StagePalette;

/**
 * The eight stages and the note, in interview order: click one to add a box in view, or drag it onto the
 * canvas to place it. Dragging is done with plain mouse events (no platform drag-and-drop), so it behaves
 * the same on every system and under test.
 */
public class StagePalettePane extends VBox {
    private static final double MIN_WIDTH = 168;
    private final BoardCanvas canvas;
    private Label tip;

    public StagePalettePane(BoardCanvas canvas) {
        this.canvas = canvas;
        getStyleClass().add("stage-palette");
        setSpacing(4);
        setPadding(new Insets(10, 8, 10, 8));
        setMinWidth(MIN_WIDTH);
        Label heading = new Label(Messages.get("palette.heading"));
        heading.getStyleClass().add("palette-heading");
        getChildren().add(heading);
        for (Stage s : Stage.values()) {
            getChildren().add(item(s));
        }
        Label tip = new Label(Messages.get("palette.tip"));
        tip.setWrapText(true);
        tip.getStyleClass().add("palette-tip");
        // the tip wraps to the width the stage names need; it never widens the palette itself
        tip.setMinWidth(0);
        this.tip = tip;
        getChildren().add(tip);
    }

    /** As wide as the longest stage name in the current language, so no name is cut off. */
    @Override
    protected double computePrefWidth(double height) {
        double widest = getChildren().stream().filter(n -> n != tip).mapToDouble(n -> n.prefWidth(-1)).max().orElse(0);
        return Math.max(MIN_WIDTH, snappedLeftInset() + widest + snappedRightInset());
    }

    /**
     * The stage's description as a tooltip, made when the pointer first enters the item: the first tooltip loads
     * the popup machinery, which the window's first frame does not need. The tooltip's own timer starts with the
     * moves that follow, so it shows after the usual delay.
     */
    private static void installTooltipOnFirstHover(Region item, Stage s) {
        item.addEventHandler(MouseEvent.MOUSE_ENTERED, new javafx.event.EventHandler<MouseEvent>() {
            @Override
            public void handle(MouseEvent e) {
                item.removeEventHandler(MouseEvent.MOUSE_ENTERED, this);
                Tooltip.install(item, new Tooltip(StagePalette.description(s)));
            }
        });
    }

    private Region item(Stage s) {
        Rectangle swatch = new Rectangle(14, 14, StagePalette.accent(s));
        swatch.setArcWidth(4);
        swatch.setArcHeight(4);
        Label name = new Label(StagePalette.label(s));
        name.setMinWidth(Region.USE_PREF_SIZE);
        HBox item = new HBox(8, swatch, name);
        item.setId("palette-" + s.id());
        item.getStyleClass().add("palette-item");
        item.setPadding(new Insets(6, 8, 6, 8));
        installTooltipOnFirstHover(item, s);
        final boolean[] dragged = {false};
        item.addEventHandler(MouseEvent.MOUSE_PRESSED, e -> dragged[0] = false);
        item.addEventHandler(MouseEvent.MOUSE_DRAGGED, e -> {
            dragged[0] = true;
            item.setOpacity(0.6);
            // the box it will become, under the pointer
            canvas.paletteDrop().showGhost(s, e.getSceneX(), e.getSceneY());
        });
        item.addEventHandler(MouseEvent.MOUSE_RELEASED, e -> {
            item.setOpacity(1);
            canvas.paletteDrop().hideGhost();
            if (dragged[0]) {
                canvas.paletteDrop().drop(s, e.getSceneX(), e.getSceneY());
            } else if (item.contains(e.getX(), e.getY())) {
                canvas.addBoxInView(s);
            }
        });
        return item;
    }
}
