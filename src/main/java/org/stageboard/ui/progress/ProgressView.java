package org.stageboard.ui.progress;

import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.control.Alert;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Label;
import javafx.scene.control.ListCell;
import javafx.scene.control.ScrollPane;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.ColumnConstraints;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.RowConstraints;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AtomicFiles;
import org.stageboard.rehearsal.history.HistoryCsv;
import org.stageboard.rehearsal.history.HistoryEntry;
import org.stageboard.rehearsal.history.Recommendations;
import org.stageboard.template.Category;
import org.stageboard.template.Template;
import org.stageboard.ui.kit.Dialogs;

/**
 * The Progress window's content: filters (category, date range), four charts of the sessions they let through, an
 * empty state when there is no history, and what to practise next with a button per pick.
 */
public final class ProgressView extends BorderPane {
    private static final int MAX_TITLE = 34;

    private final List<HistoryEntry> history;
    private final Map<String, Template> catalogue = new HashMap<>();
    private final Map<String, Integer> numbers = new HashMap<>();
    private final ZoneId zone;
    private final ProgressCharts charts;
    private final ComboBox<Category> category = new ComboBox<>();
    private final DatePicker from = new DatePicker();
    private final DatePicker to = new DatePicker();
    private final Label summary = new Label();
    private final Label noMatch = new Label(Messages.get("progress.emptyFiltered"));
    private final Label noScores = new Label(Messages.get("progress.chart.levels.none"));
    private List<HistoryEntry> shown = List.of();

    /**
     * @param history    finished sessions, oldest first
     * @param warning    one line about the history file (damaged and set aside...), or null
     * @param templates  the catalogue in the interface language, for titles, categories and recommendations
     * @param onRehearse called with a template id when a recommendation's button is pressed
     */
    public ProgressView(List<HistoryEntry> history, String warning, List<Template> templates, Instant now, ZoneId zone,
                        Consumer<String> onRehearse) {
        this.zone = zone;
        templates.forEach(t -> catalogue.putIfAbsent(t.id(), t));
        this.history = history.stream().map(this::withCategory).toList();
        for (int i = 0; i < this.history.size(); i++) {
            numbers.put(this.history.get(i).id(), i + 1);
        }
        this.charts = new ProgressCharts(zone);
        getStyleClass().add("progress-view");

        VBox top = new VBox(6);
        top.setPadding(new Insets(10, 12, 6, 12));
        if (warning != null) {
            Label w = new Label(warning);
            w.setId("progress-warning");
            w.getStyleClass().add("progress-warning");
            w.setWrapText(true);
            top.getChildren().add(w);
        }
        top.getChildren().add(filterBar());
        setTop(top);

        ScrollPane recs = new ScrollPane(new RecommendationList(
                Recommendations.choose(this.history, templates, now), onRehearse));
        recs.setId("progress-recommendations");
        recs.setFitToWidth(true);
        recs.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        recs.setPrefWidth(340);
        recs.setMinWidth(260);
        setRight(recs);

        if (this.history.isEmpty()) {
            Label empty = new Label(Messages.get("progress.empty"));
            empty.setId("progress-empty");
            empty.getStyleClass().add("progress-empty");
            empty.setWrapText(true);
            empty.setMaxWidth(460);
            setCenter(new StackPane(empty));
            top.getChildren().get(top.getChildren().size() - 1).setDisable(true);
        } else {
            setCenter(chartGrid());
        }
        refresh();
    }

    /** A version-1 session knows its template but not its category: the catalogue does. */
    private HistoryEntry withCategory(HistoryEntry e) {
        Template t = catalogue.get(e.templateId());
        return e.category().isBlank() && t != null ? e.withCategory(t.category().id()) : e;
    }

    private HBox filterBar() {
        List<Category> present = new ArrayList<>();
        present.add(null);
        for (Category c : Category.values()) {
            if (history.stream().anyMatch(e -> e.category().equals(c.id()))) {
                present.add(c);
            }
        }
        category.getItems().setAll(present);
        category.setId("progress-category");
        category.setButtonCell(new CategoryCell());
        category.setCellFactory(v -> new CategoryCell());
        category.getSelectionModel().selectFirst();
        category.valueProperty().addListener((o, a, b) -> refresh());
        from.setId("progress-from");
        to.setId("progress-to");
        for (DatePicker p : List.of(from, to)) {
            p.setPrefWidth(130);
            p.valueProperty().addListener((o, a, b) -> refresh());
        }
        Button reset = new Button(Messages.get("progress.filter.reset"));
        reset.setId("progress-reset");
        reset.setOnAction(e -> {
            category.getSelectionModel().selectFirst();
            from.setValue(null);
            to.setValue(null);
        });
        Button csv = new Button(Messages.get("progress.csv"));
        csv.setId("progress-csv");
        csv.setOnAction(e -> exportCsv());
        summary.setId("progress-summary");
        summary.getStyleClass().add("progress-summary");
        Region gap = new Region();
        HBox.setHgrow(gap, Priority.ALWAYS);
        HBox bar = new HBox(8, new Label(Messages.get("progress.filter.category")), category,
                new Label(Messages.get("progress.filter.from")), from, new Label(Messages.get("progress.filter.to")), to,
                reset, gap, summary, csv);
        bar.setAlignment(Pos.CENTER_LEFT);
        bar.setMinWidth(0);
        return bar;
    }

