package org.stageboard.render;

import javafx.scene.control.Tooltip;
import javafx.util.Duration;

/** Tooltips for long explanations: wrapped to a readable width instead of one endless line, and shown long enough to read. */
public final class Tooltips {
    /** About 60 characters of text: a comfortable line. */
    public static final double MAX_WIDTH = 420;

    private Tooltips() {
    }

    public static Tooltip wrapping(String text) {
        Tooltip t = new Tooltip(text);
        t.setWrapText(true);
        t.setMaxWidth(MAX_WIDTH);
        t.setShowDuration(Duration.seconds(30));
        return t;
    }
}
