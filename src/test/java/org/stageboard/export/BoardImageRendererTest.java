package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import javafx.scene.image.PixelReader;
import javafx.scene.paint.Color;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;
import org.stageboard.UiTest;
import org.stageboard.export.ExportOptions.Background;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Stage;
import org.stageboard.render.StagePalette;
import org.testfx.api.FxToolkit;

@UiTest
class BoardImageRendererTest {
    private static final Color WHITE = Color.WHITE;
    private static final Color DARK = Color.web(Background.DARK.css());

    private final BoardImageRenderer renderer = new BoardImageRenderer();

    @BeforeAll
    static void toolkit() throws Exception {
        FxToolkit.registerPrimaryStage();
    }

    /** Two boxes spanning 600 x 200 board units, an unlabelled arrow between them. */
    private static Board twoBoxes() {
        return TestBoards.of(List.of(TestBoards.box("a", Stage.DATA, 100, 50, 220, 140),
                        TestBoards.box("b", Stage.MODEL, 500, 150, 200, 100)),
                List.of(new Edge("e", "a", "b", "")));
    }

    @ParameterizedTest
    @CsvSource({"1, 24", "2, 24", "3, 24", "1, 0", "2, 10"})
    void pixelSizeIsContentPlusPaddingTimesScale(int scale, int padding) throws Exception {
        ExportResult r = renderer.renderAndWait(twoBoxes(),
                ExportOptions.defaults().withScale(scale).withPadding(padding));
        assertEquals((600 + 2 * padding) * scale, r.width());
        assertEquals((200 + 2 * padding) * scale, r.height());
        assertEquals(r.width(), (int) r.image().getWidth());
        assertEquals(r.height(), (int) r.image().getHeight());
        assertNull(r.warning());
        assertEquals(1, r.tiles());
    }

    @ParameterizedTest
    @CsvSource({"WHITE, 1", "DARK, 1", "WHITE, 2", "DARK, 2"})
    void boxesShowTheirStageFillOnTheChosenBackground(Background bg, int scale) throws Exception {
        ExportResult r = renderer.renderAndWait(twoBoxes(), ExportOptions.defaults().withScale(scale).withBackground(bg));
        PixelReader px = r.image().getPixelReader();
        Color expectedBg = bg == Background.WHITE ? WHITE : DARK;
        // the lower part of a box holds no text: it shows the stage fill (image x = (board x - 100 + 24) * scale)
        assertClose(StagePalette.fill(Stage.DATA), px.getColor((210 - 76) * scale, (175 - 26) * scale));
        assertClose(StagePalette.fill(Stage.MODEL), px.getColor((600 - 76) * scale, (240 - 26) * scale));
        // above box b and right of box a, far from the arrow: background
        assertClose(expectedBg, px.getColor((450 - 76) * scale, (80 - 26) * scale));
        assertClose(expectedBg, px.getColor(1, 1));
        assertClose(expectedBg, px.getColor(r.width() - 2, r.height() - 2));
    }

    @ParameterizedTest
    @EnumSource(Background.class)
    void cornersAreTransparentOnlyWhenAsked(Background bg) throws Exception {
        ExportResult r = renderer.renderAndWait(twoBoxes(), ExportOptions.defaults().withBackground(bg));
        PixelReader px = r.image().getPixelReader();
        int[][] corners = {{0, 0}, {r.width() - 1, 0}, {0, r.height() - 1}, {r.width() - 1, r.height() - 1}};
        for (int[] c : corners) {
            int alpha = px.getArgb(c[0], c[1]) >>> 24;
            assertEquals(bg == Background.TRANSPARENT ? 0 : 255, alpha, bg + " corner " + c[0] + "," + c[1]);
        }
        // boxes stay opaque on a transparent background
        assertEquals(255, px.getArgb(210 - 76, 175 - 26) >>> 24);
    }

