package org.stageboard.model;

import java.util.List;
import java.util.Objects;

/**
 * A box on the board. {@code hint} is guidance shown as placeholder text; it is never part of the answer.
 * Coordinates are in board units (1 unit = 1 pixel at 100% zoom).
 */
public record Node(String id, Stage stage, String title, String text, String hint,
                   List<TradeOff> tradeoffs, double x, double y, double width, double height) {

    public static final double MIN_WIDTH = 80;
    public static final double MIN_HEIGHT = 48;
    public static final double DEFAULT_WIDTH = 220;
    public static final double DEFAULT_HEIGHT = 140;

    public Node {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        title = title == null ? "" : title;
        text = text == null ? "" : text;
        hint = hint == null ? "" : hint;
        tradeoffs = tradeoffs == null ? List.of() : List.copyOf(tradeoffs);
    }

    public static Node of(String id, Stage stage, String title, double x, double y) {
        return new Node(id, stage, title, "", "", List.of(), x, y, DEFAULT_WIDTH, DEFAULT_HEIGHT);
    }

    public Node withStage(Stage s) {
        return new Node(id, s, title, text, hint, tradeoffs, x, y, width, height);
    }

    public Node withTitle(String t) {
        return new Node(id, stage, t, text, hint, tradeoffs, x, y, width, height);
    }

    public Node withText(String t) {
        return new Node(id, stage, title, t, hint, tradeoffs, x, y, width, height);
    }

    public Node withHint(String h) {
        return new Node(id, stage, title, text, h, tradeoffs, x, y, width, height);
    }

    public Node withTradeoffs(List<TradeOff> t) {
        return new Node(id, stage, title, text, hint, t, x, y, width, height);
    }

    public Node withPosition(double nx, double ny) {
        return new Node(id, stage, title, text, hint, tradeoffs, nx, ny, width, height);
    }

    public Node withBounds(double nx, double ny, double w, double h) {
        return new Node(id, stage, title, text, hint, tradeoffs, nx, ny, w, h);
    }

    public Node withId(String newId) {
        return new Node(newId, stage, title, text, hint, tradeoffs, x, y, width, height);
    }

    public Rect bounds() {
        return new Rect(x, y, width, height);
    }

    /** True when the box says nothing beyond its title: no text and no non-blank trade-off. Hints do not count. */
    public boolean isEmptyAnswer() {
        return text.isBlank() && tradeoffs.stream().allMatch(TradeOff::isBlank);
    }
}
