package org.stageboard.ui.rehearsal;

import java.util.List;
import java.util.Objects;
import java.util.function.Consumer;
import javafx.geometry.Pos;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.Slider;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.rehearsal.Replay;
import org.stageboard.rehearsal.SessionLog;
import org.stageboard.rehearsal.SessionReport;

/**
 * A timeline over a session: drag the slider (or step from change to change) and the board as it was at that
 * moment is handed to the callback, which shows it in a read-only canvas. Starts at the beginning.
 */
public final class ReplayView extends HBox {
    private final Replay replay;
    private final Consumer<Board> onBoard;
    private final Slider slider;
    private final Label time = new Label();
    private Board shown;

    public ReplayView(SessionLog log, Consumer<Board> onBoard) {
        super(6);
        this.replay = new Replay(Objects.requireNonNull(log));
        this.onBoard = Objects.requireNonNull(onBoard);
        getStyleClass().add("replay-view");
        getStylesheets().add(Objects.requireNonNull(
                ReplayView.class.getResource("/org/stageboard/ui/rehearsal/rehearsal.css")).toExternalForm());
        setAlignment(Pos.CENTER_LEFT);
        slider = new Slider(0, Math.max(1, replay.duration()), 0);
        slider.setId("replay-slider");
        HBox.setHgrow(slider, Priority.ALWAYS);
        Button prev = new Button("◀");
        prev.setId("replay-prev");
        prev.setTooltip(new javafx.scene.control.Tooltip(Messages.get("rehearsal.replay.prev")));
        prev.setOnAction(e -> stepChange(-1));
        Button next = new Button("▶");
        next.setId("replay-next");
        next.setTooltip(new javafx.scene.control.Tooltip(Messages.get("rehearsal.replay.next")));
        next.setOnAction(e -> stepChange(+1));
        time.setId("replay-time");
        time.setMinWidth(110);
        slider.valueProperty().addListener((o, a, b) -> showAt(b.longValue()));
        getChildren().addAll(prev, slider, next, time);
        showAt(0);
    }

    /** Moves the timeline to {@code millis} since the session start. */
    public void seek(long millis) {
        slider.setValue(Math.max(0, Math.min(replay.duration(), millis)));
        showAt((long) slider.getValue());
    }

    public long position() {
        return (long) slider.getValue();
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
        Board b = replay.boardAt(millis);
        if (b != shown) {
            shown = b;
            onBoard.accept(b);
        }
    }
}
