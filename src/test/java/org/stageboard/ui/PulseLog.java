package org.stageboard.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the JavaFX pulse logger's output ({@code -Djavafx.pulseLogger=true}): how many nodes each frame painted. */
final class PulseLog {
    private static final Pattern RENDERED = Pattern.compile("Nodes rendered: (\\d+)");

    private PulseLog() {
    }

    /** Nodes painted by each frame in {@code log}, in order. */
    static List<Integer> nodesRendered(String log) {
        List<Integer> out = new ArrayList<>();
        Matcher m = RENDERED.matcher(log);
        while (m.find()) {
            out.add(Integer.parseInt(m.group(1)));
        }
        return out;
    }

    /** The most nodes any frame in {@code log} painted: a whole window's worth, when the log holds the first frame. */
    static int maxNodesRendered(String log) {
        return nodesRendered(log).stream().mapToInt(Integer::intValue).max().orElse(0);
    }
}
