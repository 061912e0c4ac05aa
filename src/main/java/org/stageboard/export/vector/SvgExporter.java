package org.stageboard.export.vector;

import org.jfree.svg.SVGGraphics2D;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.embed.SvgBoard;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Rect;

/**
 * The board as an SVG document (JFreeSVG): vector shapes, text as {@code <text>} elements in the export font
 * with generic fallbacks, and the board itself in {@code <metadata>} so the file reopens as a board.
 */
public final class SvgExporter {
    private SvgExporter() {
    }

    /** The SVG document; {@code options.scale()} sets its displayed size, the drawing itself is in board units. */
    public static String write(Board board, ExportOptions options) throws ExportException {
        Board content = options.contentOf(board);
        if (content.nodes().isEmpty()) {
            throw new ExportException(Messages.get(options.scope() == ExportOptions.Scope.WHOLE
                    ? "export.error.emptyBoard" : "export.error.emptySelection"));
        }
        ExportFonts fonts = ExportFonts.get();
        VectorBoardPainter painter = new VectorBoardPainter(fonts.font(), 10);
        Rect area = painter.area(content, options);
        SVGGraphics2D g = new SVGGraphics2D(area.width() * options.scale(), area.height() * options.scale());
        String family = fonts.family();
        // the viewer's own copy of the font first, then any CJK-capable sans-serif
        // (JFreeSVG quotes the style attribute with ', so the names use ")
        g.setFontFunction(f -> "\"" + family + "\", \"Noto Sans CJK SC\", \"Microsoft YaHei\", \"PingFang SC\", sans-serif");
        g.scale(options.scale(), options.scale());
        painter.paint(g, content, options, area);
        String svg = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + g.getSVGElement(null, true,
                new org.jfree.svg.ViewBox(0, 0, (int) Math.ceil(area.width()), (int) Math.ceil(area.height())),
                null, null) + "\n";
        return SvgBoard.embed(svg, content);
    }

}
