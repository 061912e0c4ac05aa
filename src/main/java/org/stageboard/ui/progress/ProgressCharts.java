package org.stageboard.ui.progress;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.scene.chart.BarChart;
import javafx.scene.chart.CategoryAxis;
import javafx.scene.chart.LineChart;
import javafx.scene.chart.NumberAxis;
import javafx.scene.chart.StackedBarChart;
import javafx.scene.chart.XYChart;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.history.HistoryEntry;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;
import org.stageboard.rehearsal.SessionReport;

/**
 * The four charts of the Progress window, each refilled from the sessions the filters let through. Sessions are
 * the x axis in the order they were finished, labelled with their number in the whole history and their date, so a
 * session keeps its label whatever the filter.
 */
final class ProgressCharts {
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("MM-dd");
    /** The templates chart lists this many at most, the most practised first. */
    static final int MAX_TEMPLATE_BARS = 12;

    final LineChart<String, Number> levels = line("progress.chart.levels", "progress.chart.levels.axis");
    final LineChart<String, Number> phases = line("progress.chart.phases", "progress.chart.phases.axis");
    final StackedBarChart<String, Number> findings;
    final BarChart<Number, String> templates;

    private final ZoneId zone;

    ProgressCharts(ZoneId zone) {
        this.zone = zone;
        NumberAxis levelAxis = (NumberAxis) levels.getYAxis();
        levelAxis.setAutoRanging(false);
        levelAxis.setLowerBound(0.5);
        levelAxis.setUpperBound(4.5);
        levelAxis.setTickUnit(1);
        levelAxis.setMinorTickVisible(false);
        levelAxis.setTickLabelFormatter(new NumberAxis.DefaultFormatter(levelAxis) {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) && v >= 1 && v <= 4 ? String.valueOf((int) v) : "";
            }
        });
        findings = new StackedBarChart<>(axis("progress.chart.session"), numberAxis("progress.chart.findings.axis"));
        findings.setTitle(Messages.get("progress.chart.findings"));
        // horizontal: template titles are long, and read better as rows than as tilted column labels
        templates = new BarChart<>(numberAxis("progress.chart.templates.axis"), new CategoryAxis());
        templates.setTitle(Messages.get("progress.chart.templates"));
        templates.setLegendVisible(false);
        wholeNumbers((NumberAxis) templates.getXAxis());
        wholeNumbers((NumberAxis) findings.getYAxis());
        levels.setId("progress-levels");
        phases.setId("progress-phases");
        findings.setId("progress-findings");
        templates.setId("progress-templates");
        for (XYChart<?, ?> c : List.<XYChart<?, ?>>of(levels, phases, findings, templates)) {
            c.setAnimated(false); // a filter change redraws at once; animation also upsets category axes
            c.getStyleClass().add("progress-chart");
            c.setMinSize(280, 220);
        }
    }

    /** Counts have no halves: ticks between whole numbers stay unlabelled. */
    private static void wholeNumbers(NumberAxis a) {
        a.setMinorTickVisible(false);
        a.setTickLabelFormatter(new NumberAxis.DefaultFormatter(a) {
            @Override
            public String toString(Number n) {
                double v = n.doubleValue();
                return v == Math.rint(v) ? String.valueOf((long) v) : "";
            }
        });
    }

    private static LineChart<String, Number> line(String title, String yLabel) {
        LineChart<String, Number> c = new LineChart<>(axis("progress.chart.session"), numberAxis(yLabel));
        c.setTitle(Messages.get(title));
        return c;
    }

    private static CategoryAxis axis(String label) {
        CategoryAxis a = new CategoryAxis();
        a.setLabel(Messages.get(label));
        return a;
    }

    private static NumberAxis numberAxis(String label) {
        NumberAxis a = new NumberAxis();
        a.setLabel(Messages.get(label));
        a.setForceZeroInRange(true);
        return a;
    }

    /** "#7 11-02": the session's number in the whole history and its day. */
    String label(HistoryEntry e, int number) {
        return "#" + number + " " + DAY.format(e.finishedAt().atZone(zone));
    }

    /**
     * @param shown     the sessions the filters let through, oldest first
     * @param numbering each session's number in the whole history
     * @param titles    a template's title by id (the board's title for a board of its own)
     */
    void show(List<HistoryEntry> shown, Function<HistoryEntry, Integer> numbering, Function<HistoryEntry, String> titles) {
        List<String> sessions = new ArrayList<>();
        for (HistoryEntry e : shown) {
            sessions.add(label(e, numbering.apply(e)));
        }
        showLevels(shown, sessions);
        showPhases(shown, sessions);
        showFindings(shown, sessions);
        showTemplates(shown, titles);
    }

    private void showLevels(List<HistoryEntry> shown, List<String> sessions) {
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        List<String> scoredSessions = new ArrayList<>();
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i).isScored()) {
                scoredSessions.add(sessions.get(i));
            }
        }
        ((CategoryAxis) levels.getXAxis()).setCategories(FXCollections.observableArrayList(scoredSessions));
        for (Dimension d : Dimension.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(d.displayName());
            for (int i = 0; i < shown.size(); i++) {
                Level l = shown.get(i).level(d);
                if (l != null) {
                    s.getData().add(new XYChart.Data<>(sessions.get(i), l.points()));
                }
            }
            if (!s.getData().isEmpty()) {
                all.add(s);
            }
        }
        levels.getData().setAll(all);
    }

    private void showPhases(List<HistoryEntry> shown, List<String> sessions) {
        ((CategoryAxis) phases.getXAxis()).setCategories(FXCollections.observableArrayList(sessions));
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (Phase p : Phase.values()) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            s.setName(SessionReport.phaseName(p));
            for (int i = 0; i < shown.size(); i++) {
                HistoryEntry.PhaseTime t = shown.get(i).phase(p);
                if (t.budgetMillis() > 0) {
                    // share of the budget used: 100 is on time, above it over
                    s.getData().add(new XYChart.Data<>(sessions.get(i), Math.round(100.0 * t.spentMillis() / t.budgetMillis())));
                }
            }
            if (!s.getData().isEmpty()) {
                all.add(s);
            }
        }
        XYChart.Series<String, Number> budget = new XYChart.Series<>();
        budget.setName(Messages.get("progress.chart.phases.budget"));
        if (!all.isEmpty()) {
            sessions.forEach(x -> budget.getData().add(new XYChart.Data<>(x, 100)));
            all.add(budget);
        }
        phases.getData().setAll(all);
        // the budget is a reference, not a measurement: a dashed line without points
        if (budget.getNode() != null) {
            budget.getNode().getStyleClass().add("progress-budget-line");
        }
        budget.getData().forEach(d -> {
            if (d.getNode() != null) {
                d.getNode().setVisible(false);
            }
        });
    }

    /** The phase series of the time chart, without the budget reference line. */
    List<XYChart.Series<String, Number>> phaseSeries() {
        return phases.getData().subList(0, Math.max(0, phases.getData().size() - 1));
    }

    private void showFindings(List<HistoryEntry> shown, List<String> sessions) {
        ((CategoryAxis) findings.getXAxis()).setCategories(FXCollections.observableArrayList(sessions));
        TreeSet<String> rules = new TreeSet<>();
        shown.forEach(e -> rules.addAll(e.findings().keySet()));
        List<XYChart.Series<String, Number>> all = new ArrayList<>();
        for (String rule : rules) {
            XYChart.Series<String, Number> s = new XYChart.Series<>();
            // a rule this version no longer has keeps its id
            s.setName(org.stageboard.i18n.Messages.has("check." + rule + ".name")
                    ? org.stageboard.i18n.Messages.get("check." + rule + ".name") : rule);
            for (int i = 0; i < shown.size(); i++) {
                int n = shown.get(i).findings().getOrDefault(rule, 0);
                if (n > 0) {
                    s.getData().add(new XYChart.Data<>(sessions.get(i), n));
                }
            }
            all.add(s);
        }
        findings.getData().setAll(all);
    }

    private void showTemplates(List<HistoryEntry> shown, Function<HistoryEntry, String> titles) {
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (HistoryEntry e : shown) {
            counts.merge(titles.apply(e), 1, Integer::sum);
        }
        List<Map.Entry<String, Integer>> top = counts.entrySet().stream()
                .sorted(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()))
                .limit(MAX_TEMPLATE_BARS).toList();
        XYChart.Series<Number, String> s = new XYChart.Series<>();
        for (Map.Entry<String, Integer> e : top) {
            s.getData().add(new XYChart.Data<>(e.getValue(), e.getKey()));
        }
        // the most practised at the top: a vertical category axis runs bottom-up
        List<String> names = new ArrayList<>(top.stream().map(Map.Entry::getKey).toList());
        java.util.Collections.reverse(names);
        ((CategoryAxis) templates.getYAxis()).setCategories(FXCollections.observableArrayList(names));
        templates.getData().setAll(List.of(s));
    }
}
