package org.stageboard.export.embed;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import javax.xml.parsers.ParserConfigurationException;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.model.Board;
import org.w3c.dom.Document;
import org.w3c.dom.NodeList;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;

/**
 * An SVG that carries its board, in a {@code <metadata>} element as Excalidraw's SVG exports do: the board,
 * deflated and base64-encoded, in a {@code <stageboard:board>} element of Stageboard's namespace.
 */
public final class SvgBoard {
    public static final String NAMESPACE = "https://stageboard.org/ns/board";

    private SvgBoard() {
    }

    /** {@code svg} (a document whose root is {@code <svg ...>}) with the board put in as its first child. */
    public static String embed(String svg, Board board) {
        int root = svg.indexOf("<svg");
        int end = root < 0 ? -1 : svg.indexOf('>', root);
        if (end < 0) {
            throw new IllegalArgumentException("not an SVG document");
        }
        String metadata = "<metadata><stageboard:board xmlns:stageboard=\"" + NAMESPACE
                + "\" encoding=\"deflate+base64\" version=\"" + BoardCodec.FORMAT_VERSION + "\">"
                + BoardPayload.encode(board) + "</stageboard:board></metadata>";
        return svg.substring(0, end + 1) + metadata + svg.substring(end + 1);
    }

    /** The board inside an SVG file; an SVG without one, or a file that is no XML, is refused in one line. */
    public static Board read(Path file) throws BoardFileException {
        String name = file.toString();
        Document doc;
        try (InputStream in = Files.newInputStream(file)) {
            if (Files.size(file) > BoardCodec.MAX_BYTES) {
                throw new BoardFileException(Messages.get("export.import.tooLarge", name, BoardCodec.MAX_BYTES >> 20));
            }
            doc = parser().parse(in);
        } catch (SAXParseException e) {
            throw new BoardFileException(Messages.get("export.embed.badXml", name, e.getLineNumber(),
                    e.getColumnNumber(), e.getMessage()), e);
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw new BoardFileException(Messages.get("export.embed.unreadableImage", name,
                    String.valueOf(e.getMessage())), e);
        }
        if (!"svg".equals(doc.getDocumentElement().getLocalName())) {
            throw new BoardFileException(Messages.get("export.embed.notSvg", name));
        }
        NodeList boards = doc.getElementsByTagNameNS(NAMESPACE, "board");
        if (boards.getLength() == 0) {
            throw new BoardFileException(Messages.get("export.embed.noBoard", name));
        }
        return BoardPayload.decode(boards.item(0).getTextContent(), name);
    }

    /** A namespace-aware parser that never fetches a DTD or expands external entities. */
    private static DocumentBuilder parser() throws ParserConfigurationException {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        f.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        f.setFeature("http://xml.org/sax/features/external-general-entities", false);
        f.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        f.setExpandEntityReferences(false);
        f.setXIncludeAware(false);
        DocumentBuilder b = f.newDocumentBuilder();
        b.setErrorHandler(null);
        return b;
    }
}
