package org.stageboard.ui.export;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.Label;
import javafx.scene.control.ProgressBar;
import javafx.scene.control.Spinner;
import javafx.scene.control.Toggle;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.image.ImageView;
import javafx.scene.input.Clipboard;
import javafx.scene.input.ClipboardContent;
import javafx.scene.input.DataFormat;
import javafx.scene.control.TextArea;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.GridPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.FileChooser;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stageboard.export.BoardExport;
import org.stageboard.export.BoardImageRenderer;
import org.stageboard.export.ExportFormat;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.ExportOptions.Background;
import org.stageboard.export.ExportProgress;
import org.stageboard.export.ExportResult;
import org.stageboard.export.PngStream;
import org.stageboard.export.PngWriter;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * The export dialog: choose the format (PNG, SVG, PDF, a Markdown design doc, a Mermaid flowchart or an Excalidraw
 * file), what to export and, for pictures, the scale, the background and the padding; see the picture (re-rendered
 * on every change, small and smoothly scaled) or the text it makes, then save it, or copy the board as PNG, SVG or
 * Markdown. Pictures are saved at full size off the JavaFX thread, with a progress bar and a Cancel button, so the
 * window stays responsive while a big board is written.
 */
public class ExportDialog {
    private static final double PREVIEW_WIDTH = 560;
    private static final double PREVIEW_HEIGHT = 380;
    /** A PNG that carries its board, for pasting into another Stageboard window. */
    static final DataFormat PNG_WITH_BOARD = dataFormat("application/x-stageboard-png");

    private final Board board;
    private final Set<String> selection;
    private final BoardImageRenderer renderer = new BoardImageRenderer();
    private final Stage stage = new Stage();

    private final ToggleGroup format = new ToggleGroup();
    private final ToggleGroup scope = new ToggleGroup();
    private final ToggleGroup scale = new ToggleGroup();
    private final ToggleGroup background = new ToggleGroup();
    private final Spinner<Integer> padding = new Spinner<>(0, ExportOptions.MAX_PADDING,
            ExportOptions.DEFAULT_PADDING, 4);
    private final ImageView preview = new ImageView();
    private final TextArea textPreview = new TextArea();
    private final StackPane previewPane = new StackPane(preview, textPreview);
    private final Label size = new Label();
    private final Label warning = new Label();
    private final Label status = new Label();
    private final Button save = new Button(Messages.get("export.dialog.save"));
    private final Button copy = new Button(Messages.get("export.dialog.copy"));
    private final Button copySvg = new Button(Messages.get("export.dialog.copySvg"));
    private final Button copyMarkdown = new Button(Messages.get("export.dialog.copyMarkdown"));
    private final ProgressBar progress = new ProgressBar(0);
    private final Button cancel = new Button(Messages.get("export.dialog.cancel"));
    private final java.util.List<javafx.scene.Node> pictureOnly = new java.util.ArrayList<>();

    private BoardImageRenderer.Preview current;
    /** Set while a picture is being saved; the worker stops at its next strip when it is cancelled. */
    private java.util.concurrent.atomic.AtomicBoolean saving;
    private Function<Window, Path> saveTarget = this::askForFile;
    private Consumer<Path> onSaved = p -> { };
    private Path initialFolder;

    /**
     * @param selectedNodeIds the boxes selected on the canvas; the "selection only" choice is disabled when none
     */
    public ExportDialog(Window owner, Board board, Set<String> selectedNodeIds) {
        this.board = board;
        this.selection = Set.copyOf(selectedNodeIds);
        // owned but not modal: a modal window un-maximizes its owner under a window manager (see Windows)
        org.stageboard.ui.kit.Windows.ownAndBlock(stage, owner);
        org.stageboard.ui.kit.Windows.fitWhenShown(stage);
        stage.setTitle(Messages.get("export.dialog.title"));
        stage.setScene(new Scene(layout()));
        // closing the window stops a save in progress; the target file is left as it was
        stage.setOnHidden(e -> cancelSave());
        refresh();
    }

    public void showAndWait() {
        stage.showAndWait();
    }

    /** Shows the dialog without waiting (tests, or an owner that does not want to block). */
    public void show() {
        stage.show();
    }

    public Stage stage() {
        return stage;
    }

