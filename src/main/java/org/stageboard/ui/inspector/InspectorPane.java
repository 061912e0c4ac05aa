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
import org.stageboard.ui.canvas.CanvasCommands;
import org.stageboard.ui.canvas.EditorSession;
import org.stageboard.render.StagePalette;

/**
 * Shows and edits what is selected: a box's stage, title, notes and trade-offs; an arrow's label; or, with
 * nothing selected, the board's title and interview prompt. Typing in a field is one undo step per burst.
 * A box's fields (among them the rich-text notes editor, whose library costs more to load than the rest of the
 * window) are built when a box is first selected, not before the window's first frame shows the board's fields.
 */
public class InspectorPane extends ScrollPane {
    private final EditorSession session;
    private final CanvasCommands commands;
    private final InspectorModel model;
    private final VBox content = new VBox(8);
    private final Label heading = new Label();
    /** Built on the first selection of one or more boxes. */
    private BoxFields boxFields;
    private final TextField edgeLabel = new TextField();
    private final TextField boardTitle = new TextField();
    private final TextArea prompt = new TextArea();
    private final java.util.Map<String, Label> labels = new java.util.HashMap<>();

    /** @param commands the canvas's commands, so Ctrl+Z in a field undoes the document as the canvas would */
    public InspectorPane(EditorSession session, CanvasCommands commands) {
        this.session = session;
        this.commands = commands;
        // made before this pane listens, so the model has the new values when the pane lays them out
        this.model = new InspectorModel(session.document(), session.selection(), session::unlessDragging);
        getStyleClass().add("inspector");
        setFitToWidth(true);
        setPrefWidth(330);
        setMinWidth(260);
        content.setPadding(new Insets(12));
        setContent(content);
        heading.getStyleClass().add("inspector-heading");
        edgeLabel.setId("inspector-edge-label");
        boardTitle.setId("inspector-board-title");
        prompt.setId("inspector-prompt");
        prompt.setWrapText(true);
        prompt.setPrefRowCount(5);
        bindFields();
        routeUndoToDocument();
        Runnable refreshNow = this::refresh;
        session.selection().addListener(() -> session.unlessDragging(refreshNow));
        session.document().addListener(e -> session.unlessDragging(refreshNow));
        refresh();
    }

    /**
     * Each field shows and edits one property of the model, which turns what is typed into the named edit and puts
     * the board's values back after every change.
     */
    private void bindFields() {
        edgeLabel.textProperty().bindBidirectional(model.edgeLabelProperty());
        boardTitle.textProperty().bindBidirectional(model.boardTitleProperty());
        prompt.textProperty().bindBidirectional(model.promptProperty());
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

    /** Shows the fields that fit what is selected: a box's, an arrow's or the board's (the model fills them). */
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
            shown.addAll(List.of(label("inspector.stage"), boxFields().stage));
        } else if (edges.size() == 1) {
            Edge e = b.edge(edges.iterator().next()).orElse(null);
            if (e != null) {
                heading.setText(Messages.get("inspector.edge", nodeTitle(b, e.from()), nodeTitle(b, e.to())));
                shown.addAll(List.of(label("inspector.edgeLabel"), edgeLabel));
            }
        } else {
            heading.setText(Messages.get("inspector.board"));
            shown.addAll(List.of(label("inspector.boardTitle"), boardTitle, label("inspector.prompt"), prompt));
        }
        if (!content.getChildren().equals(shown)) {
            content.getChildren().setAll(shown);
        }
    }

    private void showNode(Node n, List<javafx.scene.Node> shown) {
        BoxFields f = boxFields();
        heading.setText(Messages.get("inspector.box", StagePalette.label(n.stage())));
        f.notesHint.setText(n.hint().isBlank() ? "" : Messages.get("inspector.hint", n.hint()));
        f.notesHint.setVisible(!n.hint().isBlank());
        f.notesHint.setManaged(f.notesHint.isVisible());
        shown.addAll(List.of(label("inspector.stage"), f.stage, label("inspector.title"), f.title,
                label("inspector.notes"), f.notesHint, f.notes, label("inspector.tradeoffs"), f.tradeoffs));
    }

    /**
     * Builds a box's fields now if no selection has, and styles them: the window calls it after its first frame, so
     * the first click on a box neither waits for the rich-text library to load nor for the fields' first CSS pass
     * and skins (about a third of a second on a software-rendered desktop, all in the press's frame).
     */
    public void prepareBoxFields() {
        if (boxFieldsBuilt()) {
            return; // a selection built them, and showed them
        }
        BoxFields f = boxFields();
        if (getScene() != null) {
            styleOffScreen(f);
        }
    }

    /** CSS, skins and a layout for the fields in a hidden, unmanaged holder in this pane, which leaves before any frame shows it. */
    private void styleOffScreen(BoxFields f) {
        VBox holder = new VBox(f.stage, f.title, f.notesHint, f.notes, f.tradeoffs);
        holder.setVisible(false);
        holder.setManaged(false);
        content.getChildren().add(holder);
        holder.applyCss();
        // laid out once at the pane's width too: the rich-text area makes and measures its paragraph cells here
        double width = Math.max(getPrefWidth(), getWidth()) - content.getPadding().getLeft()
                - content.getPadding().getRight();
        holder.resize(width, holder.prefHeight(width));
        holder.layout();
        holder.getChildren().clear();
        content.getChildren().remove(holder);
    }

    /** True once a box's fields exist (the first selection of a box builds them). */
    boolean boxFieldsBuilt() {
        return boxFields != null;
    }

    /** True once a box's fields have their skins (styled, whether or not they have been shown). */
    boolean boxFieldsStyled() {
        return boxFields != null && boxFields.stage.getSkin() != null && boxFields.title.getSkin() != null;
    }

    private BoxFields boxFields() {
        if (boxFields == null) {
            boxFields = new BoxFields(model);
        }
        return boxFields;
    }

    /** The fields of a selected box, each bound to the model as the board's fields are. */
    private static final class BoxFields {
        final ComboBox<Stage> stage = new ComboBox<>();
        final TextField title = new TextField();
        final StyleClassedTextArea notes = new StyleClassedTextArea();
        final Label notesHint = new Label();
        final TradeOffEditor tradeoffs;

        BoxFields(InspectorModel model) {
            tradeoffs = new TradeOffEditor(model);
            stage.setId("inspector-stage");
            title.setId("inspector-title");
            notes.setId("inspector-notes");
            stage.getItems().setAll(Stage.values());
            stage.setCellFactory(l -> new StageCell());
            stage.setButtonCell(new StageCell());
            stage.setMaxWidth(Double.MAX_VALUE);
            notes.setWrapText(true);
            notes.getStyleClass().add("inspector-notes");
            notes.setPrefHeight(220);
            VBox.setVgrow(notes, Priority.SOMETIMES);
            notesHint.setWrapText(true);
            notesHint.getStyleClass().add("inspector-hint");
            stage.valueProperty().bindBidirectional(model.stageProperty());
            title.textProperty().bindBidirectional(model.titleProperty());
            // the rich text area's text is read-only: it writes through the model and is replaced when the board
            // differs
            notes.replaceText(model.notesProperty().get());
            notes.textProperty().addListener((o, a, t) -> model.notesProperty().set(t));
            model.notesProperty().addListener((o, a, t) -> {
                if (!notes.getText().equals(t)) {
                    notes.replaceText(t);
                }
            });
        }
    }

    private static String nodeTitle(Board b, String id) {
        return b.node(id).map(Node::title).orElse(id);
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
