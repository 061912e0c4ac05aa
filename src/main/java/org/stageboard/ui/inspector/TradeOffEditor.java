package org.stageboard.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.TextField;
import javafx.scene.control.Tooltip;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.stageboard.edit.AddTradeOff;
import org.stageboard.edit.Document;
import org.stageboard.edit.RemoveTradeOff;
import org.stageboard.edit.SetTradeOffField;
import org.stageboard.edit.SetTradeOffField.TradeOffField;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;

/** A box's trade-offs as rows of choice / over / because, to add, edit and remove. */
final class TradeOffEditor extends VBox {
    private final Document document;
    private final VBox rows = new VBox(6);
    private final Button add = new Button(Messages.get("inspector.tradeoff.add"));
    private final List<Row> rowViews = new ArrayList<>();
    private String nodeId;

    TradeOffEditor(Document document) {
        super(6);
        this.document = document;
        add.setId("tradeoff-add");
        add.setOnAction(e -> {
            if (nodeId != null) {
                document.apply(new AddTradeOff(nodeId));
            }
            focusLastRow();
        });
        getChildren().addAll(rows, add);
    }

    void show(Node n) {
        if (!n.id().equals(nodeId) || rowViews.size() != n.tradeoffs().size()) {
            nodeId = n.id();
            rowViews.clear();
            for (int i = 0; i < n.tradeoffs().size(); i++) {
                rowViews.add(new Row(i));
            }
            rows.getChildren().setAll(rowViews.stream().map(r -> r.grid).toList());
        }
        for (int i = 0; i < rowViews.size(); i++) {
            rowViews.get(i).show(n.tradeoffs().get(i));
        }
    }

    /** The alternatives of row {@code index} as the board has them, written as the field shows them. */
    private String shownAlternatives(int index) {
        return document.board().node(nodeId).filter(n -> index < n.tradeoffs().size())
                .map(n -> String.join(", ", n.tradeoffs().get(index).over())).orElse(null);
    }

    /** The caret goes to the new row's first field, scrolled into view, so the user can type straight away. */
    private void focusLastRow() {
        if (rowViews.isEmpty()) {
            return;
        }
        TextField first = rowViews.get(rowViews.size() - 1).choice;
        first.requestFocus();
        // once laid out, so the scroll pane knows where the new row is
        javafx.application.Platform.runLater(() -> ScrollIntoView.reveal(first));
    }

    /**
     * The box grows with what is typed, within the same (merged) undo step. No echo guard: {@link #show} puts the
     * board's own values into the fields, and an edit to the value the board has records nothing.
     */
    private void editRow(int index, TradeOffField field, String typed) {
        if (nodeId != null) {
            document.apply(new SetTradeOffField(nodeId, index, field, typed));
        }
    }

    /** One trade-off: three fields and a remove button. */
    private final class Row {
        final TextField choice = new TextField();
        final TextField over = new TextField();
        final TextField because = new TextField();
        final GridPane grid = new GridPane();

        Row(int index) {
            choice.setPromptText(Messages.get("inspector.tradeoff.choice"));
            over.setPromptText(Messages.get("inspector.tradeoff.over"));
            because.setPromptText(Messages.get("inspector.tradeoff.because"));
            choice.setId("tradeoff-choice-" + index);
            over.setId("tradeoff-over-" + index);
            because.setId("tradeoff-because-" + index);
            Button remove = new Button("\u2715");
            remove.setId("tradeoff-remove-" + index);
            remove.setTooltip(new Tooltip(Messages.get("edit.tradeoff.remove")));
            remove.setAccessibleText(Messages.get("edit.tradeoff.remove"));
            remove.setOnAction(e -> {
                if (nodeId != null) {
                    document.apply(new RemoveTradeOff(nodeId, index));
                }
            });
            grid.getStyleClass().add("tradeoff-row");
            grid.setHgap(4);
            grid.setVgap(3);
            grid.setPadding(new Insets(6));
            // Tab follows the order children are added: the remove button first, so it is reachable (Shift+Tab
            // from the choice) but never the next stop after typing; Tab from "because" skips to the next row
            grid.add(remove, 1, 0);
            grid.add(choice, 0, 0);
            grid.add(over, 0, 1, 2, 1);
            grid.add(because, 0, 2, 2, 1);
            because.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
                if (e.getCode() == KeyCode.TAB && !e.isShiftDown() && !e.isShortcutDown()
                        && index + 1 < rowViews.size()) {
                    rowViews.get(index + 1).choice.requestFocus();
                    e.consume();
                }
            });
            GridPane.setHgrow(choice, Priority.ALWAYS);
            HBox.setHgrow(grid, Priority.ALWAYS);
            choice.textProperty().addListener((o, a, t) -> editRow(index, TradeOffField.CHOICE, t));
            over.textProperty().addListener((o, a, t) -> {
                // the board's own list as shown is no edit: re-reading it would drop blank alternatives
                if (!t.equals(shownAlternatives(index))) {
                    editRow(index, TradeOffField.OVER, t);
                }
            });
            because.textProperty().addListener((o, a, t) -> editRow(index, TradeOffField.BECAUSE, t));
        }

        void show(TradeOff t) {
            setIfDifferent(choice, t.choice());
            String alternatives = String.join(", ", t.over());
            // keep what the user is typing ("a, ") when it parses to the same alternatives
            if (!SetTradeOffField.alternatives(over.getText()).equals(t.over())) {
                over.setText(alternatives);
            }
            setIfDifferent(because, t.because());
        }
    }

    private static void setIfDifferent(TextField f, String v) {
        if (!f.getText().equals(v)) {
            f.setText(v);
        }
    }
}
