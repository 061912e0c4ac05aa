package org.stageboard.ui.inspector;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.stageboard.edit.AddTradeOff;
import org.stageboard.edit.BoardEdit;
import org.stageboard.edit.Document;
import org.stageboard.edit.RemoveTradeOff;
import org.stageboard.edit.SetBoardTitle;
import org.stageboard.edit.SetEdgeLabel;
import org.stageboard.edit.SetNotes;
import org.stageboard.edit.SetPrompt;
import org.stageboard.edit.SetStage;
import org.stageboard.edit.SetTitle;
import org.stageboard.edit.SetTradeOffField;
import org.stageboard.edit.SetTradeOffField.TradeOffField;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.ui.canvas.Selection;

/**
 * What the inspector shows, as properties bound both ways to the board: the selected box's stage, title, notes and
 * trade-off rows, the selected arrow's label, and the board's title and prompt. Setting a property issues the
 * named {@link BoardEdit} for it; every document change and every new selection puts the board's values back.
 * No echo guard is needed: putting the board's own value into a property makes an edit that leaves the board as it
 * is, and the document records nothing. Needs no screen, so typing is specified with plain JUnit
 * ({@code InspectorModelTest}).
 */
public final class InspectorModel {
    private final Document document;
    private final Selection selection;
    private final ObjectProperty<Stage> stage = new SimpleObjectProperty<>();
    private final StringProperty title = new SimpleStringProperty("");
    private final StringProperty notes = new SimpleStringProperty("");
    private final ObservableList<TradeOffRow> tradeOffs = FXCollections.observableArrayList();
    /** Made once and kept: JavaFX holds a read-only wrapper's link to its list weakly, so a fresh one per call
     *  would lose its listeners to the garbage collector. */
    private final ObservableList<TradeOffRow> tradeOffsReadOnly = FXCollections.unmodifiableObservableList(tradeOffs);
    private final StringProperty edgeLabel = new SimpleStringProperty("");
    private final StringProperty boardTitle = new SimpleStringProperty("");
    private final StringProperty prompt = new SimpleStringProperty("");
    /** The box the box fields show, or null when not exactly one box is selected; edits go to it. */
    private String boxId;
    /** The box the trade-off rows were built for. */
    private String rowsBoxId;
    private String edgeId;
    /** One object for {@link #pull}, so a refresh put off during a drag is queued once. */
    private final Runnable pullNow = this::pull;

    public InspectorModel(Document document, Selection selection) {
        this(document, selection, Runnable::run);
    }

    /**
     * @param whenIdle runs the model's refresh from the selection and the board: at once, or later while boxes are
     *                 dragged (see {@link org.stageboard.ui.canvas.EditorSession#unlessDragging})
     */
    public InspectorModel(Document document, Selection selection, java.util.function.Consumer<Runnable> whenIdle) {
        this.document = document;
        this.selection = selection;
        pull();
        stage.addListener((o, a, s) -> {
            if (s != null && !selection.nodes().isEmpty()) {
                document.apply(new SetStage(selection.nodes(), s));
            }
        });
        title.addListener((o, a, t) -> editBox(id -> new SetTitle(id, t)));
        notes.addListener((o, a, t) -> editBox(id -> new SetNotes(id, t)));
        edgeLabel.addListener((o, a, t) -> {
            if (edgeId != null) {
                document.apply(new SetEdgeLabel(edgeId, t));
            }
        });
        boardTitle.addListener((o, a, t) -> document.apply(new SetBoardTitle(t)));
        prompt.addListener((o, a, t) -> document.apply(new SetPrompt(t)));
        Runnable pullWhenIdle = () -> whenIdle.accept(pullNow);
        selection.addListener(pullWhenIdle);
        document.addListener(e -> pullWhenIdle.run());
    }

    /** The selected boxes' stage; null when several boxes of different stages are selected. */
    public ObjectProperty<Stage> stageProperty() {
        return stage;
    }

    public StringProperty titleProperty() {
        return title;
    }

    /** The box's notes (its text). */
    public StringProperty notesProperty() {
        return notes;
    }

    /** The box's trade-off rows; rebuilt when another box is shown or a row is added or removed. */
    public ObservableList<TradeOffRow> tradeOffs() {
        return tradeOffsReadOnly;
    }

    public StringProperty edgeLabelProperty() {
        return edgeLabel;
    }

    public StringProperty boardTitleProperty() {
        return boardTitle;
    }

    public StringProperty promptProperty() {
        return prompt;
    }

    /** Appends an empty trade-off row to the box shown. */
    public void addTradeOff() {
        if (boxId != null) {
            document.apply(new AddTradeOff(boxId));
        }
    }

    public void removeTradeOff(int index) {
        if (boxId != null) {
            document.apply(new RemoveTradeOff(boxId, index));
        }
    }

    private void editBox(Function<String, BoardEdit> edit) {
        if (boxId != null) {
            // the box grows with what is typed, within the same (merged) undo step
            document.apply(edit.apply(boxId));
        }
    }

    /** Called by a row when one of its fields is typed in. */
    void editTradeOff(TradeOffRow row, TradeOffField field, String typed) {
        int index = tradeOffs.indexOf(row);
        // a row of a box no longer shown, or one being replaced, edits nothing
        if (boxId != null && boxId.equals(rowsBoxId) && index >= 0) {
            document.apply(new SetTradeOffField(boxId, index, field, typed));
        }
    }

    /** Puts the board's values into the properties for what is selected now. */
    private void pull() {
        Board b = document.board();
        Set<String> nodes = selection.nodes();
        Node box = nodes.size() == 1 ? b.node(nodes.iterator().next()).orElse(null) : null;
        boxId = box == null ? null : box.id();
        Set<String> edges = selection.edges();
        edgeId = nodes.isEmpty() && edges.size() == 1
                ? b.edge(edges.iterator().next()).map(e -> e.id()).orElse(null) : null;
        if (!nodes.isEmpty()) {
            stage.set(commonStage(b, nodes));
        }
        if (box != null) {
            title.set(box.title());
            notes.set(box.text());
            pullTradeOffs(box);
        }
        if (edgeId != null) {
            edgeLabel.set(b.edge(edgeId).orElseThrow().label());
        }
        boardTitle.set(b.title());
        prompt.set(b.prompt());
    }

    private static Stage commonStage(Board b, Set<String> ids) {
        Set<Stage> stages = new HashSet<>();
        b.nodes().stream().filter(n -> ids.contains(n.id())).forEach(n -> stages.add(n.stage()));
        return stages.size() == 1 ? stages.iterator().next() : null;
    }

    private void pullTradeOffs(Node box) {
        if (box.id().equals(rowsBoxId) && tradeOffs.size() == box.tradeoffs().size()) {
            for (int i = 0; i < tradeOffs.size(); i++) {
                tradeOffs.get(i).show(box.tradeoffs().get(i));
            }
            return;
        }
        rowsBoxId = box.id();
        List<TradeOffRow> fresh = new ArrayList<>();
        box.tradeoffs().forEach(t -> fresh.add(new TradeOffRow(this, t)));
        tradeOffs.setAll(fresh);
    }
}
