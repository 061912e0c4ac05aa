package org.stageboard.export.vector;

import com.lowagie.text.Document;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.BaseFont;
import com.lowagie.text.pdf.FontMapper;
import com.lowagie.text.pdf.PdfContentByte;
import com.lowagie.text.pdf.PdfWriter;
import java.awt.Font;
import java.awt.Graphics2D;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportOptions;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Rect;

/**
 * The board as a one-page PDF (OpenPDF) the size of the drawing, painted by the same {@link VectorBoardPainter}
 * as the SVG. Text stays text: the export font is embedded (subset, Identity-H, with a Unicode map) so Chinese and
 * Cyrillic display everywhere and can be selected, searched and copied.
 */
public final class PdfExporter {
    private PdfExporter() {
    }

    public static byte[] write(Board board, ExportOptions options) throws ExportException {
        Board content = options.contentOf(board);
        if (content.nodes().isEmpty()) {
            throw new ExportException(Messages.get(options.scope() == ExportOptions.Scope.WHOLE
                    ? "export.error.emptyBoard" : "export.error.emptySelection"));
        }
        ExportFonts fonts = ExportFonts.get();
        VectorBoardPainter painter = new VectorBoardPainter(fonts.font(), 1);
        Rect area = painter.area(content, options);
        float w = (float) Math.ceil(area.width());
        float h = (float) Math.ceil(area.height());
        BaseFont base;
        try {
            String path = fonts.file().toAbsolutePath().toString();
            base = BaseFont.createFont(path.toLowerCase(java.util.Locale.ROOT).endsWith(".ttc") ? path + ",0" : path,
                    BaseFont.IDENTITY_H, BaseFont.EMBEDDED);
        } catch (RuntimeException | IOException e) {
            throw new ExportException(Messages.get("export.error.fontUnusable", fonts.file()), e);
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document doc = new Document(new Rectangle(w, h), 0, 0, 0, 0);
        try {
            PdfWriter writer = PdfWriter.getInstance(doc, out);
            doc.addTitle(content.title().isBlank() ? "Stageboard" : content.title());
            doc.addCreator("Stageboard");
            doc.open();
            PdfContentByte cb = writer.getDirectContent();
            Graphics2D g = cb.createGraphics(w, h, new OneFont(base));
            try {
                painter.paint(g, content, options, area);
            } finally {
                g.dispose();
            }
            doc.close();
        } catch (RuntimeException e) {
            throw new ExportException(Messages.get("export.error.pdf", String.valueOf(e.getMessage())), e);
        }
        return out.toByteArray();
    }

    /** Every AWT font the painter uses maps to the one embedded export font (bold and italic are simulated). */
    private record OneFont(BaseFont base) implements FontMapper {
        @Override
        public BaseFont awtToPdf(Font font) {
            return base;
        }

        @Override
        public Font pdfToAwt(BaseFont font, int size) {
            return null;
        }
    }
}
