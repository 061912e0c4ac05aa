package org.stageboard.ui.export;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import javafx.scene.Node;
import javafx.scene.control.Label;
import javafx.scene.control.Spinner;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.layout.FlowPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import org.stageboard.export.ExportFormat;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.ExportOptions.Background;
import org.stageboard.i18n.Messages;

/**
 * What the export dialog lets the user choose: the format, the whole board or the selection, and for pictures the
 * scale, the background and the padding; each a single-choice group of toggle buttons (or a spinner), laid out as one
 * form, and read back as an {@link ExportFormat} and {@link ExportOptions}.
 */
final class ExportChoices {
    private final Set<String> selection;
    private final ToggleGroup format = new ToggleGroup();
    private final ToggleGroup scope = new ToggleGroup();
    private final ToggleGroup scale = new ToggleGroup();
    private final ToggleGroup background = new ToggleGroup();
    private final Spinner<Integer> padding = new Spinner<>(0, ExportOptions.MAX_PADDING,
            ExportOptions.DEFAULT_PADDING, 4);
    /** The controls that mean nothing for a text format, disabled while one is chosen. */
    private final List<Node> pictureOnly = new ArrayList<>();

    /** @param selection the boxes selected on the canvas; the "selection only" choice is disabled when none */
    ExportChoices(Set<String> selection) {
        this.selection = Set.copyOf(selection);
    }

    /** The form, one row per choice and a last row showing {@code size}; {@code onChange} runs after every change. */
    GridPane form(Label size, Runnable onChange) {
        ToggleButton whole = toggle(scope, "export-whole", Messages.get("export.dialog.whole"),
                ExportOptions.Scope.WHOLE);
        ToggleButton part = toggle(scope, "export-selection", selection.isEmpty()
                ? Messages.get("export.dialog.selectionNone")
                : Messages.get("export.dialog.selection", String.valueOf(selection.size())), ExportOptions.Scope.SELECTION);
        part.setDisable(selection.isEmpty());
        whole.setSelected(true);
        for (ExportFormat f : ExportFormat.values()) {
            toggle(format, "export-format-" + f.id(), Messages.get("export.format." + f.id()), f)
                    .setSelected(f == ExportFormat.PNG);
        }
        for (int s = 1; s <= ExportOptions.MAX_SCALE; s++) {
            toggle(scale, "export-scale-" + s, s + "\u00d7", s).setSelected(s == 1);
        }
        for (Background b : Background.values()) {
            toggle(background, "export-bg-" + b.id(), Messages.get("export.dialog." + b.id()), b)
                    .setSelected(b == Background.WHITE);
        }
        setUpPadding();

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        FlowPane formats = new FlowPane(buttons(format));
        formats.setPrefWrapLength(420);
        form.addRow(0, new Label(Messages.get("export.dialog.format")), formats);
        form.addRow(1, new Label(Messages.get("export.dialog.scope")), new HBox(whole, part));
        HBox scales = new HBox(buttons(scale));
        HBox backgrounds = new HBox(buttons(background));
        form.addRow(2, new Label(Messages.get("export.dialog.scale")), scales);
        form.addRow(3, new Label(Messages.get("export.dialog.background")), backgrounds);
        form.addRow(4, new Label(Messages.get("export.dialog.padding")), padding);
        form.addRow(5, new Label(Messages.get("export.dialog.size")), size);
        pictureOnly.addAll(List.of(scales, backgrounds, padding));

        for (ToggleGroup g : new ToggleGroup[] {format, scope, scale, background}) {
            keepOneSelected(g);
            g.selectedToggleProperty().addListener((obs, old, now) -> onChange.run());
        }
        padding.valueProperty().addListener((obs, old, now) -> onChange.run());
        return form;
    }

    private void setUpPadding() {
        padding.setId("export-padding");
        padding.setEditable(true);
        padding.setPrefWidth(100);
        // commit typed numbers as they are typed, not only on Enter, so the preview follows the keyboard
        padding.getEditor().textProperty().addListener((obs, old, text) -> {
            try {
                int v = Integer.parseInt(text.trim());
                if (v >= 0 && v <= ExportOptions.MAX_PADDING && v != padding.getValue()) {
                    padding.getValueFactory().setValue(v);
                }
            } catch (NumberFormatException ignored) {
                // half-typed; the spinner restores its value when it loses focus
            }
        });
    }

    /** False for the moment a group is between deselecting and re-selecting. */
    boolean complete() {
        return format.getSelectedToggle() != null && scope.getSelectedToggle() != null
                && scale.getSelectedToggle() != null && background.getSelectedToggle() != null;
    }

    /** Enables the picture-only controls for a picture format, disables them for a text one. */
    void showFor(ExportFormat f) {
        pictureOnly.forEach(n -> n.setDisable(!f.isPicture()));
    }

    /** Selects a scale (1 to 3) as if its button were pressed. */
    void setScale(int value) {
        scale.getToggles().stream().filter(t -> Integer.valueOf(value).equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    ExportFormat format() {
        return format.getSelectedToggle() == null ? ExportFormat.PNG : (ExportFormat) format.getSelectedToggle().getUserData();
    }

    ExportOptions options() {
        ExportOptions o = new ExportOptions(ExportOptions.Scope.WHOLE, Set.of(), (Integer) scale.getSelectedToggle()
                .getUserData(), (Background) background.getSelectedToggle().getUserData(), padding.getValue());
        return scope.getSelectedToggle().getUserData() == ExportOptions.Scope.SELECTION ? o.selectionOnly(selection)
                : o;
    }

    private static ToggleButton[] buttons(ToggleGroup group) {
        return group.getToggles().stream().map(t -> (ToggleButton) t).toArray(ToggleButton[]::new);
    }

    private static ToggleButton toggle(ToggleGroup group, String id, String text, Object value) {
        ToggleButton b = new ToggleButton(text);
        b.setId(id);
        b.setUserData(value);
        b.setToggleGroup(group);
        return b;
    }

    /** Toggle buttons may be clicked off; these groups are single choices, so a click off re-selects. */
    private static void keepOneSelected(ToggleGroup g) {
        g.selectedToggleProperty().addListener((obs, old, now) -> {
            if (now == null && old != null) {
                g.selectToggle(old);
            }
        });
    }
}
