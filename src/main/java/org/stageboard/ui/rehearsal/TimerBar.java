package org.stageboard.ui.rehearsal;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.Animation;
import javafx.animation.KeyFrame;
import javafx.animation.Timeline;
import javafx.application.Platform;
import javafx.beans.value.ObservableValue;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.stage.Window;
import javafx.util.Duration;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.SessionReport;
import org.stageboard.rehearsal.SessionTimer;
import org.stageboard.rehearsal.curveball.CurveballSchedule;

/**
 * A compact bar for the top of the editor: preset chooser, Start, countdown, the scheduled phase, a progress
 * bar per phase (as wide as its share of the time), Pause/Resume, Finish, and a quiet overrun cue (the bar
 * turns amber and says which phase is over). A Timeline ticks the core {@link SessionTimer} four times a second.
 */
public final class TimerBar extends javafx.scene.layout.VBox {
    private static final String PRESET_45 = "45";
    private static final String PRESET_60 = "60";
    private static final String CUSTOM = "custom";

    private final LongSupplier clock;
    private final ComboBox<String> preset = new ComboBox<>();
    private final Spinner<Integer> minutes = new Spinner<>(5, 180, 30, 5);
    /** How many requirement changes the session throws in (off, one, two). */
    private final ComboBox<CurveballSchedule.Count> curveballs = new ComboBox<>();
    private final Button start = new Button(Messages.get("rehearsal.timer.start"));
    private final Button pause = new Button(Messages.get("rehearsal.timer.pause"));
    private final Button finish = new Button(Messages.get("rehearsal.timer.finish"));
    private final Label countdown = new Label();
    private final Label phase = new Label();
    private final Label cue = new Label();
    private final PhaseStrip phaseBars = new PhaseStrip();
    private final Timeline ticker;
    private final ObservableValue<Boolean> windowShowing;
    private SessionTimer timer;
    private boolean finishReported;
    private Consumer<SessionTimer> onStart = t -> { };
    private Runnable onFinish = () -> { };
    private Runnable onTick = () -> { };

    public TimerBar() {
        this(System::currentTimeMillis);
    }

