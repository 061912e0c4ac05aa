package org.stageboard.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.stageboard.export.diagram.MermaidWriter;
import org.stageboard.export.doc.DesignDoc;
import org.stageboard.export.excalidraw.ExcalidrawWriter;
import org.stageboard.export.vector.PdfExporter;
import org.stageboard.export.vector.SvgExporter;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * Writes a board in any {@link ExportFormat} except PNG (which needs the JavaFX renderer; see
 * {@link PngWriter}): the same code serves the export dialog and the {@code export} command. Files are replaced
 * atomically, and a failure is one line naming the file.
 */
public final class BoardExport {
    private BoardExport() {
    }

    /** The exported bytes of {@code board} in {@code format}; {@code picture} is what a design doc links, or null. */
    public static byte[] bytes(Board board, ExportFormat format, ExportOptions options, String picture)
            throws ExportException {
        Board content = options.contentOf(board);
        if (content.nodes().isEmpty()) {
            throw new ExportException(Messages.get(options.scope() == ExportOptions.Scope.WHOLE
                    ? "export.error.emptyBoard" : "export.error.emptySelection"));
        }
        return switch (format) {
            case SVG -> utf8(SvgExporter.write(board, options));
            case PDF -> PdfExporter.write(board, options);
            case MARKDOWN -> utf8(DesignDoc.write(content, picture));
            case MERMAID -> utf8(MermaidWriter.write(content));
            case EXCALIDRAW -> utf8(ExcalidrawWriter.write(content));
            case PNG -> throw new IllegalArgumentException("PNG is rendered by PngWriter");
        };
    }

    /** Writes {@link #bytes} to {@code out}. */
    public static void write(Board board, ExportFormat format, ExportOptions options, String picture, Path out)
            throws ExportException {
        PngWriter.checkTarget(out);
        byte[] data = bytes(board, format, options, picture);
        try {
            org.stageboard.io.AtomicFiles.write(out, data);
        } catch (IOException e) {
            throw PngWriter.failed(out, PngWriter.reason(e), e);
        }
    }

    /** The picture a design doc at {@code doc} links: the same name with {@code .png}, in the same folder. */
    public static Path pictureBeside(Path doc) {
        String name = doc.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return doc.resolveSibling((dot > 0 ? name.substring(0, dot) : name) + ".png");
    }

    private static byte[] utf8(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }
}
