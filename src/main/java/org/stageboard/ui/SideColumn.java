package org.stageboard.ui;

import javafx.application.Platform;
import javafx.beans.value.ChangeListener;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Orientation;
import javafx.scene.Node;
import javafx.scene.control.SplitPane;
import javafx.scene.input.MouseEvent;
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
    /** How far the divider was from the right edge, in pixels, when presenter mode hid the column. */
    private double widthBeforeHiding = -1;
    /** Re-applies that width while the window settles after the column comes back. */
    private ChangeListener<Number> keepWidth;

    SideColumn(Node canvasArea, Node inspector, FindingsController findings) {
        side = sidePanels(inspector, findings);
        center.getItems().addAll(canvasArea, side);
        keepSidePanelWidth();
        SplitPane.setResizableWithParent(side, false);
        stopKeepingWidthWhenDividerDragged();
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
        placeSideDivider(Math.min(SIDE_WIDTH, center.getWidth() * 0.4));
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

    /**
     * Shows or hides the column; it comes back as many pixels wide as it was. The width is applied again each
     * time the canvas area changes size until the user next drags the divider, because leaving full screen
     * resizes the window in several steps, some after this returns, and a divider placed during one of them
     * would squeeze the column to its minimum.
     */
    void setVisible(boolean visible) {
        if (visible && !center.getItems().contains(side)) {
            center.getItems().add(side);
            if (widthBeforeHiding > 0) {
                keepWidthWhileResizing(widthBeforeHiding);
            } else {
                placeSideDivider();
            }
        } else if (!visible && center.getItems().contains(side)) {
            stopKeepingWidth();
            widthBeforeHiding = (1 - center.getDividerPositions()[0]) * center.getWidth();
            center.getItems().remove(side);
        }
    }

    private void keepWidthWhileResizing(double width) {
        stopKeepingWidth();
        placeSideDivider(width);
        // after the split pane's own layout for the new size, which would otherwise keep the squeezed width
        keepWidth = (o, before, now) -> Platform.runLater(() -> placeSideDivider(width));
        center.widthProperty().addListener(keepWidth);
        Platform.runLater(() -> placeSideDivider(width));
    }

    private void stopKeepingWidth() {
        if (keepWidth != null) {
            center.widthProperty().removeListener(keepWidth);
            keepWidth = null;
        }
    }

    private void placeSideDivider(double sideWidth) {
        double width = center.getWidth();
        if (width > 0 && center.getItems().contains(side)) {
            center.setDividerPositions(1 - Math.min(sideWidth, width) / width);
        }
    }

    /** A press on the divider means the user now chooses the width. */
    private void stopKeepingWidthWhenDividerDragged() {
        center.addEventFilter(MouseEvent.MOUSE_PRESSED, e -> {
            for (Node n = e.getPickResult().getIntersectedNode(); n != null && n != center; n = n.getParent()) {
                if (n.getStyleClass().contains("split-pane-divider")) {
                    stopKeepingWidth();
                    return;
                }
            }
        });
    }
}
