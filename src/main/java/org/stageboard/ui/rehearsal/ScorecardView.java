package org.stageboard.ui.rehearsal;

import javafx.geometry.VPos;
import javafx.scene.control.Label;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.score.DimensionScore;
import org.stageboard.rehearsal.score.Level;
import org.stageboard.rehearsal.score.Scorecard;

/**
 * The scorecard in the report window: one row per dimension, its level as four pips and a word (coloured by
 * level in the theme's colours), the evidence and what a stronger answer does, both wrapped to the window.
 */
final class ScorecardView extends GridPane {
    ScorecardView(Scorecard card) {
        getStyleClass().add("scorecard");
        setId("scorecard");
        ColumnConstraints name = new ColumnConstraints(120, 150, 190);
        ColumnConstraints level = new ColumnConstraints(80, 90, 110);
        ColumnConstraints evidence = new ColumnConstraints(160, 300, Double.MAX_VALUE);
        evidence.setHgrow(Priority.ALWAYS);
        evidence.setPercentWidth(-1);
        ColumnConstraints stronger = new ColumnConstraints(160, 300, Double.MAX_VALUE);
        stronger.setHgrow(Priority.ALWAYS);
        getColumnConstraints().addAll(name, level, evidence, stronger);
        String[] heads = {"rehearsal.report.col.dimension", "rehearsal.report.col.level",
            "rehearsal.report.col.evidence", "rehearsal.report.col.stronger"};
        for (int c = 0; c < heads.length; c++) {
            Label h = new Label(Messages.get(heads[c]));
            h.getStyleClass().addAll("table-header", "table-cell-text");
            add(h, c, 0);
        }
        int row = 1;
        for (DimensionScore s : card.scores()) {
            Label dim = wrapped(s.dimension().displayName(), "dimension");
            dim.setId("score-" + s.dimension().id());
            add(dim, 0, row);
            add(level(s.level()), 1, row);
            add(wrapped(s.evidence(), "evidence"), 2, row);
            add(wrapped(s.stronger(), "stronger"), 3, row);
            row++;
        }
    }

    private static VBox level(Level l) {
        HBox pips = new HBox(3);
        for (int p = 1; p <= 4; p++) {
            Region pip = new Region();
            pip.getStyleClass().add("pip");
            if (p <= l.points()) {
                pip.getStyleClass().add("on");
            }
            pips.getChildren().add(pip);
        }
        Label word = new Label(Messages.get("score.level." + l.name().toLowerCase(java.util.Locale.ROOT)));
        word.getStyleClass().add("level-name");
        VBox box = new VBox(3, pips, word);
        box.getStyleClass().add("level-" + l.name().toLowerCase(java.util.Locale.ROOT));
        return box;
    }

    private static Label wrapped(String text, String styleClass) {
        Label l = new Label(text);
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        l.getStyleClass().add(styleClass);
        GridPane.setValignment(l, VPos.TOP);
        return l;
    }
}
