package org.stageboard.ui.findings;

import org.stageboard.render.Tooltips;

import java.util.List;
import java.util.function.Consumer;
import javafx.beans.value.ObservableValue;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ListView;
import javafx.scene.input.KeyCode;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.util.StringConverter;
import org.stageboard.check.CheckSummary;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Profile;
import org.stageboard.check.Profiles;
import org.stageboard.check.TradeoffReadings;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * The design-check side panel: a profile selector, a summary line (stages covered, trade-offs stated, counts) and
 * the findings in stage order, each with its severity icon, message and, on a second line and as a tooltip, why it
 * matters. Clicking a finding (or pressing Enter on it) calls {@link #setOnFindingActivated} so the window can
 * select and reveal the box. A cold check of 2,000 boxes takes a few milliseconds and a re-check after an edit
 * far less (unchanged boxes are not re-analysed), so {@link #update} simply re-runs it on every new board; no
 * debounce is needed.
 */
public final class FindingsPanel extends VBox {
    /**
     * Shows the profile in use from the first frame; the choices join with the first check (after that frame) or
     * when the list is first opened: its hidden popup list would otherwise lay out a cell per profile for the
     * first frame.
     */
    private final ComboBox<Profile> profiles = new ComboBox<>();
    private final Label summary = new Label();
    private final ObservableList<Finding> findings = FXCollections.observableArrayList();
    /** Held here: a listener on a wrapper nobody holds is dropped at the next garbage collection. */
    private final ObservableList<Finding> readOnlyFindings = FXCollections.unmodifiableObservableList(findings);
    private final ListView<Finding> list = new ListView<>(findings);
    /** Under the list: the words read as choice, alternative and reason for each decision stage. */
    private final TradeoffReadingView readings = new TradeoffReadingView();
    /** On an empty board, the stages to write replace the findings list (they are to-dos, not errors). */
    private final StageChecklist checklist = new StageChecklist();
    private final javafx.scene.control.ScrollPane checklistScroll = new javafx.scene.control.ScrollPane(checklist);
    /**
     * Kept across updates: it remembers each unchanged box's analysis, so a re-check costs only what changed.
     * Made by the first check: its rules and their vocabularies take longer to load than the rest of the panel.
     */
    private Checker checker;
    private Board board = Board.empty();
    /** False until the board on show has been checked; till then an empty board shows its to-do list. */
    private boolean checkedYet;
    /** The profile the user picked here, or null to follow the board's own. */
    private Profile chosen;
    private Consumer<Finding> onActivated = f -> { };
    /** Applies a finding's one-click fix; without a handler no fix is offered. */
    private Consumer<Finding.StageFix> onFix;

    public FindingsPanel() {
        setSpacing(6);
        setPadding(new Insets(8));
        getStyleClass().add("findings-panel");

        Label title = new Label(Messages.get("check.panel.title"));
        title.setStyle("-fx-font-weight: bold;");
        Label profileLabel = new Label(Messages.get("check.panel.profile"));
        profileLabel.setLabelFor(profiles);
        profiles.setConverter(new StringConverter<>() {
            @Override
            public String toString(Profile p) {
                return p == null ? "" : Messages.get("check.profile." + p.name());
            }

            @Override
            public Profile fromString(String s) {
                return null;
            }
        });
        profiles.setOnShowing(e -> offerProfiles());
        profiles.valueProperty().addListener((obs, old, now) -> {
            // refresh shows the profile in use here too: only a different one is the user's choice
            if (now != null && now != profile()) {
                chosen = now;
                refresh();
            }
        });
        // the label keeps its whole word ("Профиль" at 1200 px); the selector takes the rest and may shrink
        profileLabel.setMinWidth(Region.USE_PREF_SIZE);
        profiles.setMaxWidth(Double.MAX_VALUE);
        profiles.setMinWidth(80);
        HBox profileRow = new HBox(6, profileLabel, profiles);
        profileRow.setAlignment(Pos.CENTER_LEFT);
        HBox.setHgrow(profiles, Priority.ALWAYS);
        VBox header = new VBox(4, title, profileRow);

        summary.setWrapText(true);
        summary.setMinHeight(Region.USE_PREF_SIZE);
        summary.getStyleClass().add("findings-summary");
        list.setPlaceholder(new Label(Messages.get("check.panel.empty")));
        list.setCellFactory(v -> new FindingCell());
        list.setOnKeyPressed(e -> {
            Finding f = list.getSelectionModel().getSelectedItem();
            if (e.getCode() == KeyCode.ENTER && f != null) {
                onActivated.accept(f);
            }
        });
        VBox.setVgrow(list, Priority.ALWAYS);
        checklistScroll.setFitToWidth(true);
        checklistScroll.getStyleClass().add("checklist-scroll");
        checklistScroll.setHbarPolicy(javafx.scene.control.ScrollPane.ScrollBarPolicy.NEVER);
        VBox.setVgrow(checklistScroll, Priority.ALWAYS);
        checklistScroll.managedProperty().bind(checklistScroll.visibleProperty());
        list.managedProperty().bind(list.visibleProperty());
        list.visibleProperty().bind(checklistScroll.visibleProperty().not());
        // the list joins when a board with boxes is first checked: an empty board shows the to-do list instead,
        // and a list view's skin is among the costliest of the window's first frame
        getChildren().addAll(header, summary, checklistScroll, readings);
        showUnchecked();
    }

    /**
     * Before the first check: what a check of the empty board shows (its profile's stages as to-dos), drawn from the
     * profile alone, so a new window's first frame need not wait for the checker.
     */
    private void showUnchecked() {
        Profile p = profile();
        showToDo(p.requiredStages());
        profiles.setValue(p);
    }

    /** An empty board's to-do list: the stages to write, in place of the findings list. */
    private void showToDo(List<org.stageboard.model.Stage> required) {
        checklistScroll.setVisible(true);
        checklist.show(required);
        summary.setText(Messages.get("check.todo.summary", required.size()));
    }

    /** True once the board on show has been checked (a new panel checks when first updated). */
    public boolean isChecked() {
        return checkedYet;
    }

    /** Checks the board on show unless that was done already: for a check put off until after the first frame. */
    public void checkIfUnchecked() {
        if (!checkedYet) {
            refresh();
        }
    }

    /** Re-checks {@code b} with the chosen profile (or the board's own) and shows the result. */
    public void update(Board b) {
        board = b == null ? Board.empty() : b;
        refresh();
    }

    /**
     * Takes {@code b} as the board on show without checking it: for a board whose findings cannot differ from the
     * last one checked (only its boxes' places or sizes changed), so a drag re-checks nothing on each step.
     */
    public void keep(Board b) {
        board = b == null ? Board.empty() : b;
    }

    /**
     * Shows {@code b} now but checks it only now if it has boxes: an empty board shows its profile's to-do list
     * until {@link #checkIfUnchecked} (or any update) runs the check, which a new window puts off until after its
     * first frame.
     */
    public void updateUnlessEmpty(Board b) {
        board = b == null ? Board.empty() : b;
        if (board.nodes().isEmpty()) {
            checkedYet = false;
            findings.clear();
            showUnchecked();
        } else {
            refresh();
        }
    }

    /** Follows a board property (e.g. the document's current board): every new board is checked. */
    public void bind(ObservableValue<Board> source) {
        source.addListener((obs, old, now) -> update(now));
        update(source.getValue());
    }

    /** The trade-off readings section under the findings. */
    public TradeoffReadingView readings() {
        return readings;
    }

    /** Called with the finding the user clicked or pressed Enter on. */
    public void setOnFindingActivated(Consumer<Finding> handler) {
        onActivated = handler == null ? f -> { } : handler;
    }

    /** Called with the fix the user clicked under a finding (see {@link StageFixLink}). */
    public void setOnFix(Consumer<Finding.StageFix> handler) {
        onFix = handler;
        list.refresh();
    }

    /** The findings on show, in display order (read-only). */
    public javafx.collections.ObservableList<Finding> findings() {
        return readOnlyFindings;
    }

    /** True when the panel shows the empty board's to-do list instead of findings. */
    public boolean showsChecklist() {
        return checklistScroll.isVisible();
    }

    public String summaryText() {
        return summary.getText();
    }

    /** The profile in use: the one picked in the selector, else the board's. */
    public Profile profile() {
        return chosen != null ? chosen : Profiles.forBoard(board);
    }

    /** Picks a profile as if the user chose it in the selector. */
    public void setProfile(Profile p) {
        profiles.setValue(p);
    }

    /** Puts the profiles in the selector, once. */
    private void offerProfiles() {
        if (profiles.getItems().isEmpty()) {
            profiles.getItems().setAll(Profiles.all());
        }
    }

    private void refresh() {
        offerProfiles();
        Profile p = profile();
        if (checker == null) {
            checker = new Checker();
        }
        Checker.Result result = checker.runWithSummary(board, p);
        checkedYet = true;
        CheckSummary s = result.summary();
        // a drag re-checks on every step with the same findings: leaving the list alone spares it a re-layout and a
        // repaint of the side column in every frame of the drag
        if (!findings.equals(result.findings())) {
            findings.setAll(result.findings());
        }
        boolean empty = board.nodes().stream().noneMatch(n -> n.stage().isPipeline());
        if (!empty && list.getParent() == null) {
            getChildren().add(getChildren().indexOf(checklistScroll), list);
        }
        Board checked = board;
        readings.update(() -> TradeoffReadings.of(checked, p));
        if (empty) {
            showToDo(s.required());
        } else {
            checklistScroll.setVisible(false);
            summary.setText(Messages.get("check.panel.summary",
                    Messages.get("check.summary.stages", s.covered().size(), s.required().size()),
                    Messages.get("check.summary.tradeoffs", s.tradeoffsStated(), s.tradeoffStated().size()),
                    Messages.get("check.summary.counts", s.errors(), s.warnings(), s.info())));
        }
        profiles.setValue(p);
    }

    /** One finding: icon, message, and the reason in smaller grey text below. */
    private final class FindingCell extends ListCell<Finding> {
        /** Room taken by the icon, the cell's padding and the scroll bar. */
        private static final double TEXT_INSET = 58;
        private final Label message = new Label();
        private final Label reason = new Label();
        private final HBox row = new HBox(6);

        FindingCell() {
            message.setWrapText(true);
            reason.setWrapText(true);
            reason.getStyleClass().add("finding-reason");
            message.getStyleClass().add("finding-message");
            // a definite width lets each label compute its wrapped height, so no line is cut under any theme
            for (Label l : List.of(message, reason)) {
                l.prefWidthProperty().bind(list.widthProperty().subtract(TEXT_INSET));
                l.setMinHeight(Region.USE_PREF_SIZE);
            }
            setOnMouseClicked(e -> {
                if (!isEmpty() && getItem() != null) {
                    onActivated.accept(getItem());
                }
            });
            setPrefWidth(0); // wrap to the list's width instead of widening it
        }

        @Override
        protected void updateItem(Finding f, boolean empty) {
            super.updateItem(f, empty);
            getStyleClass().remove("finding-cell");
            if (empty || f == null) {
                setGraphic(null);
                setTooltip(null);
                setAccessibleText(null);
                return;
            }
            getStyleClass().add("finding-cell");
            message.setText(f.message());
            reason.setText(f.reason());
            VBox text = new VBox(2, message, reason);
            if (f.fix() != null && onFix != null) {
                text.getChildren().add(new StageFixLink(f.fix(), onFix));
            }
            HBox.setHgrow(text, Priority.ALWAYS);
            row.getChildren().setAll(SeverityStyle.icon(f.severity()), text);
            setGraphic(row);
            setTooltip(Tooltips.wrapping(f.reason()));
            setAccessibleText(Messages.get("check.severity." + f.severity().id()) + ": " + f.message());
        }
    }
}
