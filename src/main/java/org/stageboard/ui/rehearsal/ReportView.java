package org.stageboard.ui.rehearsal;

import java.util.Objects;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.stage.Modality;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.SessionReport;
import org.stageboard.rehearsal.score.ScoredReport;
import org.stageboard.ui.kit.Windows;

/** The end-of-session report, rendered from its Markdown, in its own (non-modal) window. */
public final class ReportView extends BorderPane {
    private final String markdown;

    public ReportView(SessionReport report) {
        this(report.toMarkdown(), null);
    }

    /**
     * The report with its scorecard: the scorecard first, as a table that wraps to the window (what the candidate
     * looks for), then the rest of the report; {@link #markdown()} is the whole report as saved.
     */
    public ReportView(ScoredReport report) {
        this(report.toMarkdown(), report);
    }

    private ReportView(String markdown, ScoredReport scored) {
        this.markdown = markdown;
        getStyleClass().add("report-view");
        getStylesheets().add(Objects.requireNonNull(
                ReportView.class.getResource("/org/stageboard/ui/rehearsal/rehearsal.css")).toExternalForm());
        javafx.scene.layout.VBox content = MarkdownView.render(scored == null ? markdown
                : scored.report().toMarkdown(null, scored.curveballsMarkdown()));
        if (scored != null) {
            javafx.scene.control.Label title = new javafx.scene.control.Label(
                    Messages.get("rehearsal.report.scorecard"));
            title.getStyleClass().add("h2");
            // after the heading, the prompt and the time line: the scorecard is what the candidate looks for first
            int at = 0;
            while (at < content.getChildren().size()
                    && !content.getChildren().get(at).getStyleClass().contains("h2")) {
                at++;
            }
            content.getChildren().addAll(at, java.util.List.of(title, new ScorecardView(scored.scorecard())));
        }
        ScrollPane scroll = new ScrollPane(content);
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(12));
        setCenter(scroll);
    }

    public String markdown() {
        return markdown;
    }

    /** Opens the report with its scorecard in a window owned by {@code owner} (may be null) and returns it. */
    public static Stage show(Window owner, ScoredReport report) {
        return show(owner, new ReportView(report));
    }

    /** Opens the report in a window owned by {@code owner} (may be null) and returns it. */
    public static Stage show(Window owner, SessionReport report) {
        return show(owner, new ReportView(report));
    }

    private static Stage show(Window owner, ReportView view) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        Windows.fitWhenShown(stage);
        stage.setTitle(Messages.get("rehearsal.report.window"));
        Button close = new Button(Messages.get("rehearsal.report.close"));
        close.setId("report-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8));
        view.setBottom(bar);
        stage.setScene(new Scene(view, 960, 760));
        stage.show();
        return stage;
    }
}
