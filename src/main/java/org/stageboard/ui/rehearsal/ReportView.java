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
import org.stageboard.ui.kit.Windows;

/** The end-of-session report, rendered from its Markdown, in its own (non-modal) window. */
public final class ReportView extends BorderPane {
    private final String markdown;

    public ReportView(SessionReport report) {
        this.markdown = report.toMarkdown();
        getStyleClass().add("report-view");
        getStylesheets().add(Objects.requireNonNull(
                ReportView.class.getResource("/org/stageboard/ui/rehearsal/rehearsal.css")).toExternalForm());
        ScrollPane scroll = new ScrollPane(MarkdownView.render(markdown));
        scroll.setFitToWidth(true);
        scroll.setPadding(new Insets(12));
        setCenter(scroll);
    }

    public String markdown() {
        return markdown;
    }

    /** Opens the report in a window owned by {@code owner} (may be null) and returns it. */
    public static Stage show(Window owner, SessionReport report) {
        Stage stage = new Stage();
        if (owner != null) {
            stage.initOwner(owner);
        }
        stage.initModality(Modality.NONE);
        Windows.fitWhenShown(stage);
        stage.setTitle(Messages.get("rehearsal.report.window"));
        ReportView view = new ReportView(report);
        Button close = new Button(Messages.get("rehearsal.report.close"));
        close.setId("report-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        HBox bar = new HBox(close);
        bar.setAlignment(Pos.CENTER_RIGHT);
        bar.setPadding(new Insets(8));
        view.setBottom(bar);
        stage.setScene(new Scene(view, 640, 720));
        stage.show();
        return stage;
    }
}
