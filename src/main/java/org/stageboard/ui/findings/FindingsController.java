package org.stageboard.ui.findings;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.collections.ListChangeListener;
import org.stageboard.check.Finding;
import org.stageboard.check.Severity;
import org.stageboard.model.Node;
import org.stageboard.render.BoardView;
import org.stageboard.ui.canvas.EditorSession;

/**
 * Keeps the findings panel and the canvas badges in step with the document: every published board is re-checked,
 * each box with findings carries a badge of its worst severity, and clicking a finding reveals its box.
 * Both can be hidden (a mock interview over a shared screen) and shown again.
 */
public final class FindingsController {
    private final FindingsPanel panel;
    private final EditorSession session;
    private final BoardView view;
    private final Consumer<String> revealBox;
    private final BooleanProperty visible = new SimpleBooleanProperty(true);

    /**
     * @param view      the board view whose boxes carry the badges
     * @param revealBox selects a box, pans to it and gives the canvas the keyboard
     */
    public FindingsController(FindingsPanel panel, EditorSession session, BoardView view, Consumer<String> revealBox) {
        this.panel = panel;
        this.session = session;
        this.view = view;
        this.revealBox = revealBox;
        panel.setOnFindingActivated(this::reveal);
        panel.setOnFix(fix -> StageFixLink.apply(session.document(), fix));
        panel.readings().setOnReveal(revealBox);
        panel.findings().addListener((ListChangeListener<Finding>) c -> refreshBadges());
        session.document().addListener(e -> {
            if (e.delta().placesOnly()) {
                // no rule reads where a box stands or how big it is: a drag step keeps the findings, unchecked
                panel.keep(e.after());
            } else {
                // the findings list changes with the board; its listener moves the badges
                panel.update(e.after());
            }
        });
        visible.addListener((o, a, b) -> refreshBadges());
        // an empty board's check (the first loads the checker's rules and vocabularies) waits for checkIfUnchecked
        panel.updateUnlessEmpty(session.board());
    }

    /**
     * Runs the check put off by the constructor if no edit has run one since: the window calls it after its first
     * frame.
     */
    public void checkIfUnchecked() {
        panel.checkIfUnchecked();
    }

    public BooleanProperty visibleProperty() {
        return visible;
    }

    public FindingsPanel panel() {
        return panel;
    }

    /** Selects and pans to the box a finding is about; a stage-wide finding goes to that stage's first box. */
    public void reveal(Finding f) {
        String id = f.nodeId();
        if (id == null && f.stage() != null) {
            id = session.board().nodesOf(f.stage()).stream().map(Node::id).findFirst().orElse(null);
        }
        if (id != null) {
            revealBox.accept(id);
        }
    }

    /** Each box with findings gets a badge: how many, styled by the worst severity, with their messages. */
    private void refreshBadges() {
        Map<String, BoardView.Badge> next = new HashMap<>();
        if (visible.get()) {
            Map<String, List<Finding>> byNode = panel.findings().stream().filter(f -> f.nodeId() != null)
                    .collect(Collectors.groupingBy(Finding::nodeId));
            byNode.forEach((id, list) -> {
                Severity worst = list.stream().map(Finding::severity).min(Enum::compareTo).orElse(Severity.INFO);
                next.put(id, new BoardView.Badge(Integer.toString(list.size()),
                        "badge-" + worst.name().toLowerCase(java.util.Locale.ROOT),
                        list.size() == 1 ? list.get(0).message()
                                : list.stream().map(f -> "• " + f.message()).collect(Collectors.joining("\n"))));
            });
        }
        view.setBadges(next);
    }
}