    /** Replaces the file chooser, e.g. in tests; returning null cancels the save. */
    public void setSaveTarget(Function<Window, Path> chooser) {
        this.saveTarget = chooser;
    }

    /** The folder the file chooser opens in (the app passes the last one it was told about). */
    public void setInitialFolder(Path folder) {
        this.initialFolder = folder;
    }

    /** Selects a scale (1 to 3) as if its button were pressed; the preview follows. */
    public void setScale(int value) {
        scale.getToggles().stream().filter(t -> Integer.valueOf(value).equals(t.getUserData())).findFirst()
                .ifPresent(t -> t.setSelected(true));
    }

    /** Told the path of every PNG saved, so the app can remember the folder. */
    public void setOnSaved(Consumer<Path> listener) {
        this.onSaved = listener;
    }

    /** The format the controls currently say. */
    public ExportFormat format() {
        return format.getSelectedToggle() == null ? ExportFormat.PNG : (ExportFormat) format.getSelectedToggle().getUserData();
    }

    /** The options the controls currently say. */
    public ExportOptions options() {
        ExportOptions o = new ExportOptions(ExportOptions.Scope.WHOLE, Set.of(), (Integer) scale.getSelectedToggle()
                .getUserData(), (Background) background.getSelectedToggle().getUserData(), padding.getValue());
        return scope.getSelectedToggle().getUserData() == ExportOptions.Scope.SELECTION ? o.selectionOnly(selection)
                : o;
    }

