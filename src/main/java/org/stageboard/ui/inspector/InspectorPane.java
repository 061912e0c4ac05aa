package org.stageboard.ui.inspector;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.geometry.Insets;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import org.fxmisc.richtext.StyleClassedTextArea;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.canvas.CanvasCommands;
import org.stageboard.ui.render.StagePalette;

/**
 * Shows and edits what is selected: a box's stage, title, notes and trade-offs; an arrow's label; or, with
 * nothing selected, the board's title and interview prompt. Typing in a field is one undo step per burst.
 */
public class InspectorPane extends ScrollPane {
    private final BoardCanvas canvas;
    private final VBox content = new VBox(8);
    private final Label heading = new Label();
    private final ComboBox<Stage> stage = new ComboBox<>();
    private final TextField title = new TextField();
    private final StyleClassedTextArea notes = new StyleClassedTextArea();
    private final Label notesHint = new Label();
    private final TradeOffEditor tradeoffs;
    private final TextField edgeLabel = new TextField();
    private final TextField boardTitle = new TextField();
    private final TextArea prompt = new TextArea();
    private final java.util.Map<String, Label> labels = new java.util.HashMap<>();
    private boolean updating;

    public InspectorPane(BoardCanvas canvas) {
        this.canvas = canvas;
        this.tradeoffs = new TradeOffEditor(canvas.document());
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setPrefWidth(330);
        setMinWidth(260);
        content.setPadding(new Insets(12));
        setContent(content);
        heading.getStyleClass().add("inspector-heading");
        stage.setId("inspector-stage");
        title.setId("inspector-title");
        notes.setId("inspector-notes");
        edgeLabel.setId("inspector-edge-label");
        boardTitle.setId("inspector-board-title");
        prompt.setId("inspector-prompt");
        stage.getItems().setAll(Stage.values());
        stage.setCellFactory(l -> new StageCell());
        stage.setButtonCell(new StageCell());
        stage.setMaxWidth(Double.MAX_VALUE);
        notes.setWrapText(true);
        notes.getStyleClass().add("inspector-notes");
        notes.setPrefHeight(220);
        notesHint.setWrapText(true);
        notesHint.getStyleClass().add("inspector-hint");
        prompt.setWrapText(true);
        prompt.setPrefRowCount(5);
        wireEdits();
        routeUndoToDocument();
        canvas.selection().addListener(this::refresh);
        canvas.document().addListener((before, after, change) -> refresh());
        refresh();
    }

    private void wireEdits() {
        stage.valueProperty().addListener((o, a, s) -> {
            if (!updating && s != null) {
                Set<String> ids = canvas.selection().nodes();
                canvas.document().apply(Messages.get("edit.stage"), b -> b.mapNodes(ids, n -> n.withStage(s)));
            }
        });
        title.textProperty().addListener((o, a, t) -> editSelectedNode("title", Messages.get("edit.title"), n -> n.withTitle(t)));
        notes.textProperty().addListener((o, a, t) -> editSelectedNode("notes", Messages.get("edit.notes"), n -> n.withText(t)));
        edgeLabel.textProperty().addListener((o, a, t) -> {
            if (!updating && canvas.selection().edges().size() == 1) {
                String id = canvas.selection().edges().iterator().next();
                canvas.document().apply(Messages.get("edit.edgeLabel"), "label:" + id, b -> b.edge(id)
                        .map(e -> b.replaceEdge(e.withLabel(t))).orElse(b));
            }
        });
        boardTitle.textProperty().addListener((o, a, t) -> {
            if (!updating) {
                canvas.document().apply(Messages.get("edit.boardTitle"), "board-title", b -> b.withTitle(t));
            }
        });
        prompt.textProperty().addListener((o, a, t) -> {
            if (!updating) {
                canvas.document().apply(Messages.get("edit.prompt"), "board-prompt", b -> b.withPrompt(t));
            }
        });
    }

    private void editSelectedNode(String field, String description, java.util.function.UnaryOperator<Node> change) {
        if (updating || canvas.selection().nodes().size() != 1) {
            return;
        }
        String id = canvas.selection().nodeList().get(0);
        // the box grows with what is typed, within the same (merged) undo step
        canvas.document().apply(description, field + ":" + id,
                org.stageboard.ui.render.BoxFit.growing(b -> b.mapNodes(List.of(id), change)));
    }

