package org.stageboard.ui.presenter;

import java.util.List;
import java.util.Objects;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.CueSheet;
import org.stageboard.ui.kit.Windows;

/**
 * The interviewer's own window in a mock interview: the prompt, the clarifying questions with the answers to
 * give, the follow-ups to ask and what a strong answer covers. It is a separate Stage, so it can sit on the
 * interviewer's screen while the candidate shares only the board.
 */
public final class CueSheetWindow {
    private final Stage stage = new Stage();
    private final VBox content = new VBox(6);

    public CueSheetWindow(CueSheet sheet) {
        Objects.requireNonNull(sheet);
        stage.setTitle(Messages.get("rehearsal.cue.title"));
        Windows.fitWhenShown(stage);
        content.setPadding(new Insets(14));
        content.getStyleClass().add("cue-sheet");
        section("rehearsal.cue.prompt");
        text(sheet.prompt().isBlank() ? Messages.get("rehearsal.cue.empty") : sheet.prompt(), "cue-prompt");

        section("rehearsal.cue.clarifying");
        if (sheet.clarifying().isEmpty()) {
            text(Messages.get("rehearsal.cue.empty"), "cue-empty");
        }
        for (CueSheet.QA qa : sheet.clarifying()) {
            Label q = text("Q: " + qa.question(), "cue-question");
            q.setStyle("-fx-font-weight: bold;");
            Label a = text("A: " + qa.answer(), "cue-answer");
            VBox.setMargin(a, new Insets(0, 0, 4, 14));
        }
        list("rehearsal.cue.followups", sheet.followups(), "cue-followup");
        list("rehearsal.cue.strong", sheet.strongAnswer(), "cue-strong");

        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        stage.setScene(new Scene(scroll, 480, 680));
    }

    private void list(String headingKey, List<String> items, String styleClass) {
        section(headingKey);
        if (items.isEmpty()) {
            text(Messages.get("rehearsal.cue.empty"), "cue-empty");
        }
        for (String item : items) {
            text("•  " + item, styleClass);
        }
    }

    private void section(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-size: 1.2em; -fx-font-weight: bold; -fx-padding: 10 0 2 0;");
        l.getStyleClass().add("cue-heading");
        content.getChildren().add(l);
    }

    private Label text(String s, String styleClass) {
        Label l = new Label(s);
        l.setWrapText(true);
        l.getStyleClass().add(styleClass);
        content.getChildren().add(l);
        return l;
    }

    /** The window; call {@code show()} on it, or position it on the interviewer's screen first. */
    public Stage stage() {
        return stage;
    }

    public void show() {
        stage.show();
        stage.toFront();
    }

    public void close() {
        stage.close();
    }
}