    private Region chartGrid() {
        GridPane grid = new GridPane();
        grid.setHgap(8);
        grid.setVgap(8);
        grid.setPadding(new Insets(4, 8, 8, 12));
        for (int i = 0; i < 2; i++) {
            ColumnConstraints c = new ColumnConstraints();
            c.setPercentWidth(50);
            c.setHgrow(Priority.ALWAYS);
            grid.getColumnConstraints().add(c);
            RowConstraints r = new RowConstraints();
            r.setPercentHeight(50);
            r.setVgrow(Priority.ALWAYS);
            grid.getRowConstraints().add(r);
        }
        noScores.getStyleClass().add("progress-note");
        noScores.setWrapText(true);
        noScores.setMaxWidth(320);
        noScores.setMouseTransparent(true);
        grid.add(new StackPane(charts.levels, noScores), 0, 0);
        grid.add(charts.phases, 1, 0);
        grid.add(charts.findings, 0, 1);
        grid.add(charts.templates, 1, 1);
        noMatch.setId("progress-no-match");
        noMatch.getStyleClass().add("progress-empty");
        noMatch.setMouseTransparent(true);
        return new StackPane(grid, noMatch);
    }

    /** Applies the filters and redraws. */
    private void refresh() {
        Category c = category.getValue();
        LocalDate start = from.getValue();
        LocalDate end = to.getValue();
        shown = history.stream().filter(e -> c == null || e.category().equals(c.id())).filter(e -> {
            LocalDate day = e.finishedAt().atZone(zone).toLocalDate();
            return (start == null || !day.isBefore(start)) && (end == null || !day.isAfter(end));
        }).toList();
        charts.show(shown, e -> numbers.get(e.id()), this::titleOf);
        noMatch.setVisible(!history.isEmpty() && shown.isEmpty());
        noScores.setVisible(!shown.isEmpty() && shown.stream().noneMatch(HistoryEntry::isScored));
        summary.setText(shown.isEmpty() ? "" : Messages.get("progress.summary", shown.size(),
                shown.get(0).finishedAt().atZone(zone).toLocalDate(),
                shown.get(shown.size() - 1).finishedAt().atZone(zone).toLocalDate()));
    }

    /** The template's title in the interface language; a board of its own by its title. */
    private String titleOf(HistoryEntry e) {
        Template t = catalogue.get(e.templateId());
        String s = t != null ? t.title() : !e.title().isBlank() ? e.title() : e.templateId();
        s = s.replaceAll("\\s+", " ").strip();
        return s.length() > MAX_TITLE ? s.substring(0, MAX_TITLE - 1) + "\u2026" : s;
    }

    private void exportCsv() {
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("progress.csv.title"));
        chooser.setInitialFileName("stageboard-history.csv");
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter("CSV", "*.csv"));
        Optional.ofNullable(chooser.showSaveDialog(getScene().getWindow())).map(java.io.File::toPath)
                .ifPresent(this::writeCsv);
    }

    /** Writes the sessions shown, with a byte-order mark so spreadsheets read Chinese and Russian as UTF-8. */
    void writeCsv(Path target) {
        try {
            AtomicFiles.write(target, out -> {
                Writer w = new java.io.OutputStreamWriter(out, StandardCharsets.UTF_8);
                w.write('\ufeff');
                HistoryCsv.write(shown, w);
                w.flush();
            });
        } catch (IOException e) {
            Dialogs.alert(getScene().getWindow(), Alert.AlertType.ERROR,
                    Messages.get("progress.csv.failed", target, e.getMessage())).showAndWait();
        }
    }

    ProgressCharts charts() {
        return charts;
    }

    /** The sessions the filters let through, oldest first. */
    public List<HistoryEntry> shown() {
        return shown;
    }

    private static final class CategoryCell extends ListCell<Category> {
        @Override
        protected void updateItem(Category c, boolean empty) {
            super.updateItem(c, empty);
            setText(empty ? null : Objects.isNull(c) ? Messages.get("progress.filter.all") : c.displayName());
        }
    }
}
