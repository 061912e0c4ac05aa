package org.stageboard.export.doc;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.commonmark.ext.gfm.tables.TableBlock;
import org.commonmark.ext.gfm.tables.TableCell;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.node.AbstractVisitor;
import org.commonmark.node.BulletList;
import org.commonmark.node.Heading;
import org.commonmark.node.Image;
import org.commonmark.node.Node;
import org.commonmark.node.Text;
import org.commonmark.parser.Parser;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class DesignDocTest {
    private static final Parser PARSER = Parser.builder().extensions(List.of(TablesExtension.create())).build();

    @AfterEach
    void english() {
        Messages.setLocale(Locale.US);
    }

    @Test
    void chineseBoardHasTitlePromptStageSectionsAndTradeOffTable() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        String md = DesignDoc.write(TestBoards.chinese(), "board.png");
        Node doc = PARSER.parse(md);

        List<String> headings = headings(doc);
        assertEquals("视频推荐", headings.get(0));
        // interview order: requirements before data, every required stage has a section, notes after the stages
        assertTrue(headings.indexOf("1. 需求") < headings.indexOf("3. 数据"), headings::toString);
        assertTrue(headings.contains("8. 监控"), headings::toString);
        assertTrue(headings.indexOf("便签") > headings.indexOf("8. 监控"), headings::toString);
        assertTrue(headings.contains("数据与标签"), headings::toString);
        assertTrue(headings.contains("设计检查"), headings::toString);

        List<List<String>> rows = tableRows(doc);
        assertEquals(List.of("选择", "放弃的方案", "原因"), rows.get(0));
        assertEquals(List.of("时间切分", "随机切分, 按用户切分", "避免泄漏"), rows.get(1));
        assertTrue(text(doc).contains("为视频应用设计首页推荐。"));
        assertTrue(text(doc).contains("曝光未点击作为负样本"));
        assertTrue(hasImage(doc, "board.png"));
        assertTrue(hasNode(doc, BulletList.class));
    }

    @Test
    void russianBoardListsTheCheckersSummaryAndOpenFindings() {
        Messages.setLocale(new Locale("ru"));
        String md = DesignDoc.write(TestBoards.russian(), null);
        Node doc = PARSER.parse(md);
        List<String> headings = headings(doc);
        assertEquals("Антифрод платежей", headings.get(0));
        assertTrue(headings.contains("5. Модель"), headings::toString);
        assertTrue(headings.contains("Открытые замечания"), headings::toString);
        String all = text(doc);
        // six pipeline stages are missing: the summary says 2 of 8 covered and the findings name the missing ones
        assertTrue(all.contains("Этапов покрыто: 2/8"), all);
        assertTrue(all.contains("ошибка") || all.contains("error") || all.contains("ошиб"), all);
        assertEquals(List.of("градиентный бустинг", "нейросеть", "быстрее и объяснимее"), tableRows(doc).get(1));
        assertTrue(!hasNode(doc, Image.class));
    }

    @Test
    void markupInUserTextStaysText() {
        String tricky = "# not a heading\n- real bullet *x*\n1. not a list\n| pipe | and <b>html</b> [link](x) `code` _u_";
        Board b = new Board("Title with *stars* and #hash", "", "", "", List.of(
                new org.stageboard.model.Node("n1", Stage.DATA, "Data", tricky, "",
                        List.of(new TradeOff("a|b", List.of("c*d"), "e\nf")), 0, 0, 220, 140)), List.of());
        Node doc = PARSER.parse(DesignDoc.write(b, null));
        assertEquals("Title with *stars* and #hash", headings(doc).get(0));
        String all = text(doc);
        assertTrue(all.contains("# not a heading"), all);
        assertTrue(all.contains("1. not a list"), all);
        assertTrue(all.contains("| pipe | and <b>html</b> [link](x) `code` _u_"), all);
        assertTrue(all.contains("real bullet *x*"), all);
        assertEquals(List.of("a|b", "c*d", "e f"), tableRows(doc).get(1));
        // exactly the sections the generator writes: no heading was smuggled in by the text
        assertTrue(headings(doc).stream().noneMatch(h -> h.contains("not a heading")));
    }

    private static List<String> headings(Node doc) {
        List<String> out = new ArrayList<>();
        doc.accept(new AbstractVisitor() {
            @Override
            public void visit(Heading h) {
                out.add(text(h));
            }
        });
        return out;
    }

    private static List<List<String>> tableRows(Node doc) {
        List<List<String>> rows = new ArrayList<>();
        walk(doc, n -> {
            if (n instanceof TableCell cell) {
                if (cell.getPrevious() == null) {
                    rows.add(new ArrayList<>());
                }
                rows.get(rows.size() - 1).add(text(cell));
            }
        });
        assertTrue(hasNode(doc, TableBlock.class), "no table");
        return rows;
    }

    private static boolean hasImage(Node doc, String dest) {
        boolean[] found = {false};
        walk(doc, n -> found[0] |= n instanceof Image i && i.getDestination().equals(dest));
        return found[0];
    }

    private static boolean hasNode(Node doc, Class<?> type) {
        boolean[] found = {false};
        walk(doc, n -> found[0] |= type.isInstance(n));
        return found[0];
    }

    static String text(Node n) {
        StringBuilder sb = new StringBuilder();
        walk(n, c -> {
            if (c instanceof Text t) {
                sb.append(t.getLiteral());
            } else if (c instanceof org.commonmark.node.Code code) {
                sb.append(code.getLiteral());
            } else if (c instanceof org.commonmark.node.SoftLineBreak || c instanceof org.commonmark.node.HardLineBreak) {
                sb.append('\n');
            }
        });
        return sb.toString();
    }

    private static void walk(Node n, java.util.function.Consumer<Node> f) {
        f.accept(n);
        for (Node c = n.getFirstChild(); c != null; c = c.getNext()) {
            walk(c, f);
        }
    }
}
