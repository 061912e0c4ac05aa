package org.stageboard.export;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;

/**
 * What a PNG export contains and how it looks. Invalid values are refused here, once, so the dialog and the
 * command line report the same message.
 *
 * @param selection node ids exported when {@code scope} is {@link Scope#SELECTION}; empty for the whole board
 * @param scale     1, 2 or 3 image pixels per board unit
 * @param padding   empty margin around the content, in board units (0..1000)
 */
public record ExportOptions(Scope scope, Set<String> selection, int scale, Background background, int padding) {
    public static final int DEFAULT_PADDING = 24;
    public static final int MAX_PADDING = 1000;
    public static final int MAX_SCALE = 3;

    /** Whether the whole board or only some boxes (and the arrows between them) are exported. */
    public enum Scope { WHOLE, SELECTION }

    /** The colour behind the boxes; {@code css} is null for a transparent background. */
    public enum Background {
        WHITE("#ffffff"), TRANSPARENT(null), DARK("#1e272c");

        private final String css;

        Background(String css) {
            this.css = css;
        }

        /** The opaque fill as a CSS colour, or null for transparent. */
        public String css() {
            return css;
        }

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        public static Optional<Background> fromId(String id) {
            for (Background b : values()) {
                if (b.id().equalsIgnoreCase(id == null ? "" : id.trim())) {
                    return Optional.of(b);
                }
            }
            return Optional.empty();
        }
    }

    public ExportOptions {
        if (scope == null) {
            scope = Scope.WHOLE;
        }
        if (background == null) {
            background = Background.WHITE;
        }
        selection = selection == null ? Set.of() : Set.copyOf(selection);
        if (scale < 1 || scale > MAX_SCALE) {
            throw new IllegalArgumentException(Messages.get("export.error.scale", String.valueOf(scale)));
        }
        if (padding < 0 || padding > MAX_PADDING) {
            throw new IllegalArgumentException(Messages.get("export.error.padding", String.valueOf(padding)));
        }
        if (scope == Scope.SELECTION && selection.isEmpty()) {
            throw new IllegalArgumentException(Messages.get("export.error.noSelection"));
        }
        if (scope == Scope.WHOLE) {
            selection = Set.of();
        }
    }

    /** The whole board at 1x on white with the default padding. */
    public static ExportOptions defaults() {
        return new ExportOptions(Scope.WHOLE, Set.of(), 1, Background.WHITE, DEFAULT_PADDING);
    }

    public ExportOptions wholeBoard() {
        return new ExportOptions(Scope.WHOLE, Set.of(), scale, background, padding);
    }

    public ExportOptions selectionOnly(Set<String> nodeIds) {
        return new ExportOptions(Scope.SELECTION, nodeIds, scale, background, padding);
    }

    public ExportOptions withScale(int s) {
        return new ExportOptions(scope, selection, s, background, padding);
    }

    public ExportOptions withBackground(Background b) {
        return new ExportOptions(scope, selection, scale, b, padding);
    }

    public ExportOptions withPadding(int p) {
        return new ExportOptions(scope, selection, scale, background, p);
    }

    /** The part of {@code board} to draw: all of it, or the selected boxes and the arrows between two of them. */
    public Board contentOf(Board board) {
        if (scope == Scope.WHOLE) {
            return board;
        }
        List<Node> nodes = board.nodes().stream().filter(n -> selection.contains(n.id())).toList();
        List<Edge> edges = board.edges().stream()
                .filter(e -> selection.contains(e.from()) && selection.contains(e.to())).toList();
        return board.withNodes(nodes).withEdges(edges);
    }
}
