package org.stageboard.ui.progress;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import javafx.scene.Node;
import javafx.scene.chart.XYChart;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.input.KeyCode;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.UiTest;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.history.HistoryEntry;
import org.stageboard.rehearsal.history.HistoryStore;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;
import org.stageboard.template.Category;
import org.stageboard.ui.MainWindow;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.RecentFiles;
import org.testfx.api.FxRobot;
import org.testfx.api.FxToolkit;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** The Progress window on a seeded history, driven by clicks: charts, filters, and one click to a rehearsal. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class ProgressWindowTest {
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-01T09:00:00Z"), ZoneOffset.UTC);

    @TempDir
    Path dir;
    private MainWindow window;
    private HistoryStore store;
    private Locale before;

    @Start
    void start(Stage stage) {
        before = Messages.locale();
        Messages.setLocale(Locale.ENGLISH);
        window = new MainWindow(stage, RecentFiles.inMemory());
        window.files().setUnsavedPrompt(() -> FileController.Decision.DISCARD);
        stage.show();
    }

    @BeforeEach
    void seed() throws IOException {
        store = new HistoryStore(dir.resolve("history.json"));
        store.write(ProgressSeed.twelve());
    }

    @AfterEach
    void close() throws Exception {
        FxToolkit.cleanupStages();
        Messages.setLocale(before);
    }

    private ProgressView open(FxRobot robot) {
        robot.interact(() -> ProgressWindow.show(window, store, CLOCK, ZoneOffset.UTC));
        return robot.lookup("#progress-view").queryAs(ProgressView.class);
    }

    private static int points(XYChart<?, ?> chart) {
        return chart.getData().stream().mapToInt(s -> s.getData().size()).sum();
    }

    private static Set<Object> xValues(XYChart<?, ?> chart) {
        return chart.getData().stream().flatMap(s -> s.getData().stream()).map(XYChart.Data::getXValue)
                .collect(Collectors.toSet());
    }

    @Test
    void theChartsShowTheSeededSessions(FxRobot robot) {
        ProgressView view = open(robot);
        ProgressCharts c = view.charts();
        // ten scored sessions (the first two predate the scorer), seven dimensions each
        assertEquals(Dimension.values().length, c.levels.getData().size());
        assertEquals(10 * Dimension.values().length, points(c.levels));
        assertEquals("Evaluation", c.levels.getData().get(3).getName());
        assertEquals(List.of(1, 1, 1, 1, 2, 2, 2, 2, 2, 2), c.levels.getData().get(3).getData().stream()
                .map(d -> d.getYValue().intValue()).toList(), "evaluation's level per scored session");
        // every phase of all twelve sessions, as a share of its budget: clarify starts at 180 %
        assertEquals(7, c.phaseSeries().size());
        assertEquals(12 * 7, c.phaseSeries().stream().mapToInt(x -> x.getData().size()).sum());
        assertEquals("Budget (100 %)", c.phases.getData().get(7).getName(), "with the budget as a reference line");
        assertEquals(180, c.phases.getData().get(0).getData().get(0).getYValue().intValue());
        // findings stacked by rule: one series per rule seen, named as people read it
        assertEquals(List.of("Empty stage", "Missing stage", "No baseline", "Trade-off not stated"),
                c.findings.getData().stream().map(XYChart.Series::getName).toList());
        int seededFindings = ProgressSeed.twelve().stream().mapToInt(HistoryEntry::findingCount).sum();
        assertEquals(seededFindings, c.findings.getData().stream().flatMap(s -> s.getData().stream())
                .mapToInt(d -> d.getYValue().intValue()).sum());
        // templates practised: news feed and payment fraud three times each, on top
        XYChart.Series<Number, String> bars = c.templates.getData().get(0);
        assertEquals(7, bars.getData().size());
        assertEquals(3, bars.getData().get(0).getXValue().intValue());
        assertEquals(3, bars.getData().get(1).getXValue().intValue());
        assertTrue(robot.lookup("#progress-summary").queryAs(Label.class).getText().startsWith("12 sessions shown"));
        assertFalse(robot.lookup("#progress-no-match").query().isVisible());
        assertTrue(robot.lookup(".progress-rec").queryAll().size() >= 3, "what to practise next");
    }

    @Test
    void theCategoryFilterNarrowsEveryChart(FxRobot robot) {
        ProgressView view = open(robot);
        robot.clickOn("#progress-category");
        // the popup's cell, not a recommendation card that names the same category
        robot.clickOn(robot.lookup(".combo-box-popup .list-cell").match((javafx.scene.control.Labeled l) ->
                Category.FRAUD_AND_RISK.displayName().equals(l.getText())).queryAs(Node.class));
        ProgressCharts c = view.charts();
        assertEquals(5, view.shown().size());
        assertTrue(view.shown().stream().allMatch(e -> e.category().equals("fraud-and-risk")));
        assertEquals(5 * 8, points(c.phases), "seven phases and the budget line");
        assertEquals(4 * 7, points(c.levels), "four of the five fraud sessions are scored");
        assertEquals(Set.of("#1 10-27", "#3 11-02", "#6 11-12", "#9 11-23", "#11 11-27"), xValues(c.phases),
                "sessions keep their number in the whole history");
        assertEquals(3, c.templates.getData().get(0).getData().size(), "three fraud templates");
        assertTrue(robot.lookup("#progress-summary").queryAs(Label.class).getText().startsWith("5 sessions shown"));

        robot.clickOn("#progress-reset");
        assertEquals(12, view.shown().size());
    }

    @Test
    void theDateRangeNarrowsTheSessionsAndAnEmptyRangeSaysSo(FxRobot robot) {
        ProgressView view = open(robot);
        robot.clickOn("#progress-from").write("11/20/2026").push(KeyCode.ENTER);
        assertEquals(List.of("s9", "s10", "s11", "s12"), view.shown().stream().map(HistoryEntry::id).toList());
        assertEquals(4 * 8, points(view.charts().phases));
        robot.clickOn("#progress-to").write("11/21/2026").push(KeyCode.ENTER);
        assertTrue(view.shown().isEmpty());
        assertEquals(0, points(view.charts().phases));
        assertTrue(robot.lookup("#progress-no-match").query().isVisible(), "says no session matches");
    }

    @Test
    void aRecommendationStartsARehearsalOnItsTemplateInOneClick(FxRobot robot) throws IOException {
        open(robot);
        Button first = robot.lookup(".progress-rec .button").queryAs(Button.class);
        String templateId = first.getId().substring("rehearse-".length());
        assertTrue(window.templates().byId(templateId).isPresent(), templateId);
        robot.clickOn(first);
        assertEquals(templateId, window.document().board().templateId(), "the template's board is open");
        assertTrue(window.document().board().nodes().stream().allMatch(n -> n.text().isBlank()),
                "as a practice skeleton");
        assertNotNull(window.rehearsal().session(), "the rehearsal runs");
        assertTrue(window.rehearsal().isActive());

        // and when it finishes, it is recorded in the history with the scorecard its report shows
        window.rehearsal().setHistory(store);
        Path board = dir.resolve("drill.stageboard");
        window.files().setChooser((save, current) -> java.util.Optional.of(board));
        robot.interact(() -> window.rehearsal().finish());
        List<HistoryEntry> after = store.load().entries();
        assertEquals(13, after.size());
        HistoryEntry recorded = after.get(12);
        assertEquals(templateId, recorded.templateId());
        assertEquals(window.templates().byId(templateId).orElseThrow().category().id(), recorded.category());
        for (Dimension d : Dimension.values()) {
            assertEquals(Level.MISSING, recorded.level(d), "an empty skeleton finished at once scores lowest on " + d);
        }
        assertTrue(recorded.sessionFile().endsWith("drill.session.json"), recorded.sessionFile());
        assertTrue(recorded.findingCount() > 0, "an empty skeleton has findings");
        assertEquals(0, recorded.curveballsDelivered(), "finished before the first curveball was due");
        assertEquals(0, recorded.curveballsAnswered());
    }

    @Test
    void withoutHistoryTheWindowSaysHowToStartAndStillRecommends(FxRobot robot) throws IOException {
        Files.delete(dir.resolve("history.json"));
        open(robot);
        Label empty = robot.lookup("#progress-empty").queryAs(Label.class);
        assertTrue(empty.isVisible());
        assertTrue(empty.getText().startsWith("No finished rehearsals yet"));
        assertEquals(5, robot.lookup(".progress-rec").queryAll().size(), "never-practised templates to start with");
    }

    @Test
    void aDamagedHistoryIsReportedInTheWindowAndSetAside(FxRobot robot) throws IOException {
        Files.writeString(dir.resolve("history.json"), "{\"format\":\"stageboard-history\",\"version\":2,\"entries\":[",
                StandardCharsets.UTF_8);
        open(robot);
        String warning = robot.lookup("#progress-warning").queryAs(Label.class).getText();
        assertTrue(warning.contains("is damaged") && warning.contains("set aside"), warning);
        assertTrue(robot.lookup("#progress-empty").query().isVisible());
        try (var files = Files.list(dir)) {
            assertTrue(files.anyMatch(p -> p.getFileName().toString().startsWith("history.json.corrupt-")));
        }
    }

    @Test
    void theMenuShortcutOpensTheWindow(FxRobot robot) {
        int windows = robot.listWindows().size();
        robot.clickOn(window.canvas());
        robot.push(KeyCode.CONTROL, KeyCode.SHIFT, KeyCode.P);
        assertEquals(windows + 1, robot.listWindows().size());
        Node view = robot.lookup("#progress-view").query();
        assertEquals("Progress over time", ((Stage) view.getScene().getWindow()).getTitle());
    }
}
