package org.stageboard.export.embed;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageTypeSpecifier;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.metadata.IIOInvalidTreeException;
import javax.imageio.metadata.IIOMetadata;
import javax.imageio.metadata.IIOMetadataNode;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.model.Board;
import org.w3c.dom.NodeList;

/**
 * A PNG that carries its board, as Excalidraw's PNG exports carry their scene: the board's JSON in a compressed
 * {@code iTXt} chunk keyed {@value #KEYWORD}. Image viewers ignore the chunk; Stageboard opens the image as the
 * board. Written and read with the JDK's own PNG codec (javax.imageio).
 */
public final class PngBoard {
    public static final String KEYWORD = "stageboard";
    private static final String FORMAT = "javax_imageio_png_1.0";

    private PngBoard() {
    }

    /** {@code image} encoded as PNG, with {@code board} inside when it is not null. */
    public static byte[] encode(BufferedImage image, Board board) throws IOException {
        ImageWriter writer = ImageIO.getImageWritersByFormatName("png").next();
        try {
            ImageWriteParam param = writer.getDefaultWriteParam();
            IIOMetadata meta = writer.getDefaultImageMetadata(ImageTypeSpecifier.createFromRenderedImage(image), param);
            if (board != null) {
                addText(meta, BoardCodec.write(board));
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            try (ImageOutputStream out = ImageIO.createImageOutputStream(bytes)) {
                writer.setOutput(out);
                writer.write(null, new IIOImage(image, null, meta), param);
            }
            return bytes.toByteArray();
        } finally {
            writer.dispose();
        }
    }

    private static void addText(IIOMetadata meta, String json) throws IIOInvalidTreeException {
        IIOMetadataNode entry = new IIOMetadataNode("iTXtEntry");
        entry.setAttribute("keyword", KEYWORD);
        entry.setAttribute("compressionFlag", "TRUE");
        entry.setAttribute("compressionMethod", "0");
        entry.setAttribute("languageTag", "");
        entry.setAttribute("translatedKeyword", "");
        entry.setAttribute("text", json);
        IIOMetadataNode itxt = new IIOMetadataNode("iTXt");
        itxt.appendChild(entry);
        IIOMetadataNode root = new IIOMetadataNode(FORMAT);
        root.appendChild(itxt);
        meta.mergeTree(FORMAT, root);
    }

    /** The board inside a PNG file; a PNG without one, or a file that is no PNG, is refused in one line. */
    public static Board read(Path file) throws BoardFileException {
        String name = file.toString();
        String json = null;
        try (InputStream in = Files.newInputStream(file); ImageInputStream iis = ImageIO.createImageInputStream(in)) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(iis);
            ImageReader reader = null;
            while (readers.hasNext()) {
                ImageReader r = readers.next();
                if ("png".equalsIgnoreCase(r.getFormatName())) {
                    reader = r;
                }
            }
            if (reader == null) {
                throw new BoardFileException(Messages.get("export.embed.notPng", name));
            }
            try {
                reader.setInput(iis, true, false);
                IIOMetadata meta = reader.getImageMetadata(0);
                json = find(meta);
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            throw new BoardFileException(Messages.get("export.embed.unreadableImage", name,
                    String.valueOf(e.getMessage())), e);
        }
        if (json == null) {
            throw new BoardFileException(Messages.get("export.embed.noBoard", name));
        }
        return BoardCodec.readString(json, name);
    }

    private static String find(IIOMetadata meta) {
        org.w3c.dom.Node root = meta.getAsTree(FORMAT);
        NodeList entries = ((IIOMetadataNode) root).getElementsByTagName("iTXtEntry");
        for (int i = 0; i < entries.getLength(); i++) {
            IIOMetadataNode e = (IIOMetadataNode) entries.item(i);
            if (KEYWORD.equals(e.getAttribute("keyword"))) {
                return e.getAttribute("text");
            }
        }
        return null;
    }
}
