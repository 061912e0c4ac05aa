package org.stageboard.ui.rehearsal;

import org.stageboard.ui.kit.Dialogs;
import org.stageboard.ui.kit.Windows;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.Scene;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Label;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.stage.Stage;
import org.stageboard.edit.AddAnswerNote;
import org.stageboard.edit.DocumentEvent;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.rehearsal.AnswerSpot;
import org.stageboard.rehearsal.CueSheet;
import org.stageboard.rehearsal.FindingSource;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.rehearsal.RehearsalSession;
import org.stageboard.rehearsal.ReportWriter;
import org.stageboard.rehearsal.SessionFiles;
import org.stageboard.rehearsal.curveball.CurveballPicker;
import org.stageboard.rehearsal.score.ScoredReport;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.history.HistoryEntry;
import org.stageboard.rehearsal.history.HistoryStore;
import org.stageboard.rehearsal.history.SessionRecord;
import org.stageboard.template.Template;
import org.stageboard.ui.presenter.CueSheetWindow;
import org.stageboard.render.BoardThumbnail;

/**
 * Solo rehearsal in the editor window: the timer bar under the menu, follow-up cards over the canvas, every edit
 * logged, and at the end a report (shown, and saved beside the board with a PNG and the session for replay).
 */
public final class RehearsalController {
    private final RehearsalHost window;
    private final ReportWriter.PngRenderer png;
    private TimerBar bar;
    private FollowUpCard card;
    private CardDocking dock;
    private RehearsalSession session;
    private HistoryStore history = HistoryStore.standard();
    private CurveballMemory curveballMemory;
    private java.util.function.LongSupplier clock = System::currentTimeMillis;

    /** @param png writes a picture of a board for the report; null to write the report without one */
    public RehearsalController(RehearsalHost window, ReportWriter.PngRenderer png) {
        this.window = window;
        this.png = png;
        window.document().addListener(e -> {
            if (session == null) {
                return;
            }
            if (e.kind() == DocumentEvent.Kind.REPLACED && !e.before().equals(e.after())) {
                end(); // a new or opened board ends the rehearsal of the old one
            } else if (e.isEdit()) {
                session.boardChanged(e.before(), e.after(), e.delta(), e.description());
            }
        });
    }

    public boolean isActive() {
        return bar != null;
    }

    public RehearsalSession session() {
        return session;
    }

    public TimerBar timerBar() {
        return bar;
    }

    /** Where the curveball count (off, one, two) is remembered; without it the choice lasts this window only. */
    public void setCurveballMemory(CurveballMemory memory) {
        this.curveballMemory = memory;
    }

    /** The clock the next rehearsal runs on (tests move one by hand). */
    public void setClock(java.util.function.LongSupplier clock) {
        this.clock = java.util.Objects.requireNonNull(clock);
    }

    /** Shows the timer bar; the session starts when the user presses its Start button. */
    public void open() {
        if (bar != null) {
            return;
        }
        bar = new TimerBar(clock);
        if (curveballMemory != null) {
            bar.setCurveballCount(curveballMemory.load());
            CurveballMemory memory = curveballMemory;
            bar.setOnCurveballCountChosen(memory::save);
        }
        bar.setId("rehearsal-bar");
        bar.setOnStart(timer -> {
            Board board = window.document().board();
            FollowUpPicker picker = new FollowUpPicker(FollowUpBank.with(templateQuestions(board)));
            session = new RehearsalSession(timer, board, picker);
            // curveballs fit the board: the template's own first, then the bank's; the seed varies them per session
            session.throwCurveballs(CurveballPicker.of(template(board), timer.startedAt()), bar.curveballCount());
            session.next(); // the first question is on the card from the start
            card = new FollowUpCard(session, this::addAnswerToBoard);
            card.setId("followup-card");
            // floats over a corner of the canvas, the one where it covers none of the boxes it asks about
            card.setMaxHeight(Region.USE_PREF_SIZE);
            window.canvasHolder().getChildren().add(card);
            dock = new CardDocking(card, window.session(), window.canvas());
        });
        bar.setOnTick(() -> {
            if (session != null && card != null) {
                session.dueCurveball().ifPresent(card::showCurveball);
            }
        });
        bar.setOnFinish(this::finished);
        window.topArea().getChildren().add(bar);
    }

    /** Ends the session without a report and removes the rehearsal bars. */
    public void end() {
        if (bar != null) {
            window.topArea().getChildren().remove(bar);
        }
        if (card != null) {
            window.canvasHolder().getChildren().remove(card);
        }
        if (dock != null) {
            dock.dispose();
        }
        dock = null;
        bar = null;
        card = null;
        session = null;
    }

    /** What to do with a running rehearsal when the window closes. */
    public enum CloseDecision { FINISH_AND_SAVE, END_WITHOUT_SAVING, CANCEL }

    private java.util.function.Supplier<CloseDecision> closePrompt = this::askAboutClosing;

    /** Replaces the question asked when the window closes during a rehearsal (tests answer it directly). */
    public void setClosePrompt(java.util.function.Supplier<CloseDecision> prompt) {
        closePrompt = prompt;
    }

    /**
     * Before the window closes: during a rehearsal, says the session will end and offers to finish it (report and
     * session saved beside the board). Returns false when the user would rather keep the window open.
     */
    public boolean confirmClose() {
        if (session == null || bar == null) {
            return true;
        }
        CloseDecision d = closePrompt.get();
        if (d == CloseDecision.FINISH_AND_SAVE) {
            finish();
        } else if (d == CloseDecision.END_WITHOUT_SAVING) {
            end();
        }
        return d != CloseDecision.CANCEL;
    }

