package org.stageboard.ui.rehearsal;

import java.util.Objects;
import java.util.Optional;
import java.util.function.BiConsumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.TextField;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.FollowUp;
import org.stageboard.rehearsal.FollowUpDeck;
import org.stageboard.rehearsal.SessionReport;

/**
 * One follow-up question at a time, in the interviewer's voice: Next, Skip, and a one-line answer that
 * "Add to board" hands back as (stage, text) so the window can put a note box beside that stage.
 */
public final class FollowUpCard extends VBox {
    private final FollowUpDeck deck;
    private final BiConsumer<Stage, String> onAddToBoard;
    private final Label stageTag = new Label();
    private final Label question = new Label();
    /** Why this question was chosen, in small print under it (the same line `followups` prints). */
    private final Label why = new Label();
    private final TextField answer = new TextField();
    private final Button next = new Button(Messages.get("rehearsal.followup.next"));
    private final Button skip = new Button(Messages.get("rehearsal.followup.skip"));
    private final Button add = new Button(Messages.get("rehearsal.followup.add"));
    private Stage shownStage;
    private Runnable onQuestionChanged = () -> { };

    public FollowUpCard(FollowUpDeck deck, BiConsumer<Stage, String> onAddToBoard) {
        this.deck = Objects.requireNonNull(deck);
        this.onAddToBoard = Objects.requireNonNull(onAddToBoard);
        getStyleClass().add("follow-up-card");
        getStylesheets().add(Objects.requireNonNull(
                FollowUpCard.class.getResource("/org/stageboard/ui/rehearsal/rehearsal.css")).toExternalForm());
        stageTag.getStyleClass().add("stage-tag");
        stageTag.setId("followup-stage");
        question.getStyleClass().add("question");
        question.setWrapText(true);
        question.setId("followup-question");
        why.getStyleClass().add("why");
        why.setWrapText(true);
        why.setId("followup-why");
        answer.setPromptText(Messages.get("rehearsal.followup.answerPrompt"));
        answer.setId("followup-answer");
        next.setId("followup-next");
        skip.setId("followup-skip");
        add.setId("followup-add");
        next.setOnAction(e -> show(deck.next()));
        skip.setOnAction(e -> show(deck.skip()));
        add.setOnAction(e -> addAnswer());
        answer.setOnAction(e -> addAnswer());
        add.disableProperty().bind(answer.textProperty().isEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(answer, Priority.ALWAYS);
        HBox buttons = new HBox(6, gap, skip, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox answerRow = new HBox(6, answer, add);
        getChildren().addAll(stageTag, question, why, answerRow, buttons);
        setMaxWidth(420);
        show(deck.current());
        if (deck.current().isEmpty()) {
            question.setText(Messages.get("rehearsal.followup.start"));
        }
    }

    private void addAnswer() {
        String text = answer.getText().strip();
        Optional<FollowUp> f = deck.current();
        if (text.isEmpty() || f.isEmpty()) {
            return;
        }
        deck.answer(text);
        onAddToBoard.accept(f.get().stage(), text);
        show(deck.next()); // answered: on to the next question
    }

    private void show(Optional<FollowUp> f) {
        answer.clear();
        shownStage = f.map(FollowUp::stage).orElse(null);
        onQuestionChanged.run();
        if (f.isPresent()) {
            question.setText(f.get().question());
            stageTag.setText(Messages.get("rehearsal.followup.stage", SessionReport.stageName(f.get().stage())));
            why.setText(deck.currentReason().orElse(""));
            answer.setDisable(false);
        } else {
            why.setText("");
            question.setText(Messages.get("rehearsal.followup.none"));
            stageTag.setText("");
            answer.setDisable(true);
        }
    }

    /** The stage the question on the card is about; null when there is none. */
    public Stage shownStage() {
        return shownStage;
    }

    /** Called after the card shows another question (the window moves the card aside from its boxes). */
    public void setOnQuestionChanged(Runnable r) {
        onQuestionChanged = Objects.requireNonNull(r);
    }

    /** The question shown now (for tests and accessibility). */
    public String questionText() {
        return question.getText();
    }
}
