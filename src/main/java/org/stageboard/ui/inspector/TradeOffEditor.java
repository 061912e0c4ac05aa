package org.stageboard.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import javafx.collections.ListChangeListener;
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
import org.stageboard.i18n.Messages;

/** A box's trade-offs as rows of choice / over / because, to add, edit and remove; bound to the model's rows. */
final class TradeOffEditor extends VBox {
    private final InspectorModel model;
    private final VBox rows = new VBox(6);
    private final Button add = new Button(Messages.get("inspector.tradeoff.add"));
    private final List<Row> rowViews = new ArrayList<>();

    TradeOffEditor(InspectorModel model) {
        super(6);
        this.model = model;
        add.setId("tradeoff-add");
        add.setOnAction(e -> {
            model.addTradeOff();
            focusLastRow();
        });
        getChildren().addAll(rows, add);
        model.tradeOffs().addListener((ListChangeListener<TradeOffRow>) c -> rebuild());
        rebuild();
    }

    /** One row view per row of the model; the old views let go of the rows they showed. */
    private void rebuild() {
        rowViews.forEach(Row::unbind);
        rowViews.clear();
        List<TradeOffRow> shown = model.tradeOffs();
        for (int i = 0; i < shown.size(); i++) {
            rowViews.add(new Row(i, shown.get(i)));
        }
        rows.getChildren().setAll(rowViews.stream().map(r -> r.grid).toList());
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

    /** One trade-off: three fields and a remove button. */
    private final class Row {
        final TextField choice = new TextField();
        final TextField over = new TextField();
        final TextField because = new TextField();
        final GridPane grid = new GridPane();
        final TradeOffRow row;

        Row(int index, TradeOffRow row) {
            this.row = row;
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
            remove.setOnAction(e -> model.removeTradeOff(index));
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
            choice.textProperty().bindBidirectional(row.choiceProperty());
            over.textProperty().bindBidirectional(row.overProperty());
            because.textProperty().bindBidirectional(row.becauseProperty());
        }

        void unbind() {
            choice.textProperty().unbindBidirectional(row.choiceProperty());
            over.textProperty().unbindBidirectional(row.overProperty());
            because.textProperty().unbindBidirectional(row.becauseProperty());
        }
    }
}
