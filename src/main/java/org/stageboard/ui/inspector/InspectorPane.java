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
import org.stageboard.edit.BoardEdit;
import org.stageboard.edit.SetBoardTitle;
import org.stageboard.edit.SetEdgeLabel;
import org.stageboard.edit.SetNotes;
import org.stageboard.edit.SetPrompt;
import org.stageboard.edit.SetStage;
import org.stageboard.edit.SetTitle;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.ui.canvas.CanvasCommands;
import org.stageboard.ui.canvas.EditorSession;
import org.stageboard.ui.render.StagePalette;

/**
 * Shows and edits what is selected: a box's stage, title, notes and trade-offs; an arrow's label; or, with
 * nothing selected, the board's title and interview prompt. Typing in a field is one undo step per burst.
 */
public class InspectorPane extends ScrollPane {
    private final EditorSession session;
    private final CanvasCommands commands;
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

    /** @param commands the canvas's commands, so Ctrl+Z in a field undoes the document as the canvas would */
    public InspectorPane(EditorSession session, CanvasCommands commands) {
        this.session = session;
        this.commands = commands;
        this.tradeoffs = new TradeOffEditor(session.document());
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
        session.selection().addListener(this::refresh);
        session.document().addListener(e -> refresh());
        refresh();
    }

    /**
     * Every field turns what it holds into an edit. No echo guard is needed: when {@link #refresh} puts the board's
     * own value into a field, the edit it makes leaves the board as it is, and the document records nothing.
     */
    private void wireEdits() {
        stage.valueProperty().addListener((o, a, s) -> {
            if (s != null) {
                session.document().apply(new SetStage(session.selection().nodes(), s));
            }
        });
        title.textProperty().addListener((o, a, t) -> editSelectedNode(id -> new SetTitle(id, t)));
        notes.textProperty().addListener((o, a, t) -> editSelectedNode(id -> new SetNotes(id, t)));
        edgeLabel.textProperty().addListener((o, a, t) -> {
            if (session.selection().edges().size() == 1) {
                String id = session.selection().edges().iterator().next();
                session.document().apply(new SetEdgeLabel(id, t));
            }
        });
        boardTitle.textProperty().addListener((o, a, t) -> session.document().apply(new SetBoardTitle(t)));
        prompt.textProperty().addListener((o, a, t) -> session.document().apply(new SetPrompt(t)));
    }

    private void editSelectedNode(java.util.function.Function<String, BoardEdit> edit) {
        if (session.selection().nodes().size() != 1) {
            return;
        }
        // the box grows with what is typed, within the same (merged) undo step
        session.document().apply(edit.apply(session.selection().nodeList().get(0)));
    }

    /** Ctrl+Z in a field undoes the document, not just the field, so there is one history. */
    private void routeUndoToDocument() {
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
        Board b = session.board();
        Set<String> nodes = session.selection().nodes();
        Set<String> edges = session.selection().edges();
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