    private CloseDecision askAboutClosing() {
        ButtonType save = new ButtonType(Messages.get("rehearsal.close.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("rehearsal.close.discard"), ButtonBar.ButtonData.NO);
        Alert a = Dialogs.alert(window.stage(), Alert.AlertType.CONFIRMATION, Messages.get("rehearsal.close.text"),
                save, discard, ButtonType.CANCEL);
        a.setHeaderText(Messages.get("rehearsal.close.header"));
        ButtonType answer = a.showAndWait().orElse(null);
        return answer == save ? CloseDecision.FINISH_AND_SAVE
                : answer == discard ? CloseDecision.END_WITHOUT_SAVING : CloseDecision.CANCEL;
    }

    /** Finishes the running session: as if Finish was pressed on the timer bar. */
    public void finish() {
        if (bar != null && session != null) {
            bar.finish();
        }
    }

    private void finished() {
        RehearsalSession done = session;
        end();
        if (done == null) {
            return;
        }
        done.finish();
        SavedSession saved = done.toSaved();
        ScoredReport report = ScoredReport.of(saved, FindingSource.checker(), template(done.log().lastBoard()));
        ReportView.show(window.stage(), report);
        Path file = window.files().pathProperty().get();
        if (file == null && window.files().saveAs()) {
            file = window.files().pathProperty().get();
        }
        if (file == null) {
            record(saved, report, null);
            return; // not saved: the report was shown, but there is nowhere beside the board to keep it
        }
        Path sessionFile = null;
        try {
            sessionFile = SessionFiles.save(file, saved);
            report.writeBeside(file, png);
        } catch (IOException e) {
            error(Messages.get("rehearsal.save.failed", file, e.getMessage()));
        }
        record(saved, report, sessionFile);
    }

    /** Where finished sessions are recorded (tests point it at a scratch file). */
    public void setHistory(HistoryStore history) {
        this.history = history;
    }

    /**
     * Adds the finished session to the progress history with the scorecard and curveballs its report shows; a damaged
     * or unwritable history is said in one line.
     */
    private void record(SavedSession saved, ScoredReport report, Path sessionFile) {
        int answered = (int) report.curveballs().stream().filter(c -> !c.answer().isBlank()).count();
        try {
            HistoryEntry entry = SessionRecord.of(saved, template(saved.log().lastBoard()), report.scorecard(),
                    sessionFile, java.time.Instant.now()).withCurveballs(report.curveballs().size(), answered);
            String warning = history.record(entry);
            if (warning != null) {
                error(warning);
            }
        } catch (IOException | RuntimeException e) {
            error(Messages.get("progress.record.failed", e.getMessage()));
        }
    }

    private List<FollowUpBank.StagedQuestion> templateQuestions(Board board) {
        return FollowUpBank.questionsOf(template(board));
    }

    private Optional<Template> template(Board board) {
        return window.templates().forBoard(board); // the cue sheet and questions in the board's own language
    }

    /**
     * A jotted answer becomes a note in free space beside the stage's first box (clear of every other box, with a
     * straight run to it), with an arrow from the note to the box: one undo step.
     */
    void addAnswerToBoard(org.stageboard.model.Stage stage, String text) {
        Board b = window.document().board();
        Node anchor = b.nodesOf(stage).stream().findFirst().orElse(null);
        Rect spot = AnswerSpot.place(b, anchor, Node.DEFAULT_WIDTH, Node.DEFAULT_HEIGHT);
        window.document().apply(AddAnswerNote.at(b, stage, text, spot.x(), spot.y(), anchor == null ? null : anchor.id()));
    }

    /** The follow-up card on screen, if a session runs (tests look at where it docked). */
    public FollowUpCard card() {
        return card;
    }

    /** Opens the interviewer's cue sheet for this board's template in its own window. */
    public void showCueSheet() {
        Board board = window.document().board();
        Optional<Template> t = template(board);
        CueSheet sheet = t.map(tp -> new CueSheet(tp.prompt(),
                        tp.clarifying().stream().map(c -> new CueSheet.QA(c.question(), c.answer())).toList(),
                        tp.followups().stream().map(Template.Followup::question).toList(), tp.strongAnswer()))
                .orElseGet(() -> new CueSheet(board.prompt(), List.of(),
                        FollowUpBank.general().stream().limit(12).map(f -> f.question()).toList(), List.of()));
        new CueSheetWindow(sheet).show();
    }

    /** Replays the session saved beside the open board, in its own window. */
    public void showReplay() {
        Path file = window.files().pathProperty().get();
        SessionFiles.Loaded loaded = file == null ? null : SessionFiles.load(file);
        if (loaded == null || !loaded.found()) {
            String why = loaded != null && loaded.warning() != null ? loaded.warning() : Messages.get("rehearsal.replay.none");
            error(why);
            return;
        }
        StackPane picture = new StackPane(new Label());
        picture.setStyle("-fx-background-color: white;");
        ReplayView replay = new ReplayView(loaded.session().log(),
                b -> picture.getChildren().setAll(BoardThumbnail.of(b, 1100, 640)));
        BorderPane pane = new BorderPane(picture, null, null, replay, null);
        Stage stage = new Stage();
        stage.initOwner(window.stage());
        Windows.fitWhenShown(stage);
        stage.setTitle(Messages.get("rehearsal.replay.title", window.files().displayName()));
        stage.setScene(new Scene(pane, 1160, 760));
        stage.show();
        replay.seek(0);
    }

    private void error(String message) {
        Dialogs.alert(window.stage(), Alert.AlertType.INFORMATION, message).showAndWait();
    }
}
