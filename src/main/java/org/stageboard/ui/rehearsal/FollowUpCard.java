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
import org.stageboard.rehearsal.curveball.Curveball;

/**
 * One follow-up question at a time, in the interviewer's voice: Next, Skip, and a one-line answer that
 * "Add to board" hands back as (stage, text) so the window can put a note box beside that stage.
 */
public final class FollowUpCard extends VBox {
    private final FollowUpDeck deck;
    private final BiConsumer<Stage, String> onAddToBoard;
    /** "Requirement change": shown only while a curveball is on the card. */
    private final Label heading = new Label(Messages.get("rehearsal.curveball.heading"));
    private final Label stageTag = new Label();
    private final Label question = new Label();
    /** Why this question was chosen, in small print under it (the same line `followups` prints). */
    private final Label why = new Label();
    private final TextField answer = new TextField();
    private final Button next = new Button(Messages.get("rehearsal.followup.next"));
    private final Button skip = new Button(Messages.get("rehearsal.followup.skip"));
    private final Button add = new Button(Messages.get("rehearsal.followup.add"));
    private Stage shownStage;
    /** The requirement change on the card, or null while it shows a follow-up question. */
    private Curveball curveball;
    private Runnable onQuestionChanged = () -> { };

    public FollowUpCard(FollowUpDeck deck, BiConsumer<Stage, String> onAddToBoard) {
        this.deck = Objects.requireNonNull(deck);
        this.onAddToBoard = Objects.requireNonNull(onAddToBoard);
        getStyleClass().add("follow-up-card");
        getStylesheets().add(Objects.requireNonNull(
                FollowUpCard.class.getResource("/org/stageboard/ui/rehearsal/rehearsal.css")).toExternalForm());
        heading.getStyleClass().add("curveball-heading");
        heading.setId("curveball-heading");
        heading.managedProperty().bind(heading.visibleProperty());
        heading.setVisible(false);
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
        // after a curveball the card goes back to the question it interrupted
        next.setOnAction(e -> show(curveball != null ? deck.current() : deck.next()));
        skip.setOnAction(e -> show(curveball != null ? deck.current() : deck.skip()));
        add.setOnAction(e -> addAnswer());
        answer.setOnAction(e -> addAnswer());
        add.disableProperty().bind(answer.textProperty().isEmpty());
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox.setHgrow(answer, Priority.ALWAYS);
        HBox buttons = new HBox(6, gap, skip, next);
        buttons.setAlignment(Pos.CENTER_RIGHT);
        HBox answerRow = new HBox(6, answer, add);
        getChildren().addAll(heading, stageTag, question, why, answerRow, buttons);
        setMaxWidth(420);
        show(deck.current());
        if (deck.current().isEmpty()) {
            question.setText(Messages.get("rehearsal.followup.start"));
        }
    }

    private void addAnswer() {
        String text = answer.getText().strip();
        if (curveball != null && !text.isEmpty()) {
            Curveball c = curveball;
            deck.answerCurveball(c, text);
            onAddToBoard.accept(c.stage(), text);
            show(deck.current()); // answered: back to the question it interrupted
            return;
        }
        Optional<FollowUp> f = deck.current();
        if (text.isEmpty() || f.isEmpty()) {
            return;
        }
        deck.answer(text);
        onAddToBoard.accept(f.get().stage(), text);
        show(deck.next()); // answered: on to the next question
    }

    /**
     * Shows a requirement change, distinct from a question: the "Requirement change" heading and the curveball style.
     * Add to board puts the answer on the board beside its stage; Next or Skip go back to the question it interrupted.
     */
    public void showCurveball(Curveball c) {
        curveball = Objects.requireNonNull(c);
        answer.clear();
        shownStage = c.stage();
        if (!getStyleClass().contains("curveball")) {
            getStyleClass().add("curveball");
        }
        heading.setVisible(true);
        question.setText(c.text());
        stageTag.setText(Messages.get("rehearsal.curveball.stage", SessionReport.stageName(c.stage())));
        why.setText(Messages.get("rehearsal.curveball.why"));
        answer.setPromptText(Messages.get("rehearsal.curveball.answerPrompt"));
        answer.setDisable(false);
        onQuestionChanged.run();
    }

    /** The curveball on the card, if one is shown now. */
    public Optional<Curveball> shownCurveball() {
        return Optional.ofNullable(curveball);
    }

    private void show(Optional<FollowUp> f) {
        curveball = null;
        getStyleClass().remove("curveball");
        heading.setVisible(false);
        answer.setPromptText(Messages.get("rehearsal.followup.answerPrompt"));
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
