package org.stageboard.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import org.stageboard.ui.findings.FindingsController;

/**
 * The main window's middle: the canvas beside a column of the inspector over the findings. The column gets its
 * preferred width and the canvas the rest; hiding the findings gives the inspector the whole height; presenter mode
 * hides the column and brings it back as wide as it was.
 */
final class SideColumn {
    /** The inspector and findings column: wide enough for the findings profile and counts in every language. */
    private static final double SIDE_WIDTH = 400;

    private final SplitPane center = new SplitPane();
    private final SplitPane side;
    private double dividerBeforeHiding = -1;

    SideColumn(Node canvasArea, Node inspector, FindingsController findings) {
        side = sidePanels(inspector, findings);
        center.getItems().addAll(canvasArea, side);
        keepSidePanelWidth();
        SplitPane.setResizableWithParent(side, false);
    }

    /** The canvas and the column, side by side. */
    SplitPane node() {
        return center;
    }

    /**
     * The side panels get their preferred width and the canvas the rest, set once the window has its real width
     * (a fraction taken earlier would be a fraction of the 200 px a window manager first reports).
     */
    private void keepSidePanelWidth() {
        center.widthProperty().addListener(new ChangeListener<Number>() {
            @Override
            public void changed(ObservableValue<? extends Number> o, Number before, Number width) {
                if (width.doubleValue() >= 700) {
                    center.widthProperty().removeListener(this);
                    placeSideDivider();
                }
            }
        });
    }

    private void placeSideDivider() {
        double width = center.getWidth();
        if (width > 0) {
            center.setDividerPositions(1 - Math.min(SIDE_WIDTH, width * 0.4) / width);
        }
    }

    /** The inspector above the findings; hiding the findings gives the inspector the whole height. */
    private static SplitPane sidePanels(Node inspector, FindingsController findings) {
        SplitPane split = new SplitPane(inspector, findings.panel());
        split.setOrientation(Orientation.VERTICAL);
        split.setDividerPositions(0.55);
        split.setPrefWidth(SIDE_WIDTH);
        split.setMinWidth(280);
        findings.visibleProperty().addListener((o, a, show) -> {
            if (show && !split.getItems().contains(findings.panel())) {
                split.getItems().add(findings.panel());
                split.setDividerPositions(0.55);
            } else if (!show) {
                split.getItems().remove(findings.panel());
            }
        });
        return split;
    }

    /** Shows or hides the column; it comes back as wide as it was. */
    void setVisible(boolean visible) {
        if (visible && !center.getItems().contains(side)) {
            center.getItems().add(side);
            if (dividerBeforeHiding >= 0) {
                // the side panels come back as wide as they were; again once leaving full screen has resized
                double divider = dividerBeforeHiding;
                center.setDividerPositions(divider);
                Platform.runLater(() -> center.setDividerPositions(divider));
            } else {
                placeSideDivider();
            }
        } else if (!visible && center.getItems().contains(side)) {
            dividerBeforeHiding = center.getDividerPositions()[0];
            center.getItems().remove(side);
        }
    }
}
