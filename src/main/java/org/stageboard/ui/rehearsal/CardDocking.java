package org.stageboard.ui.rehearsal;

import java.util.ArrayList;
import java.util.List;
import javafx.beans.InvalidationListener;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.layout.StackPane;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.CardDock;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.canvas.EditorSession;

/**
 * Keeps the follow-up card in the canvas corner where it covers none of the boxes its question is about
 * ({@link CardDock} decides), moving it when the question, the board or the view changes.
 */
final class CardDocking {
    private static final double MARGIN = 12;
    private final FollowUpCard card;
    private final EditorSession session;
    /** Only where boxes are on screen and how big the canvas is. */
    private final BoardCanvas canvas;
    private final InvalidationListener relayout = o -> javafx.application.Platform.runLater(this::dock);
    private final org.stageboard.edit.Document.Listener boardListener = e -> relayout.invalidated(null);
    private boolean panning;
    /** The question the board was last panned for: pan once per question, never in a loop with the view. */
    private String pannedFor;

    CardDocking(FollowUpCard card, EditorSession session, BoardCanvas canvas) {
        this.card = card;
        this.session = session;
        this.canvas = canvas;
        card.setOnQuestionChanged(() -> relayout.invalidated(null));
        watched().forEach(o -> o.addListener(relayout));
        session.document().addListener(boardListener);
        relayout.invalidated(null);
    }

    void dispose() {
        card.setOnQuestionChanged(() -> { });
        watched().forEach(o -> o.removeListener(relayout));
        session.document().removeListener(boardListener);
    }

    /** What moves the card's corner or the boxes under it on screen. */
    private List<javafx.beans.Observable> watched() {
        return List.of(canvas.widthProperty(), canvas.heightProperty(), session.viewport().zoomProperty(),
                session.viewport().panXProperty(), session.viewport().panYProperty(), card.heightProperty());
    }

    /** Puts the card in its corner; pans the board sideways when every corner would cover its boxes. */
    void dock() {
        if (panning || card.getParent() == null || canvas.getWidth() <= 0) {
            return;
        }
        Stage stage = card.shownStage();
        List<Rect> talkedAbout = new ArrayList<>();
        List<Rect> others = new ArrayList<>();
        for (Node n : session.board().nodes()) {
            (n.stage() == stage ? talkedAbout : others).add(canvas.screenBounds(n));
        }
        double w = Math.min(card.getMaxWidth(), card.prefWidth(-1));
        double h = card.prefHeight(w);
        CardDock.Placement p = CardDock.choose(canvas.getWidth(), canvas.getHeight(), w, h, MARGIN, talkedAbout, others);
        StackPane.setAlignment(card, switch (p.corner()) {
            case BOTTOM_LEFT -> Pos.BOTTOM_LEFT;
            case BOTTOM_RIGHT -> Pos.BOTTOM_RIGHT;
            case TOP_RIGHT -> Pos.TOP_RIGHT;
            case TOP_LEFT -> Pos.TOP_LEFT;
        });
        StackPane.setMargin(card, new Insets(MARGIN));
        if ((p.panX() != 0 || p.panY() != 0) && !card.questionText().equals(pannedFor)) {
            pannedFor = card.questionText();
            panning = true;
            session.viewport().panBy(p.panX(), p.panY());
            panning = false;
        }
    }

    /** Where the card is now, in the canvas's coordinates. */
    Rect cardBounds() {
        javafx.geometry.Bounds b = canvas.sceneToLocal(card.localToScene(card.getLayoutBounds()));
        return new Rect(b.getMinX(), b.getMinY(), b.getWidth(), b.getHeight());
    }
}
