package org.stageboard.ui.rehearsal;

import java.util.ArrayList;
import java.util.List;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.scene.text.Font;
import javafx.scene.text.FontWeight;
import javafx.scene.text.Text;
import javafx.scene.text.TextFlow;

/**
 * The little Markdown the report uses, as formatted JavaFX text: headings, quotes, bullet and numbered lists,
 * tables and **bold**. Images are left out (the board is on screen anyway).
 */
final class MarkdownView {
    private MarkdownView() {
    }

    static VBox render(String markdown) {
        VBox box = new VBox(3);
        List<String[]> table = new ArrayList<>();
        for (String line : markdown.split("\\R", -1)) {
            if (line.startsWith("|")) {
                if (!line.matches("\\|[-:| ]+\\|")) {
                    table.add(cells(line));
                }
                continue;
            }
            if (!table.isEmpty()) {
                box.getChildren().add(table(table));
                table = new ArrayList<>();
            }
            Node n = line(line);
            if (n != null) {
                box.getChildren().add(n);
            }
        }
        if (!table.isEmpty()) {
            box.getChildren().add(table(table));
        }
        return box;
    }

    private static Node line(String line) {
        if (line.isBlank() || line.startsWith("![")) {
            return null;
        }
        if (line.startsWith("# ")) {
            return styled(line.substring(2), "h1");
        }
        if (line.startsWith("## ")) {
            return styled(line.substring(3), "h2");
        }
        if (line.startsWith("> ")) {
            return styled(line.substring(2), "quote");
        }
        String indent = "";
        String body = line;
        int spaces = line.length() - line.stripLeading().length();
        if (spaces > 0) {
            indent = "      ";
            body = line.stripLeading();
        }
        if (body.startsWith("- ")) {
            body = "•  " + body.substring(2);
        }
        return inline(indent + body);
    }

    private static Label styled(String text, String styleClass) {
        Label l = new Label(text.replace("**", ""));
        l.getStyleClass().add(styleClass);
        l.setWrapText(true);
        return l;
    }

    /** Plain text with **bold** and _italic_ runs. */
    static TextFlow inline(String text) {
        TextFlow flow = new TextFlow();
        String[] parts = text.split("\\*\\*", -1);
        for (int i = 0; i < parts.length; i++) {
            String part = parts[i].replaceAll("(^|\\s)_(\\S.*?)_($|\\s|\\W)", "$1$2$3");
            if (part.isEmpty()) {
                continue;
            }
            Text t = new Text(part);
            if (i % 2 == 1) {
                t.setFont(Font.font(Font.getDefault().getFamily(), FontWeight.BOLD, Font.getDefault().getSize()));
            }
            flow.getChildren().add(t);
        }
        return flow;
    }

    private static String[] cells(String row) {
        String inner = row.substring(1, row.endsWith("|") ? row.length() - 1 : row.length());
        String[] cells = inner.split("(?<!\\\\)\\|", -1);
        for (int i = 0; i < cells.length; i++) {
            cells[i] = cells[i].strip().replace("\\|", "|");
        }
        return cells;
    }

    private static GridPane table(List<String[]> rows) {
        GridPane grid = new GridPane();
        for (int r = 0; r < rows.size(); r++) {
            String[] cells = rows.get(r);
            for (int c = 0; c < cells.length; c++) {
                Label l = new Label(cells[c]);
                l.getStyleClass().add("table-cell-text");
                if (r == 0) {
                    l.getStyleClass().add("table-header");
                }
                grid.add(l, c, r);
            }
        }
        return grid;
    }
}
