package org.stageboard.ui.inspector;

import javafx.geometry.Bounds;
import javafx.scene.Node;
import javafx.scene.Parent;
import javafx.scene.control.ScrollPane;

/** Scrolls the nearest enclosing {@link ScrollPane} just enough to show a node. */
final class ScrollIntoView {
    private ScrollIntoView() {
    }

    static void reveal(Node node) {
        ScrollPane scroll = enclosing(node);
        if (scroll == null || scroll.getContent() == null) {
            return;
        }
        // lay out first: rows added a moment ago may not have their place or the content its height yet
        scroll.applyCss();
        scroll.layout();
        Node content = scroll.getContent();
        Bounds inContent = content.sceneToLocal(node.localToScene(node.getBoundsInLocal()));
        double contentHeight = content.getBoundsInLocal().getHeight();
        double viewport = scroll.getViewportBounds().getHeight();
        if (inContent == null || contentHeight <= viewport) {
            return;
        }
        double top = scroll.getVvalue() * (contentHeight - viewport);
        double newTop = top;
        if (inContent.getMinY() < top) {
            newTop = inContent.getMinY();
        } else if (inContent.getMaxY() > top + viewport) {
            newTop = inContent.getMaxY() - viewport;
        }
        scroll.setVvalue(Math.max(0, Math.min(1, newTop / (contentHeight - viewport))));
    }

    private static ScrollPane enclosing(Node node) {
        for (Parent p = node.getParent(); p != null; p = p.getParent()) {
            if (p instanceof ScrollPane s) {
                return s;
            }
        }
        return null;
    }
}
