package org.stageboard.export.vector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.DocumentBuilderFactory;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stageboard.export.ExportOptions;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.export.embed.SvgBoard;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class VectorExportTest {
    /** Exports land here too, to be looked at (convert x.svg x.png; pdftoppm -png x.pdf x). */
    private static final Path LOOK = Path.of("target", "export-look");

    @AfterEach
    void english() {
        Messages.setLocale(Locale.US);
    }

    @Test
    void svgHasABoxPerNodeAnArrowPerEdgeAndRealTextInEveryLanguage() throws Exception {
        Board board = TestBoards.multilingual();
        String svg = SvgExporter.write(board, ExportOptions.defaults());
        save("multilingual.svg", svg.getBytes(StandardCharsets.UTF_8));
        Document doc = xml(svg);
        assertEquals("svg", doc.getDocumentElement().getLocalName());
        String text = texts(doc);
        for (String expected : List.of("Requirements", "数据", "Модель", "Serving", "labels", "обучение", "在线",
                "时间切分", "Batch or online?")) {
            assertTrue(text.contains(expected), expected + " in " + text);
        }
        // the Chinese box's fill colour is drawn
        assertTrue(svg.toLowerCase(Locale.ROOT).contains("rgb(232,245,233)") || svg.contains("#e8f5e9")
                || svg.toLowerCase(Locale.ROOT).contains("#e8f5e9"), "data fill colour");
        // the text uses a font with CJK glyphs, with generic fallbacks
        assertTrue(svg.contains("sans-serif"));
        assertTrue(doc.getElementsByTagNameNS("*", "text").getLength() >= 12);
    }

    @Test
    void svgWrapsLongTextInsideTheBox() throws Exception {
        String svg = SvgExporter.write(TestBoards.multilingual(), ExportOptions.defaults());
        Document doc = xml(svg);
        // the Russian answer is wider than its 200-unit column, so it is split over several <text> lines
        List<String> lines = textList(doc);
        assertTrue(lines.stream().filter(l -> l.startsWith("Двухбашенная")).count() == 1, lines.toString());
        assertTrue(lines.stream().noneMatch(l -> l.contains("Двухбашенная модель для отбора кандидатов, затем")),
                lines.toString());
        assertTrue(lines.stream().anyMatch(l -> l.contains("бустинг")), lines.toString());
    }

    @Test
    void svgCarriesItsBoardInMetadata() throws Exception {
        Board board = TestBoards.chinese();
        String svg = SvgExporter.write(board, ExportOptions.defaults());
        Path file = save("chinese.svg", svg.getBytes(StandardCharsets.UTF_8));
        assertEquals(board, SvgBoard.read(file));
        assertEquals(1, xml(svg).getElementsByTagNameNS(SvgBoard.NAMESPACE, "board").getLength());
    }

    @Test
    void pdfHasExtractableChineseAndRussianTextInAnEmbeddedFont() throws Exception {
        for (Board board : List.of(TestBoards.chinese(), TestBoards.russian(), TestBoards.multilingual())) {
            byte[] pdf = PdfExporter.write(board, ExportOptions.defaults());
            save(board.title() + ".pdf", pdf);
            try (PDDocument doc = PDDocument.load(pdf)) {
                assertEquals(1, doc.getNumberOfPages());
                String text = new PDFTextStripper().getText(doc);
                for (var n : board.nodes()) {
                    assertTrue(text.contains(n.title()), n.title() + " in " + text);
                }
                for (var e : board.edges()) {
                    assertTrue(text.contains(e.label()), e.label() + " in " + text);
                }
                PDPage page = doc.getPage(0);
                List<PDFont> fonts = new ArrayList<>();
                for (var name : page.getResources().getFontNames()) {
                    fonts.add(page.getResources().getFont(name));
                }
                assertTrue(!fonts.isEmpty() && fonts.stream().allMatch(PDFont::isEmbedded), fonts.toString());
                // the page is the drawing's size: boxes plus the 24-unit padding on each side
                double width = board.bounds().width() + 2 * ExportOptions.DEFAULT_PADDING;
                assertTrue(page.getMediaBox().getWidth() >= width - 1, page.getMediaBox().toString());
            }
        }
        assertTrue(new String(PdfExporter.write(TestBoards.russian(), ExportOptions.defaults()), StandardCharsets.ISO_8859_1)
                .startsWith("%PDF-"));
    }

    @Test
    void selectionAndDarkBackgroundApplyToVectorsToo() throws Exception {
        Board board = TestBoards.multilingual();
        String svg = SvgExporter.write(board, ExportOptions.defaults().selectionOnly(java.util.Set.of("n2", "n3"))
                .withBackground(ExportOptions.Background.DARK));
        save("selection-dark.svg", svg.getBytes(StandardCharsets.UTF_8));
        String text = texts(xml(svg));
        assertTrue(text.contains("数据") && text.contains("Модель") && text.contains("обучение"), text);
        assertTrue(!text.contains("Requirements") && !text.contains("labels"), text);
        assertTrue(svg.contains("rgb(30,39,44)") || svg.toLowerCase(Locale.ROOT).contains("#1e272c"), "dark background");
    }

    static Document xml(String svg) throws Exception {
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        return f.newDocumentBuilder().parse(new ByteArrayInputStream(svg.getBytes(StandardCharsets.UTF_8)));
    }

    static String texts(Document doc) {
        return String.join("\n", textList(doc));
    }

    static List<String> textList(Document doc) {
        NodeList list = doc.getElementsByTagNameNS("*", "text");
        List<String> out = new ArrayList<>();
        for (int i = 0; i < list.getLength(); i++) {
            out.add(((Element) list.item(i)).getTextContent());
        }
        return out;
    }

    private static Path save(String name, byte[] bytes) throws Exception {
        Files.createDirectories(LOOK);
        return Files.write(LOOK.resolve(name), bytes);
    }
}