    @Test
    void selectionExportCoversOnlyTheSelectedBoxesAndTheirArrows() throws Exception {
        Board board = TestBoards.of(List.of(TestBoards.box("a", Stage.DATA, 0, 0, 200, 100),
                        TestBoards.box("b", Stage.MODEL, 300, 0, 200, 100),
                        TestBoards.box("c", Stage.SERVING, 0, 400, 500, 100)),
                List.of(new Edge("ab", "a", "b", ""), new Edge("ac", "a", "c", "")));
        ExportResult r = renderer.renderAndWait(board, ExportOptions.defaults().selectionOnly(Set.of("a", "b")));
        assertEquals(500 + 48, r.width());
        assertEquals(100 + 48, r.height());
        PixelReader px = r.image().getPixelReader();
        // the arrow a -> b runs at y = 50 through the gap x 200..300; a -> c (not exported) would leave a's bottom
        assertFalse(isClose(WHITE, px.getColor(250 + 24, 50 + 24)), "arrow between selected boxes is drawn");
        assertClose(WHITE, px.getColor(100 + 24, 100 + 24 + 12));
    }

    @Test
    void arrowLabelsWiderThanTheBoxesWidenTheImage() throws Exception {
        Board board = TestBoards.of(List.of(TestBoards.box("a", Stage.DATA, 0, 0, 80, 60),
                        TestBoards.box("b", Stage.MODEL, 0, 200, 80, 60)),
                List.of(new Edge("e", "a", "b", "a label much wider than both boxes")));
        ExportResult r = renderer.renderAndWait(board, ExportOptions.defaults().withPadding(0));
        assertTrue(r.width() > 120, "label widens the image, got " + r.width());
        assertEquals(260, r.height());
        // the label sits beside the vertical arrow, never on it (issue 10): the content widens to the right only
        assertEquals(0, r.content().x(), 1.0);
        assertTrue(r.content().maxX() > 120, "the label reaches past the boxes on the right: " + r.content());
        PixelReader px = r.image().getPixelReader();
        assertTrue(countNot(px, WHITE, 0, 125, r.width(), 10) > 0, "label text drawn");
    }

    @Test
    void smallTilesStitchIntoTheSameImageAsOneSnapshot() throws Exception {
        Board board = TestBoards.multilingual();
        ExportOptions options = ExportOptions.defaults().withScale(2);
        ExportResult whole = renderer.renderAndWait(board, options);
        ExportResult tiled = new BoardImageRenderer(100, 100_000, Long.MAX_VALUE).renderAndWait(board, options);
        assertEquals(1, whole.tiles());
        assertEquals(12 * 9, tiled.tiles());
        assertEquals(whole.width(), tiled.width());
        assertEquals(whole.height(), tiled.height());
        PixelReader a = whole.image().getPixelReader();
        PixelReader b = tiled.image().getPixelReader();
        int different = 0;
        for (int y = 0; y < whole.height(); y++) {
            for (int x = 0; x < whole.width(); x++) {
                if (!isClose(a.getColor(x, y), b.getColor(x, y))) {
                    different++;
                }
            }
        }
        // anti-aliased edges may round differently at a tile seam; anything more would be a stitching error
        assertTrue(different < whole.width() * whole.height() / 1000, different + " pixels differ");
    }

    @Test
    void aBoardLargerThanOneTileRendersEveryTile() throws Exception {
        Board board = TestBoards.of(List.of(TestBoards.box("near", Stage.DATA, 0, 0, 220, 140),
                        TestBoards.box("far", Stage.MONITORING, 5600, 4700, 220, 140)),
                List.of(new Edge("e", "near", "far", "far away")));
        ExportResult r = renderer.renderAndWait(board, ExportOptions.defaults());
        assertEquals(5820 + 48, r.width());
        assertEquals(4840 + 48, r.height());
        assertEquals(4, r.tiles());
        assertNull(r.warning());
        PixelReader px = r.image().getPixelReader();
        assertClose(StagePalette.fill(Stage.DATA), px.getColor(24 + 110, 24 + 125));
        assertClose(StagePalette.fill(Stage.MONITORING), px.getColor(24 + 5600 + 110, 24 + 4700 + 125));
        assertClose(WHITE, px.getColor(24 + 5600 + 110, 24 + 4000));
    }

