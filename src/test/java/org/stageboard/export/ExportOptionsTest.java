package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.export.ExportOptions.Background;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

class ExportOptionsTest {

    @Test
    void defaultsAreWholeBoardOneXWhiteWith24Padding() {
        ExportOptions o = ExportOptions.defaults();
        assertEquals(ExportOptions.Scope.WHOLE, o.scope());
        assertEquals(1, o.scale());
        assertEquals(Background.WHITE, o.background());
        assertEquals(24, o.padding());
    }

    @ParameterizedTest
    @ValueSource(ints = {0, 4, -1, 5})
    void scaleOutsideOneToThreeIsRefused(int scale) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportOptions.defaults().withScale(scale));
        assertEquals("Scale must be 1, 2 or 3, not " + scale + ".", e.getMessage());
    }

    @ParameterizedTest
    @ValueSource(ints = {-1, 1001, 5000})
    void paddingOutsideZeroToThousandIsRefused(int padding) {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> ExportOptions.defaults().withPadding(padding));
        assertTrue(e.getMessage().contains(String.valueOf(padding)), e.getMessage());
    }

    @Test
    void paddingLimitsThemselvesAreAccepted() {
        assertEquals(0, ExportOptions.defaults().withPadding(0).padding());
        assertEquals(1000, ExportOptions.defaults().withPadding(1000).padding());
    }

    @Test
    void selectionScopeNeedsASelection() {
        assertThrows(IllegalArgumentException.class, () -> ExportOptions.defaults().selectionOnly(Set.of()));
    }

    @Test
    void selectionKeepsSelectedBoxesAndOnlyArrowsBetweenThem() {
        Board board = TestBoards.of(List.of(TestBoards.box("a", Stage.DATA, 0, 0, 100, 100),
                        TestBoards.box("b", Stage.MODEL, 200, 0, 100, 100),
                        TestBoards.box("c", Stage.NOTE, 400, 0, 100, 100)),
                List.of(new Edge("ab", "a", "b", ""), new Edge("bc", "b", "c", ""), new Edge("ca", "c", "a", "")));
        Board part = ExportOptions.defaults().selectionOnly(Set.of("a", "b")).contentOf(board);
        assertEquals(List.of("a", "b"), part.nodes().stream().map(Node::id).toList());
        assertEquals(List.of("ab"), part.edges().stream().map(Edge::id).toList());
        assertSame(board, ExportOptions.defaults().contentOf(board));
    }

    @Test
    void backToWholeBoardForgetsTheSelection() {
        ExportOptions o = ExportOptions.defaults().selectionOnly(Set.of("a")).wholeBoard();
        assertEquals(ExportOptions.Scope.WHOLE, o.scope());
        assertTrue(o.selection().isEmpty());
    }

    @Test
    void backgroundsAreNamedOnTheCommandLineByTheirIds() {
        assertEquals(Optional.of(Background.DARK), Background.fromId("dark"));
        assertEquals(Optional.of(Background.TRANSPARENT), Background.fromId(" Transparent "));
        assertEquals(Optional.empty(), Background.fromId("blue"));
        assertEquals(Optional.empty(), Background.fromId(null));
    }
}
