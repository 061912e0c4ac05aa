package org.stageboard.ui.progress;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.history.Recommendations;

/** "What to practise next": one card per pick with its reason and a button that starts a rehearsal on it. */
final class RecommendationList extends VBox {
    RecommendationList(List<Recommendations.Pick> picks, Consumer<String> onRehearse) {
        super(10);
        getStyleClass().add("progress-recs");
        setPadding(new Insets(12));
        Label heading = new Label(Messages.get("progress.recs.title"));
        heading.getStyleClass().add("progress-heading");
        getChildren().add(heading);
        if (picks.isEmpty()) {
            Label none = new Label(Messages.get("progress.recs.none"));
            none.setWrapText(true);
            getChildren().add(none);
        }
        for (Recommendations.Pick p : picks) {
            getChildren().add(card(p, onRehearse));
        }
    }

    private static VBox card(Recommendations.Pick p, Consumer<String> onRehearse) {
        Label title = new Label(p.title());
        title.getStyleClass().add("progress-rec-title");
        title.setWrapText(true);
        Label what = new Label(p.dimension() != null ? Recommendations.dimensionName(p.dimension())
                + "  \u00b7  " + p.category().displayName() : p.category().displayName());
        what.getStyleClass().add("progress-rec-what");
        what.setWrapText(true);
        Label reason = new Label(p.reason());
        reason.getStyleClass().add("progress-rec-reason");
        reason.setWrapText(true);
        reason.setMinHeight(Region.USE_PREF_SIZE);
        Button go = new Button(Messages.get("progress.recs.start"));
        go.setId("rehearse-" + p.templateId());
        go.getStyleClass().add("accent");
        go.setOnAction(e -> onRehearse.accept(p.templateId()));
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox buttons = new HBox(gap, go);
        VBox card = new VBox(4, title, what, reason, buttons);
        card.getStyleClass().add("progress-rec");
        card.setPadding(new Insets(10));
        return card;
    }
}
