package org.stageboard.ui.export;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import org.stageboard.export.BoardExport;
import org.stageboard.export.BoardImageRenderer;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportFormat;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.ExportResult;
import org.stageboard.export.PngWriter;
import org.stageboard.model.Board;

/** Puts a board on the system clipboard: as a picture (with the board inside), or as SVG or Markdown text. */
final class ExportClipboard {
    /** A PNG that carries its board, for pasting into another Stageboard window. */
    static final DataFormat PNG_WITH_BOARD = dataFormat("application/x-stageboard-png");

    private ExportClipboard() {
    }

    /**
     * The board as an image: the clipboard holds the whole image in memory, so beyond its limits the image is scaled
     * down and the result carries a warning. Returns what was copied.
     */
    static ExportResult copyImage(BoardImageRenderer renderer, Board board, ExportOptions options)
            throws ExportException {
        ExportResult image = renderer.render(board, options);
        ClipboardContent content = new ClipboardContent();
        content.putImage(image.image());
        try {
            // other Stageboard windows paste the PNG with its board inside; image editors take the image
            content.put(PNG_WITH_BOARD, PngWriter.encode(image.image(), options.contentOf(board)));
        } catch (IOException e) {
            // the plain image is still on the clipboard
        }
        Clipboard.getSystemClipboard().setContent(content);
        return image;
    }

    /** SVG or Markdown as text, to paste into a wiki, a chat or a vector editor. */
    static void copyText(Board board, ExportFormat f, ExportOptions options) throws ExportException {
        String text = new String(BoardExport.bytes(board, f, options, null), StandardCharsets.UTF_8);
        ClipboardContent content = new ClipboardContent();
        content.putString(text);
        Clipboard.getSystemClipboard().setContent(content);
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }
}
