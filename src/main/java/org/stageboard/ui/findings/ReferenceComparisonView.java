package org.stageboard.ui.findings;

import java.util.List;
import java.util.stream.Collectors;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.VBox;
import javafx.scene.paint.Color;
import org.stageboard.check.ReferenceComparison;
import org.stageboard.check.ReferenceComparison.PointResult;
import org.stageboard.check.ReferenceComparison.StageResult;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * Shows, stage by stage, which points of a reference answer the user's board covers and which it misses, each
 * with the user's own sentences that matched it (or come closest), so the verdict can be checked rather than
 * trusted. Only whole phrases reach the screen: the matching stems stay inside the comparison.
 */
public final class ReferenceComparisonView extends ScrollPane {
    private final VBox content = new VBox(6);
    private List<StageResult> results = List.of();

    public ReferenceComparisonView() {
        content.setPadding(new Insets(8));
        setContent(content);
        setFitToWidth(true);
        getStyleClass().add("reference-comparison");
        content.getChildren().setAll(new Label(Messages.get("check.compare.empty")));
    }

    /** Compares and shows; call again whenever either board changes. */
    public void show(Board user, Board reference) {
        results = ReferenceComparison.compare(user, reference);
        content.getChildren().clear();
        for (StageResult r : results) {
            VBox points = new VBox(4);
            for (PointResult p : r.points()) {
                points.getChildren().add(pointLabel(p));
            }
            String stage = Messages.stageName(r.stage());
            TitledPane pane = new TitledPane(Messages.get("check.compare.stage", stage,
                    r.covered() + r.coveredElsewhere(), r.points().size()), points);
            pane.getStyleClass().add("compare-stage");
            content.getChildren().add(pane);
        }
        if (results.isEmpty()) {
            content.getChildren().add(new Label(Messages.get("check.compare.nothing")));
        }
    }

    /** The results on show, for the window and tests. */
    public List<StageResult> results() {
        return results;
    }

    private static Label pointLabel(PointResult p) {
        String status = switch (p.status()) {
            case COVERED -> "\u2713 " + Messages.get("check.compare.covered");
            case COVERED_ELSEWHERE -> "\u21AA " + Messages.get("check.compare.elsewhere",
                    Messages.stageName(p.foundIn()));
            case MISSED -> "\u2717 " + Messages.get("check.compare.missed");
        };
        StringBuilder text = new StringBuilder(p.point().text()).append('\n').append(status);
        if (!p.words().isEmpty()) {
            String quoted = p.words().stream().map(w -> Messages.get("check.compare.quote", w.text()))
                    .collect(Collectors.joining(" \u00b7 "));
            text.append(" \u2014 ").append(Messages.get(p.status() == ReferenceComparison.Status.MISSED
                    ? "check.compare.closest" : "check.compare.yourWords", quoted));
        }
        Label l = new Label(text.toString());
        l.setWrapText(true);
        l.setTextFill(switch (p.status()) {
            case COVERED -> Color.web("#2e7d32");
            case COVERED_ELSEWHERE -> Color.web("#8d6e00");
            case MISSED -> Color.web("#c62828");
        });
        l.getStyleClass().add("compare-point-" + p.status().name().toLowerCase(java.util.Locale.ROOT));
        return l;
    }
}
