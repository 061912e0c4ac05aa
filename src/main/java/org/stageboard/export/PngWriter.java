package org.stageboard.export;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import javafx.embed.swing.SwingFXUtils;
import javafx.scene.image.Image;
import org.stageboard.i18n.Messages;
import org.stageboard.export.embed.PngBoard;
import org.stageboard.io.AtomicFiles;
import org.stageboard.model.Board;

/** Writes an image as a PNG file, atomically: a reader never sees a half-written file. */
public final class PngWriter {
    private PngWriter() {
    }

    /**
     * Renders {@code board} with {@code options} and writes it to {@code out} at full size, with the exported
     * boxes inside the PNG so it reopens as a board (see {@link PngStream}; from the FX thread it blocks it).
     */
    public static PngStream.Written writeBoard(Board board, ExportOptions options, Path out) throws ExportException {
        return PngStream.write(board, options, out, ExportProgress.NONE);
    }

    /** Writes {@code image} to {@code out}, replacing it; the message of a failure is one line naming the file. */
    public static void write(Image image, Path out) throws ExportException {
        write(image, out, null);
    }

    /**
     * Writes {@code image} to {@code out} with {@code board} inside (see {@link PngBoard}), or a plain PNG when it is
     * null.
     */
    public static void write(Image image, Path out, Board board) throws ExportException {
        checkTarget(out);
        byte[] png;
        try {
            png = encode(image, board);
        } catch (IOException e) {
            throw failed(out, Messages.get("export.write.encode"), e);
        }
        try {
            AtomicFiles.write(out, png);
        } catch (IOException e) {
            throw failed(out, reason(e), e);
        }
    }

    /** The PNG bytes of {@code image}, carrying {@code board} when it is not null (e.g. for the clipboard). */
    public static byte[] encode(Image image, Board board) throws IOException {
        BufferedImage argb = new BufferedImage((int) image.getWidth(), (int) image.getHeight(),
                BufferedImage.TYPE_INT_ARGB);
        SwingFXUtils.fromFXImage(image, argb);
        return PngBoard.encode(argb, board);
    }

    /**
     * Refuses a target that cannot be written (its folder is missing or not a folder, or it is a folder),
     * so the command line can say so before spending time on rendering.
     */
    public static void checkTarget(Path out) throws ExportException {
        Path abs = out.toAbsolutePath();
        Path folder = abs.getParent();
        if (Files.isDirectory(abs)) {
            throw failed(out, Messages.get("export.write.isFolder"), null);
        }
        if (folder != null && !Files.exists(folder)) {
            throw failed(out, Messages.get("export.write.noFolder", folder.toString()), null);
        }
        if (folder != null && !Files.isDirectory(folder)) {
            throw failed(out, Messages.get("export.write.notFolder", folder.toString()), null);
        }
        if (folder != null && !Files.isWritable(folder)) {
            throw failed(out, Messages.get("export.write.denied"), null);
        }
    }

    static String reason(IOException e) {
        if (e instanceof AccessDeniedException) {
            return Messages.get("export.write.denied");
        }
        if (e instanceof NoSuchFileException nsf) {
            return Messages.get("export.write.noFolder", String.valueOf(nsf.getFile()));
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getReason();
        }
        return String.valueOf(e.getMessage());
    }

    static ExportException failed(Path out, String why, Throwable cause) {
        return new ExportException(Messages.get("export.write.failed", out.toString(), why), cause);
    }
}