    private BorderPane layout() {
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

        GridPane form = new GridPane();
        form.setHgap(10);
        form.setVgap(10);
        javafx.scene.layout.FlowPane formats = new javafx.scene.layout.FlowPane(format.getToggles().stream()
                .map(t -> (ToggleButton) t).toArray(ToggleButton[]::new));
        formats.setPrefWrapLength(420);
        form.addRow(0, new Label(Messages.get("export.dialog.format")), formats);
        form.addRow(1, new Label(Messages.get("export.dialog.scope")), new HBox(whole, part));
        HBox scales = new HBox(scale.getToggles().stream().map(t -> (ToggleButton) t).toArray(ToggleButton[]::new));
        HBox backgrounds = new HBox(background.getToggles().stream().map(t -> (ToggleButton) t)
                .toArray(ToggleButton[]::new));
        form.addRow(2, new Label(Messages.get("export.dialog.scale")), scales);
        form.addRow(3, new Label(Messages.get("export.dialog.background")), backgrounds);
        form.addRow(4, new Label(Messages.get("export.dialog.padding")), padding);
        form.addRow(5, new Label(Messages.get("export.dialog.size")), size);
        pictureOnly.addAll(java.util.List.of(scales, backgrounds, padding));
        size.setId("export-size");
        size.setStyle("-fx-font-weight: bold;");

        warning.setId("export-warning");
        warning.setWrapText(true);
        warning.setMaxWidth(320);
        warning.setStyle("-fx-text-fill: #b35c00;");
        VBox options = new VBox(12, form, warning);
        options.setPadding(new Insets(0, 16, 0, 0));

        preview.setId("export-preview");
        preview.setPreserveRatio(true);
        preview.setSmooth(true);
        previewPane.setPrefSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        previewPane.setMinSize(PREVIEW_WIDTH, PREVIEW_HEIGHT);
        previewPane.setAlignment(Pos.CENTER);
        textPreview.setId("export-text-preview");
        textPreview.setEditable(false);
        textPreview.setWrapText(false);
        textPreview.setStyle("-fx-font-family: monospace;");
        textPreview.setVisible(false);

        status.setId("export-status");
        status.setWrapText(true);
        HBox.setHgrow(status, Priority.ALWAYS);
        status.setMaxWidth(Double.MAX_VALUE);
        save.setId("export-save");
        save.setDefaultButton(true);
        save.setOnAction(e -> save());
        copy.setId("export-copy");
        copy.setOnAction(e -> copy());
        copySvg.setId("export-copy-svg");
        copySvg.setOnAction(e -> copyText(ExportFormat.SVG));
        copyMarkdown.setId("export-copy-md");
        copyMarkdown.setOnAction(e -> copyText(ExportFormat.MARKDOWN));
        Button close = new Button(Messages.get("export.dialog.close"));
        close.setId("export-close");
        close.setCancelButton(true);
        close.setOnAction(e -> stage.close());
        progress.setId("export-progress");
        progress.setPrefWidth(140);
        cancel.setId("export-cancel");
        cancel.setOnAction(e -> cancelSave());
        showSaving(false);
        HBox bottom = new HBox(8, status, progress, cancel, save, copy, copySvg, copyMarkdown, close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        for (ToggleGroup g : new ToggleGroup[] {format, scope, scale, background}) {
            keepOneSelected(g);
            g.selectedToggleProperty().addListener((obs, old, now) -> refresh());
        }
        padding.valueProperty().addListener((obs, old, now) -> refresh());

        BorderPane root = new BorderPane(previewPane, null, null, bottom, options);
        root.setPadding(new Insets(16));
        return root;
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

    /** Renders the current options; the preview, size and buttons follow. */
    private void refresh() {
        Toggle bg = background.getSelectedToggle();
        if (format.getSelectedToggle() == null || scope.getSelectedToggle() == null
                || scale.getSelectedToggle() == null || bg == null) {
            return; // a group between deselecting and re-selecting
        }
        ExportFormat f = format();
        pictureOnly.forEach(n -> n.setDisable(!f.isPicture()));
        save.setText(Messages.get("export.dialog.saveAs", Messages.get("export.format." + f.id())));
        previewPane.setBackground(bg.getUserData() == Background.TRANSPARENT ? Checkerboard.background()
                : Checkerboard.plain());
        try {
            current = renderer.preview(board, options(), PREVIEW_WIDTH - 16, PREVIEW_HEIGHT - 16);
            preview.setImage(current.image());
            boolean text = !f.isPicture();
            textPreview.setText(text ? new String(BoardExport.bytes(board, f, options(), null),
                    java.nio.charset.StandardCharsets.UTF_8) : "");
            textPreview.setVisible(text);
            preview.setVisible(!text);
            preview.setFitWidth(Math.min(current.width(), PREVIEW_WIDTH - 16));
            preview.setFitHeight(Math.min(current.height(), PREVIEW_HEIGHT - 16));
            size.setText(f != ExportFormat.PNG ? "\u2014" : Messages.get("export.size",
                    String.valueOf(current.width()), String.valueOf(current.height())));
            warning.setText("");
        } catch (ExportException e) {
            current = null;
            preview.setImage(null);
            size.setText("\u2014");
            warning.setText(e.getMessage());
        }
        save.setDisable(current == null || saving != null);
        copy.setDisable(current == null || saving != null);
        copySvg.setDisable(current == null);
        copyMarkdown.setDisable(current == null);
        if (saving == null) {
            status.setText("");
        }
    }

    private void save() {
        Path target = saveTarget.apply(stage);
        if (target == null || current == null) {
            return;
        }
        ExportFormat f = format();
        if (!target.getFileName().toString().contains(".")) {
            target = target.resolveSibling(target.getFileName() + f.extension());
        }
        Path chosen = target;
        try {
            ExportOptions o = options();
            switch (f) {
                case PNG -> saveInBackground(target, () -> PngStream.write(board, o, chosen, progressShown()));
                case MARKDOWN -> {
                    // the design doc links a picture of the board written beside it
                    Path picture = BoardExport.pictureBeside(target);
                    PngWriter.checkTarget(picture);
                    saveInBackground(target, () -> {
                        PngStream.write(board, o.withScale(2), picture, progressShown());
                        BoardExport.write(board, f, o, picture.getFileName().toString(), chosen);
                    });
                }
                default -> {
                    BoardExport.write(board, f, o, null, target);
                    saved(target);
                }
            }
        } catch (ExportException e) {
            failed(e.getMessage());
        }
    }

    private interface Saving {
        void run() throws ExportException;
    }

    /**
     * Runs {@code work} on a worker thread while the progress bar and Cancel show; the target is checked first, so
     * a folder that cannot be written is reported at once.
     */
    private void saveInBackground(Path target, Saving work) throws ExportException {
        PngWriter.checkTarget(target);
        java.util.concurrent.atomic.AtomicBoolean cancelled = new java.util.concurrent.atomic.AtomicBoolean();
        saving = cancelled;
        showSaving(true);
        status.setText(Messages.get("export.dialog.saving", target.getFileName().toString()));
        status.setStyle("");
        Thread worker = new Thread(() -> {
            String error = null;
            try {
                work.run();
            } catch (ExportException | RuntimeException e) {
                error = String.valueOf(e.getMessage());
            }
            String failure = error;
            javafx.application.Platform.runLater(() -> {
                if (saving == cancelled) {
                    saving = null;
                }
                showSaving(false);
                if (failure == null) {
                    saved(target);
                } else {
                    failed(failure);
                }
            });
        }, "export-png");
        worker.setDaemon(true);
        worker.start();
    }

    /** The progress bar follows the worker; Cancel (or closing the window) stops it at the next strip. */
    private ExportProgress progressShown() {
        java.util.concurrent.atomic.AtomicBoolean cancelled = saving;
        return new ExportProgress() {
            @Override
            public void done(double fraction) {
                javafx.application.Platform.runLater(() -> progress.setProgress(fraction));
            }

            @Override
            public boolean cancelled() {
                return cancelled.get();
            }
        };
    }

    private void cancelSave() {
        if (saving != null) {
            saving.set(true);
        }
    }

    private void showSaving(boolean on) {
        progress.setProgress(0);
        progress.setVisible(on);
        progress.setManaged(on);
        cancel.setVisible(on);
        cancel.setManaged(on);
        save.setDisable(on || current == null);
        copy.setDisable(on || current == null);
    }

    private void saved(Path target) {
        status.setText(Messages.get("export.dialog.saved", target.toString()));
        status.setStyle("");
        if (target.toAbsolutePath().getParent() != null) {
            initialFolder = target.toAbsolutePath().getParent();
        }
        onSaved.accept(target);
    }

    private void failed(String message) {
        status.setText(message);
        status.setStyle("-fx-text-fill: #c62828;");
    }

    private void copy() {
        ExportResult image;
        try {
            // the clipboard holds the whole image in memory: beyond its limits it is scaled down, with a warning
            image = renderer.render(board, options());
        } catch (ExportException e) {
            failed(e.getMessage());
            return;
        }
        ClipboardContent content = new ClipboardContent();
        content.putImage(image.image());
        try {
            // other Stageboard windows paste the PNG with its board inside; image editors take the image
            content.put(PNG_WITH_BOARD, PngWriter.encode(image.image(), options().contentOf(board)));
        } catch (java.io.IOException e) {
            // the plain image is still on the clipboard
        }
        Clipboard.getSystemClipboard().setContent(content);
        status.setText(Messages.get("export.dialog.copied", String.valueOf(image.width()),
                String.valueOf(image.height())));
        status.setStyle("");
        warning.setText(image.hasWarning() ? image.warning() : "");
    }

    /** SVG or Markdown as text on the clipboard, to paste into a wiki, a chat or a vector editor. */
    private void copyText(ExportFormat f) {
        try {
            String text = new String(BoardExport.bytes(board, f, options(), null), java.nio.charset.StandardCharsets.UTF_8);
            ClipboardContent content = new ClipboardContent();
            content.putString(text);
            Clipboard.getSystemClipboard().setContent(content);
            status.setText(Messages.get("export.dialog.copiedText", Messages.get("export.format." + f.id())));
            status.setStyle("");
        } catch (ExportException e) {
            status.setText(e.getMessage());
            status.setStyle("-fx-text-fill: #c62828;");
        }
    }

    /** The real chooser: the format's filter, a name from the board title, the remembered folder. */
    private Path askForFile(Window owner) {
        ExportFormat kind = format();
        FileChooser chooser = new FileChooser();
        chooser.setTitle(Messages.get("export.dialog.chooserTitle"));
        chooser.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("export.format." + kind.id()),
                "*" + kind.extension()));
        chooser.setInitialFileName(fileName(board.title()) + kind.extension());
        if (initialFolder != null && Files.isDirectory(initialFolder)) {
            chooser.setInitialDirectory(initialFolder.toFile());
        }
        File f = chooser.showSaveDialog(owner);
        return f == null ? null : f.toPath();
    }

    private static DataFormat dataFormat(String mime) {
        DataFormat existing = DataFormat.lookupMimeType(mime);
        return existing != null ? existing : new DataFormat(mime);
    }

    /** The board title made safe as a file name, or a default when there is none. */
    static String fileName(String title) {
        String safe = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() ? Messages.get("export.dialog.defaultName") : safe;
    }
}