    /** @param clock milliseconds; tests pass a clock they move by hand */
    public TimerBar(LongSupplier clock) {
        super(4);
        this.clock = Objects.requireNonNull(clock);
        getStyleClass().add("timer-bar");
        getStylesheets().add(Objects.requireNonNull(
                TimerBar.class.getResource("/org/stageboard/ui/rehearsal/rehearsal.css")).toExternalForm());

        preset.getItems().addAll(PRESET_45, PRESET_60, CUSTOM);
        preset.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(String s) {
                if (s == null) {
                    return "";
                }
                return switch (s) {
                    case PRESET_45 -> Messages.get("rehearsal.timer.preset45");
                    case PRESET_60 -> Messages.get("rehearsal.timer.preset60");
                    default -> Messages.get("rehearsal.timer.custom");
                };
            }

            @Override
            public String fromString(String s) {
                return s;
            }
        });
        preset.setValue(PRESET_45);
        preset.setId("timer-preset");
        minutes.setEditable(true);
        minutes.setPrefWidth(80);
        minutes.setId("timer-minutes");
        minutes.setTooltip(new Tooltip(Messages.get("rehearsal.timer.minutes")));
        minutes.visibleProperty().bind(preset.valueProperty().isEqualTo(CUSTOM));
        minutes.managedProperty().bind(minutes.visibleProperty());
        preset.valueProperty().addListener((o, a, b) -> showPlan(selectedPlan()));
        minutes.valueProperty().addListener((o, a, b) -> showPlan(selectedPlan()));

        curveballs.getItems().addAll(CurveballSchedule.Count.values());
        curveballs.setValue(CurveballSchedule.Count.ONE);
        curveballs.setId("timer-curveballs");
        curveballs.setTooltip(new Tooltip(Messages.get("rehearsal.curveball.setting")));
        curveballs.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(CurveballSchedule.Count c) {
                return c == null ? "" : Messages.get("rehearsal.curveball." + c.id());
            }

            @Override
            public CurveballSchedule.Count fromString(String s) {
                return CurveballSchedule.Count.byId(s);
            }
        });

        countdown.getStyleClass().add("countdown");
        countdown.setId("timer-countdown");
        phase.getStyleClass().add("phase-name");
        phase.setId("timer-phase");
        cue.getStyleClass().add("overrun-cue");
        cue.setId("timer-cue");
        start.setId("timer-start");
        pause.setId("timer-pause");
        finish.setId("timer-finish");
        start.setOnAction(e -> start());
        pause.setOnAction(e -> togglePause());
        finish.setOnAction(e -> finish());
        cue.managedProperty().bind(cue.visibleProperty());

        // controls on one row, the labelled phases on their own full-width row under them, so neither squeezes
        // the other in a long language; the overrun cue takes what is left of the row and wraps rather than cut
        HBox controls = new HBox(8, preset, minutes, curveballs, start, countdown, phase, pause, finish, cue);
        controls.setAlignment(Pos.CENTER_LEFT);
        controls.getStyleClass().add("timer-controls");
        for (javafx.scene.Node n : controls.getChildren()) {
            if (n instanceof javafx.scene.control.Control c && n != cue) {
                c.setMinWidth(Region.USE_PREF_SIZE);
            }
        }
        cue.setWrapText(true);
        cue.setMinHeight(Region.USE_PREF_SIZE);
        cue.setMinWidth(0);
        HBox.setHgrow(cue, javafx.scene.layout.Priority.ALWAYS);
        getChildren().addAll(controls, phaseBars);
        // refreshed after the pulse, not in it: the end of time saves the board and may open dialogs, which JavaFX
        // refuses to wait for during an animation
        ticker = new Timeline(new KeyFrame(Duration.millis(250), e -> Platform.runLater(this::refresh)));
        ticker.setCycleCount(Animation.INDEFINITE);
        // a Timeline outlives its window: a closed window's clock stops, or the end of time would save a board nobody sees
        windowShowing = sceneProperty().flatMap(Scene::windowProperty).flatMap(Window::showingProperty).orElse(false);
        windowShowing.addListener((o, was, showing) -> {
            if (!showing) {
                ticker.stop();
            } else if (timer != null && !timer.isFinished()) {
                ticker.play();
            }
        });
        showPlan(selectedPlan());
    }

    /** Called with the new, running timer when the user presses Start; build the session from it. */
    public void setOnStart(Consumer<SessionTimer> handler) {
        onStart = Objects.requireNonNull(handler);
    }

    /** Called once when the session ends (Finish pressed or time up). */
    public void setOnFinish(Runnable handler) {
        onFinish = Objects.requireNonNull(handler);
    }

    /** Called on every tick of a running session, after the timer is updated (curveballs fall due here). */
    public void setOnTick(Runnable handler) {
        onTick = Objects.requireNonNull(handler);
    }

    /** How many curveballs the next session throws, as chosen in the bar. */
    public CurveballSchedule.Count curveballCount() {
        return curveballs.getValue() == null ? CurveballSchedule.Count.ONE : curveballs.getValue();
    }

    public void setCurveballCount(CurveballSchedule.Count count) {
        curveballs.setValue(Objects.requireNonNull(count));
    }

    /** Told when the user picks another curveball count (the window remembers it in the settings). */
    public void setOnCurveballCountChosen(Consumer<CurveballSchedule.Count> handler) {
        curveballs.valueProperty().addListener((o, a, b) -> {
            if (b != null) {
                handler.accept(b);
            }
        });
    }

    /** The running (or finished) session's timer; null before Start. */
    public SessionTimer timer() {
        return timer;
    }

    /** The plan the preset chooser describes right now. */
    public PhasePlan selectedPlan() {
        String p = preset.getValue();
        if (PRESET_60.equals(p)) {
            return PhasePlan.preset60();
        }
        if (CUSTOM.equals(p)) {
            Integer m = minutes.getValue();
            return PhasePlan.forMinutes(m == null ? 30 : m);
        }
        return PhasePlan.preset45();
    }

    /** Starts a session with the chosen plan (the Start button). */
    public void start() {
        if (timer != null && !timer.isFinished()) {
            return;
        }
        timer = new SessionTimer(selectedPlan(), clock);
        finishReported = false;
        timer.start();
        showPlan(timer.plan());
        ticker.play();
        onStart.accept(timer);
        refresh();
    }

    /** Pause or resume (the Pause button; a good key is Space when the canvas has no text focus). */
    public void togglePause() {
        if (timer != null) {
            timer.togglePause();
            refresh();
        }
    }

    public void finish() {
        if (timer != null && !timer.isFinished()) {
            timer.finish();
            refresh();
        }
    }

    /** Ticks the timer and redraws; the Timeline calls this, tests may too. */
    public void refresh() {
        if (timer == null) {
            countdown.setText(SessionReport.clock(selectedPlan().totalMillis()));
            phase.setText(Messages.get("rehearsal.timer.ready"));
            setControls(false, false);
            setOverrun(null);
            return;
        }
        timer.tick();
        countdown.setText(SessionReport.clock(timer.remaining()));
        Map<Phase, Double> progress = new EnumMap<>(Phase.class);
        for (Phase p : Phase.values()) {
            progress.put(p, timer.progress(p));
        }
        phaseBars.update(progress, timer.currentPhase(),
                timer.isOverrun() && !timer.isFinished() ? timer.workingPhase() : null);
        switch (timer.state()) {
            // the strip already outlines the phase; the word alone keeps the bar narrow enough for 1200 px
            case PAUSED -> phase.setText(Messages.get("rehearsal.timer.paused"));
            case FINISHED -> phase.setText(Messages.get("rehearsal.timer.finished"));
            default -> phase.setText(SessionReport.phaseName(timer.currentPhase()));
        }
        pause.setText(Messages.get(timer.state() == SessionTimer.State.PAUSED
                ? "rehearsal.timer.resume" : "rehearsal.timer.pause"));
        setControls(!timer.isFinished(), timer.isFinished());
        setOverrun(timer.isOverrun() && !timer.isFinished() ? Messages.get("rehearsal.timer.overrun",
                SessionReport.phaseName(timer.workingPhase()), SessionReport.clock(timer.overrunBy())) : null);
        if (!timer.isFinished()) {
            onTick.run();
        }
        if (timer.isFinished() && !finishReported) {
            finishReported = true;
            ticker.stop();
            onFinish.run();
        }
    }

    private void setControls(boolean running, boolean finished) {
        preset.setDisable(running);
        minutes.setDisable(running);
        curveballs.setDisable(running);
        start.setDisable(running);
        pause.setDisable(!running);
        finish.setDisable(!running);
    }

    private void setOverrun(String text) {
        cue.setText(text == null ? "" : text);
        cue.setVisible(text != null);
        getStyleClass().remove("overrun");
        if (text != null) {
            getStyleClass().add("overrun");
        }
    }

    private void showPlan(PhasePlan plan) {
        phaseBars.show(plan);
        if (timer == null) {
            refresh();
        }
    }

    /** The labelled strip of phases (tests read its labels and fill). */
    PhaseStrip phaseStrip() {
        return phaseBars;
    }

    // Visible for tests.
    String countdownText() {
        return countdown.getText();
    }
}
