package org.stageboard.ui.files;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.scene.control.Dialog;
import javafx.scene.control.Label;
import javafx.scene.control.RadioButton;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Window;
import org.stageboard.ui.kit.Windows;
import org.stageboard.i18n.Messages;
import org.stageboard.io.Autosave;
import org.stageboard.io.ChangeSize;
import org.stageboard.io.Excerpt;

/**
 * Lists every crash copy (board, when it was copied, how much it differs from its saved file) with Recover, Keep
 * for later and Discard for each. The newest starts as Recover and the others as Keep; only one copy can be
 * recovered into the window at a time. Closing the dialog keeps everything.
 */
public final class RecoveryDialog extends Dialog<Map<String, CrashRecovery.Choice>> {
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM);

    /** Room for a name, a time, a change and three choices on one row. */
    private static final double PREF_WIDTH = 980;

    private final Map<String, ToggleGroup> groups = new LinkedHashMap<>();

    public RecoveryDialog(Window owner, List<Autosave.Entry> entries) {
        Windows.ownAndBlock(this, owner); // opens at its content's size under a window manager, too
        setTitle(Messages.get("io.recover.title"));
        setHeaderText(Messages.get("io.recover.header", String.valueOf(entries.size())));
        GridPane grid = new GridPane();
        grid.setHgap(12);
        grid.setVgap(6);
        grid.setPadding(new Insets(4));
        grid.addRow(0, bold("io.recover.column.board"), bold("io.recover.column.saved"),
                bold("io.recover.column.change"), bold("io.recover.column.action"));
        int row = 1;
        for (Autosave.Entry e : entries) {
            ToggleGroup g = new ToggleGroup();
            RadioButton recover = choice("io.recover.action.recover", CrashRecovery.Choice.RECOVER, g);
            RadioButton keep = choice("io.recover.action.keep", CrashRecovery.Choice.KEEP, g);
            RadioButton discard = choice("io.recover.action.discard", CrashRecovery.Choice.DISCARD, g);
            (row == 1 ? recover : keep).setSelected(true);
            recover.selectedProperty().addListener((o, was, now) -> {
                if (now) {
                    onlyOneRecover(g);
                }
            });
            groups.put(e.key(), g);
            grid.addRow(row++, new Label(name(e)), new Label(TIME.withZone(ZoneId.systemDefault()).format(e.savedAt())),
                    new Label(describe(ChangeSize.of(e.board(), e.original()))),
                    new javafx.scene.layout.HBox(8, recover, keep, discard));
        }
        // sized explicitly: a scroll pane left to itself collapses the dialog to a sliver
        javafx.geometry.Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        double width = Math.min(PREF_WIDTH, screen.getWidth() * 0.9);
        ScrollPane scroll = new ScrollPane(grid);
        scroll.setPrefViewportWidth(width - 40);
        double rows = Math.min(40 + entries.size() * 32, screen.getHeight() * 0.5);
        scroll.setPrefViewportHeight(rows);
        scroll.setMinViewportHeight(Math.min(rows, 240)); // every row visible up to seven; then it scrolls
        scroll.setMaxHeight(screen.getHeight() * 0.6);
        getDialogPane().setPrefWidth(width);
        getDialogPane().setMaxHeight(screen.getHeight() * 0.9);
        Label intro = new Label(Messages.get("io.recover.intro"));
        intro.setWrapText(true);
        intro.setMaxWidth(width - 40);
        getDialogPane().setContent(new VBox(10, intro, scroll));
        ButtonType apply = new ButtonType(Messages.get("io.recover.apply"), ButtonBar.ButtonData.OK_DONE);
        ButtonType later = new ButtonType(Messages.get("io.recover.later"), ButtonBar.ButtonData.CANCEL_CLOSE);
        getDialogPane().getButtonTypes().setAll(apply, later);
        setResultConverter(b -> b == apply ? choices() : Map.of());
    }

    /** The choice made in each row, by entry key. */
    public Map<String, CrashRecovery.Choice> choices() {
        Map<String, CrashRecovery.Choice> out = new LinkedHashMap<>();
        groups.forEach((key, g) -> out.put(key, g.getSelectedToggle() == null ? CrashRecovery.Choice.KEEP
                : (CrashRecovery.Choice) g.getSelectedToggle().getUserData()));
        return out;
    }

    private void onlyOneRecover(ToggleGroup chosen) {
        for (ToggleGroup g : groups.values()) {
            if (g != chosen && g.getSelectedToggle() != null
                    && g.getSelectedToggle().getUserData() == CrashRecovery.Choice.RECOVER) {
                g.getToggles().stream().filter(t -> t.getUserData() == CrashRecovery.Choice.KEEP)
                        .findFirst().ifPresent(t -> t.setSelected(true));
            }
        }
    }

    private static RadioButton choice(String key, CrashRecovery.Choice c, ToggleGroup g) {
        RadioButton b = new RadioButton(Messages.get(key));
        b.setUserData(c);
        b.setToggleGroup(g);
        b.setId("recover-" + c.name().toLowerCase(java.util.Locale.ROOT));
        return b;
    }

    private static Label bold(String key) {
        Label l = new Label(Messages.get(key));
        l.setStyle("-fx-font-weight: bold;");
        return l;
    }

    /** The board's title, else its file name, else "Untitled"; always a short line. */
    static String name(Autosave.Entry e) {
        String title = e.board().title();
        String file = e.original() == null ? Messages.get("file.untitled") : e.original().getFileName().toString();
        return Excerpt.of(title.isBlank() ? file : title + " (" + file + ")", 48);
    }

    static String describe(ChangeSize c) {
        return switch (c.basis()) {
            case NEW_BOARD -> Messages.get("io.recover.change.new", String.valueOf(c.boxes()));
            case FILE_UNREADABLE -> Messages.get("io.recover.change.unknown", String.valueOf(c.boxes()));
            case SAVED_FILE -> c.isNone() ? Messages.get("io.recover.change.none")
                    : Messages.get("io.recover.change.diff", String.valueOf(c.boxes()), String.valueOf(c.arrows()));
        };
    }
}
