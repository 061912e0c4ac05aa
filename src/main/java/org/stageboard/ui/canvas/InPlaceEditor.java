package org.stageboard.ui.canvas;

import java.util.List;
import javafx.application.Platform;
import javafx.scene.control.TextArea;
import javafx.scene.control.TextField;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyEvent;
import javafx.scene.layout.VBox;
import org.stageboard.edit.SetText;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.render.BoxFit;

/**
 * Edits a box's title and text right on the canvas. The whole edit is one undo step, committed when focus
 * leaves the editor or on Ctrl+Enter; Escape cancels. Its text field and text area are made on the first edit:
 * hidden until then, they would only be styled, skinned and laid out for a window's first frame that never shows
 * them.
 */
public final class InPlaceEditor {
    private static final double MIN_WIDTH = 260;
    private static final double MIN_HEIGHT = 180;
    private final BoardCanvas canvas;
    private TextField title;
    private TextArea text;
    private VBox box;
    private String nodeId;

    InPlaceEditor(BoardCanvas canvas) {
        this.canvas = canvas;
    }

    /** Makes the editor's controls and puts them on the canvas's screen layer, once, on the first edit. */
    private void build() {
        if (box != null) {
            return;
        }
        title = new TextField();
        text = new TextArea();
        box = new VBox(4, title, text);
        box.getStyleClass().add("in-place-editor");
        // its look, light or dark with the theme, is in the window's app.css
        title.setId("inplace-title");
        text.setId("inplace-text");
        text.setWrapText(true);
        title.setPromptText(Messages.get("inplace.title.prompt"));
        box.setVisible(false);
        // placed and sized by relayout alone: a managed child would be resized to its preferred size by the layer
        box.setManaged(false);
        box.addEventFilter(KeyEvent.KEY_PRESSED, e -> {
            if (e.getCode() == KeyCode.ESCAPE) {
                cancel();
                e.consume();
            } else if (e.getCode() == KeyCode.ENTER && (e.isShortcutDown() || e.getTarget() == title)) {
                if (e.getTarget() == title && !e.isShortcutDown()) {
                    text.requestFocus();
                } else {
                    commit();
                }
                e.consume();
            }
        });
        box.focusWithinProperty().addListener((o, was, now) -> {
            if (was && !now && isEditing()) {
                // later, so a click that moves focus to the canvas is handled after the commit
                Platform.runLater(this::commit);
            }
        });
        canvas.screenLayer().getChildren().add(box);
        // the editor grows as the box will when the words are committed, so what is typed stays in sight
        title.textProperty().addListener((o, a, b) -> followTyping());
        text.textProperty().addListener((o, a, b) -> followTyping());
    }

    /** Scrolls the board, if it must, so the growing editor stays within the visible canvas, then lays it out. */
    private void followTyping() {
        if (nodeId == null) {
            return;
        }
        canvas.session().board().node(nodeId).ifPresent(n -> {
            Node p = preview(n);
            double z = canvas.session().viewport().zoom();
            Rect editor = new Rect(p.x(), p.y(), Math.max(MIN_WIDTH / z, p.width()), Math.max(MIN_HEIGHT / z, p.height()));
            canvas.session().viewport().reveal(editor, canvas.getWidth(), canvas.getHeight(), 8);
        });
        relayout();
    }

    /** The box as it will be once what is typed is committed: with the words, grown to fit them. */
    private Node preview(Node n) {
        var board = canvas.session().board();
        var typed = board.mapNodes(List.of(n.id()), m -> m.withTitle(title.getText()).withText(text.getText()));
        return org.stageboard.edit.Edits.growToFit(board, typed, BoxFit::fit).node(n.id()).orElse(n);
    }

    /** Where the editor is, in canvas coordinates (for tests); nothing before the first edit. */
    public Rect bounds() {
        if (box == null) {
            return new Rect(0, 0, 0, 0);
        }
        return new Rect(box.getLayoutX(), box.getLayoutY(), box.getWidth(), box.getHeight());
    }

    public boolean isEditing() {
        return nodeId != null;
    }

    /** Opens the editor over box {@code id}. */
    public void edit(String id) {
        Node n = canvas.session().board().node(id).orElse(null);
        if (n == null) {
            return;
        }
        build();
        nodeId = id;
        // scroll the board just enough that the box being edited is in view, so the editor sits over it
        canvas.reveal(id);
        title.setText(n.title());
        text.setText(n.text());
        text.setPromptText(n.hint().isBlank() ? Messages.get("inplace.text.prompt") : n.hint());
        box.setVisible(true);
        relayout();
        title.requestFocus();
        title.selectAll();
    }

    /** Writes what was typed into the box as one undoable step and closes the editor. */
    public void commit() {
        if (nodeId == null) {
            return;
        }
        String id = nodeId;
        String t = title.getText();
        String body = text.getText();
        nodeId = null;
        box.setVisible(false);
        canvas.session().document().sealStep();
        // the box grows to fit the new words in the same step: one undo takes back both
        canvas.session().document().apply(new SetText(id, t, body));
        canvas.requestFocus();
    }

    public void cancel() {
        if (nodeId == null) {
            return;
        }
        nodeId = null;
        box.setVisible(false);
        canvas.requestFocus();
    }

    void relayout() {
        if (nodeId == null) {
            return;
        }
        Node n = canvas.session().board().node(nodeId).orElse(null);
        if (n == null) {
            cancel();
            return;
        }
        Rect r = canvas.screenBounds(preview(n));
        // never larger than the visible canvas, so all of it (and the caret) stays in view
        double w = Math.min(Math.max(MIN_WIDTH, r.width()), Math.max(120, canvas.getWidth() - 8));
        double h = Math.min(Math.max(MIN_HEIGHT, r.height()), Math.max(80, canvas.getHeight() - 8));
        // keep the editor inside the canvas even for a box at its edge
        double x = Math.max(4, Math.min(r.x(), canvas.getWidth() - w - 4));
        double y = Math.max(4, Math.min(r.y(), canvas.getHeight() - h - 4));
        box.resizeRelocate(x, y, w, h);
        text.setPrefHeight(h - 50);
    }
}