    @Test
    void aHugeBoardIsScaledDownWithAWarningAndStaysVisible() throws Exception {
        Board board = TestBoards.of(List.of(TestBoards.box("left", Stage.DATA, 0, 0, 220, 140),
                        TestBoards.box("middle", Stage.MODEL, 15000, 0, 220, 140),
                        TestBoards.box("right", Stage.SERVING, 29780, 0, 220, 140)),
                List.of(new Edge("e1", "left", "middle", ""), new Edge("e2", "middle", "right", "")));
        ExportResult r = renderer.renderAndWait(board, ExportOptions.defaults().withScale(2));
        assertNotNull(r.warning());
        assertTrue(r.warning().contains("60096"), r.warning());
        assertTrue(r.width() <= BoardImageRenderer.DEFAULT_MAX_SIDE);
        assertTrue(r.width() > BoardImageRenderer.DEFAULT_MAX_SIDE - 10, "uses the room it has: " + r.width());
        assertTrue(r.tiles() >= 4, "tiled: " + r.tiles());
        double s = r.scale();
        assertTrue(s < 1);
        PixelReader px = r.image().getPixelReader();
        assertClose(StagePalette.fill(Stage.DATA), px.getColor((int) ((24 + 110) * s), (int) ((24 + 125) * s)));
        assertClose(StagePalette.fill(Stage.SERVING),
                px.getColor((int) ((24 + 29780 + 110) * s), (int) ((24 + 125) * s)));
        // the arrow crosses the far tiles too: the middle of the image, on the arrow's line, is not background
        assertTrue(countNot(px, WHITE, (int) (22000 * s), (int) ((24 + 65) * s), 40, 10) > 0, "arrow drawn");
    }

    @Test
    void pixelLimitScalesDownToo() throws Exception {
        ExportResult r = new BoardImageRenderer(4096, 100_000, 100_000).renderAndWait(twoBoxes(),
                ExportOptions.defaults().withScale(3));
        assertNotNull(r.warning());
        assertTrue((long) r.width() * r.height() <= 100_000);
        assertTrue((long) r.width() * r.height() > 95_000);
        assertEquals(648.0 / 248.0, (double) r.width() / r.height(), 0.02);
    }

    @Test
    void multilingualTextRendersInsideTheBoxes() throws Exception {
        ExportResult r = renderer.renderAndWait(TestBoards.multilingual(), ExportOptions.defaults().withScale(2));
        PixelReader px = r.image().getPixelReader();
        // the text rows of the Chinese box (board 310..510 x 35..80) and the Russian one (10..210 x 275..320)
        Color dataFill = StagePalette.fill(Stage.DATA);
        Color modelFill = StagePalette.fill(Stage.MODEL);
        assertTrue(countNot(px, dataFill, (24 + 310) * 2, (24 + 35) * 2, 400, 90) > 500, "Chinese text drawn");
        assertTrue(countNot(px, modelFill, (24 + 10) * 2, (24 + 275) * 2, 400, 90) > 500, "Russian text drawn");
    }

    @Test
    void anEmptyBoardOrSelectionIsRefusedWithAClearMessage() {
        ExportException empty = assertThrows(ExportException.class,
                () -> renderer.renderAndWait(Board.empty(), ExportOptions.defaults()));
        assertTrue(empty.getMessage().contains("no boxes"), empty.getMessage());
        ExportException gone = assertThrows(ExportException.class, () -> renderer.renderAndWait(twoBoxes(),
                ExportOptions.defaults().selectionOnly(Set.of("deleted"))));
        assertTrue(gone.getMessage().contains("selected"), gone.getMessage());
    }

    @Test
    void renderRefusesToRunOffTheFxThread() {
        assertThrows(IllegalStateException.class, () -> renderer.render(twoBoxes(), ExportOptions.defaults()));
    }

    static boolean isClose(Color a, Color b) {
        double tol = 3.0 / 255;
        return Math.abs(a.getRed() - b.getRed()) <= tol && Math.abs(a.getGreen() - b.getGreen()) <= tol
                && Math.abs(a.getBlue() - b.getBlue()) <= tol && Math.abs(a.getOpacity() - b.getOpacity()) <= tol;
    }

    static void assertClose(Color expected, Color actual) {
        assertTrue(isClose(expected, actual), "expected " + expected + " but was " + actual);
    }

    /** Pixels in the rectangle whose colour is not close to {@code c}. */
    static int countNot(PixelReader px, Color c, int x0, int y0, int w, int h) {
        int n = 0;
        for (int y = y0; y < y0 + h; y++) {
            for (int x = x0; x < x0 + w; x++) {
                if (!isClose(c, px.getColor(x, y))) {
                    n++;
                }
            }
        }
        return n;
    }
}
