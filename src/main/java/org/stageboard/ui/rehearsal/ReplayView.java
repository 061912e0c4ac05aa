package org.stageboard.ui.rehearsal;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.function.LongSupplier;
import javafx.animation.AnimationTimer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.VBox;
import javafx.scene.shape.SVGPath;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.Replay;
import org.stageboard.rehearsal.SessionLog;
import org.stageboard.rehearsal.SessionReport;

/**
 * A timeline over a session: ▶ plays it at the chosen speed (1×, 2×, 5×, 10×), ⏸ pauses, the slider scrubs and
 * the step buttons jump from change to change. The board as it was at that moment is handed to the callback, and a
 * line under the timeline says what the last change was: which box, which stage, what kind of edit.
 */
public final class ReplayView extends VBox {
    /** Playback speeds offered, as multiples of real time. */
    static final List<Integer> SPEEDS = List.of(1, 2, 5, 10);
    private static final String PLAY = "M0 0 L11 7 L0 14 Z";
    private static final String PAUSE = "M0 0 H4 V14 H0 Z M7 0 H11 V14 H7 Z";

    private final Replay replay;
    private final Consumer<Board> onBoard;
    private final Slider slider;
    private final Label time = new Label();
    private final Label step = new Label();
    private final Button play = new Button();
    private final ComboBox<Integer> speed = new ComboBox<>();
    private final LongSupplier nanos;
    private final AnimationTimer player;
    private long lastTick = -1;
    private Board shown;

    public ReplayView(SessionLog log, Consumer<Board> onBoard) {
        this(log, onBoard, System::nanoTime);
    }

    /** @param nanos the clock playback follows; tests pass one they move by hand */
    ReplayView(SessionLog log, Consumer<Board> onBoard, LongSupplier nanos) {
        super(4);
        this.replay = new Replay(Objects.requireNonNull(log));
        this.onBoard = Objects.requireNonNull(onBoard);
        this.nanos = Objects.requireNonNull(nanos);
        getStyleClass().add("replay-view");
        getStylesheets().add(Objects.requireNonNull(
                ReplayView.class.getResource("/org/stageboard/ui/rehearsal/rehearsal.css")).toExternalForm());
        slider = new Slider(0, Math.max(1, replay.duration()), 0);
        slider.setId("replay-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);

        play.setId("replay-play");
        play.setOnAction(e -> togglePlay());
        showPlaying(false);
        speed.getItems().addAll(SPEEDS);
        speed.setValue(SPEEDS.get(1));
        speed.setId("replay-speed");
        speed.setTooltip(new Tooltip(Messages.get("rehearsal.replay.speed")));
        speed.setConverter(new javafx.util.StringConverter<>() {
            @Override
            public String toString(Integer s) {
                return s == null ? "" : s + "×";
            }

            @Override
            public Integer fromString(String s) {
                return Integer.valueOf(s.replace("×", "").strip());
            }
        });
        Button prev = iconButton("replay-prev", "M0 0 H2 V14 H0 Z M12 0 L3 7 L12 14 Z", "rehearsal.replay.prev");
        prev.setOnAction(e -> stepChange(-1));
        Button next = iconButton("replay-next", "M0 0 L9 7 L0 14 Z M10 0 H12 V14 H10 Z", "rehearsal.replay.next");
        next.setOnAction(e -> stepChange(+1));
        time.setId("replay-time");
        time.setMinWidth(Label.USE_PREF_SIZE);
        step.setId("replay-step");
        step.getStyleClass().add("replay-step");
        step.setWrapText(true);
        slider.valueProperty().addListener((o, a, b) -> showAt(b.longValue()));
        HBox controls = new HBox(6, play, speed, prev, slider, next, time);
        controls.setAlignment(Pos.CENTER_LEFT);
        getChildren().addAll(controls, step);

        player = new AnimationTimer() {
            @Override
            public void handle(long now) {
                advance();
            }
        };
        sceneProperty().addListener((o, a, s) -> {
            if (s == null) {
                pause();
            }
        });
        showAt(0);
    }

    private static Button iconButton(String id, String path, String tipKey) {
        Button b = new Button();
        b.setId(id);
        b.setGraphic(icon(path));
        b.setTooltip(new Tooltip(Messages.get(tipKey)));
        b.setAccessibleText(Messages.get(tipKey));
        return b;
    }

    private static SVGPath icon(String path) {
        SVGPath icon = new SVGPath();
        icon.setContent(path);
        icon.getStyleClass().add("replay-icon");
        return icon;
    }

    /** Moves the timeline to {@code millis} since the session start. */
    public void seek(long millis) {
        slider.setValue(Math.max(0, Math.min(replay.duration(), millis)));
        showAt((long) slider.getValue());
    }

    public long position() {
        return (long) slider.getValue();
    }

    public boolean isPlaying() {
        return lastTick >= 0;
    }

    /** ▶ / ⏸: plays from here (from the start when at the end) or pauses. */
    public void togglePlay() {
        if (isPlaying()) {
            pause();
        } else {
            if (position() >= replay.duration()) {
                seek(0);
            }
            lastTick = nanos.getAsLong();
            showPlaying(true);
            player.start();
        }
    }

    public void pause() {
        player.stop();
        lastTick = -1;
        showPlaying(false);
    }

    /** Moves the position on by the time passed since the last tick, times the speed; stops at the end. */
    void advance() {
        if (!isPlaying()) {
            return;
        }
        long now = nanos.getAsLong();
        long passedMillis = (now - lastTick) / 1_000_000;
        if (passedMillis <= 0) {
            return;
        }
        lastTick = now;
        long target = position() + passedMillis * speed.getValue();
        seek(target);
        if (target >= replay.duration()) {
            pause();
        }
    }

    private void showPlaying(boolean playing) {
        play.setGraphic(icon(playing ? PAUSE : PLAY));
        String tip = Messages.get(playing ? "rehearsal.replay.pause" : "rehearsal.replay.play");
        play.setTooltip(new Tooltip(tip));
        play.setAccessibleText(tip);
    }

    private void stepChange(int direction) {
        long now = position();
        List<Long> times = replay.changeTimes();
        long target = direction > 0 ? replay.duration() : 0;
        for (long t : times) {
            if (direction > 0 && t > now) {
                target = t;
                break;
            }
            if (direction < 0 && t < now) {
                target = t;
            }
        }
        seek(target);
    }

    private void showAt(long millis) {
        time.setText(Messages.get("rehearsal.replay.time", SessionReport.clock(millis),
                SessionReport.clock(replay.duration())));
        step.setText(replay.stepAt(millis).map(s -> Messages.get("rehearsal.replay.step", SessionReport.clock(s.at()),
                        stages(s.stages()), s.summary()))
                .orElse(Messages.get("rehearsal.replay.start")));
        Board b = replay.boardAt(millis);
        if (b != shown) {
            shown = b;
            onBoard.accept(b);
        }
    }

    private static String stages(java.util.Set<Stage> stages) {
        return stages.isEmpty() ? "—" : String.join(", ", stages.stream().sorted().map(Messages::stageName).toList());
    }

    /** The line that says what the last change was (tests read it). */
    String stepText() {
        return step.getText();
    }

    void setSpeed(int multiple) {
        speed.setValue(multiple);
    }
}