    /** Ctrl+Z in a field undoes the document, not just the field, so there is one history. */
    private void routeUndoToDocument() {
        CanvasCommands commands = new CanvasCommands(canvas);
        addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (!e.isShortcutDown()) {
                return;
            }
            if (e.getCode() == KeyCode.Z && !e.isShiftDown()) {
                commands.undo();
                e.consume();
            } else if ((e.getCode() == KeyCode.Z && e.isShiftDown()) || e.getCode() == KeyCode.Y) {
                commands.redo();
                e.consume();
            }
        });
    }

    /** Puts the caret in the selected arrow's label field (a double-click on an arrow). */
    public void editEdgeLabel() {
        refresh();
        edgeLabel.requestFocus();
        edgeLabel.selectAll();
    }

    /** Brings the fields in line with the selection and the current board. */
    public final void refresh() {
        updating = true;
        try {
            Board b = canvas.board();
            Set<String> nodes = canvas.selection().nodes();
            Set<String> edges = canvas.selection().edges();
            List<javafx.scene.Node> shown = new ArrayList<>();
            shown.add(heading);
            if (nodes.size() == 1) {
                Node n = b.node(nodes.iterator().next()).orElse(null);
                if (n != null) {
                    showNode(n, shown);
                }
            } else if (nodes.size() > 1) {
                heading.setText(Messages.get("inspector.many", nodes.size()));
                Set<Stage> stages = new java.util.HashSet<>();
                b.nodes().stream().filter(n -> nodes.contains(n.id())).forEach(n -> stages.add(n.stage()));
                Stage common = stages.size() == 1 ? stages.iterator().next() : null;
                stage.setValue(common);
                shown.addAll(List.of(label("inspector.stage"), stage));
            } else if (edges.size() == 1) {
                Edge e = b.edge(edges.iterator().next()).orElse(null);
                if (e != null) {
                    heading.setText(Messages.get("inspector.edge", nodeTitle(b, e.from()), nodeTitle(b, e.to())));
                    setIfDifferent(edgeLabel, e.label());
                    shown.addAll(List.of(label("inspector.edgeLabel"), edgeLabel));
                }
            } else {
                heading.setText(Messages.get("inspector.board"));
                setIfDifferent(boardTitle, b.title());
                setIfDifferent(prompt, b.prompt());
                shown.addAll(List.of(label("inspector.boardTitle"), boardTitle, label("inspector.prompt"), prompt));
            }
            if (!content.getChildren().equals(shown)) {
                content.getChildren().setAll(shown);
            }
        } finally {
            updating = false;
        }
    }

    private void showNode(Node n, List<javafx.scene.Node> shown) {
        heading.setText(Messages.get("inspector.box", StagePalette.label(n.stage())));
        stage.setValue(n.stage());
        setIfDifferent(title, n.title());
        if (!notes.getText().equals(n.text())) {
            notes.replaceText(n.text());
        }
        notesHint.setText(n.hint().isBlank() ? "" : Messages.get("inspector.hint", n.hint()));
        notesHint.setVisible(!n.hint().isBlank());
        notesHint.setManaged(notesHint.isVisible());
        tradeoffs.show(n);
        VBox.setVgrow(notes, Priority.SOMETIMES);
        shown.addAll(List.of(label("inspector.stage"), stage, label("inspector.title"), title,
                label("inspector.notes"), notesHint, notes, label("inspector.tradeoffs"), tradeoffs));
    }

    private static String nodeTitle(Board b, String id) {
        return b.node(id).map(Node::title).orElse(id);
    }

    private static void setIfDifferent(javafx.scene.control.TextInputControl field, String value) {
        if (!field.getText().equals(value)) {
            field.setText(value);
        }
    }

    private Label label(String key) {
        // cached: re-adding the same nodes keeps the content list equal, so a focused field never loses focus
        return labels.computeIfAbsent(key, k -> {
            Label l = new Label(Messages.get(k));
            l.getStyleClass().add("inspector-label");
            return l;
        });
    }

    private static final class StageCell extends ListCell<Stage> {
        @Override
        protected void updateItem(Stage s, boolean empty) {
            super.updateItem(s, empty);
            setText(empty || s == null ? "" : StagePalette.label(s));
            if (empty || s == null) {
                setGraphic(null);
            } else {
                javafx.scene.shape.Rectangle r = new javafx.scene.shape.Rectangle(12, 12, StagePalette.accent(s));
                setGraphic(r);
            }
        }
    }
}
