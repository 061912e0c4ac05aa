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
import javafx.scene.control.TextArea;
import javafx.scene.image.ImageView;
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
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportFormat;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.ExportOptions.Background;
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

    private final Board board;
    private final ExportChoices choices;
    private final BoardImageRenderer renderer = new BoardImageRenderer();
    private final Stage stage = new Stage();

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
    private final BackgroundSave saving = new BackgroundSave(on -> {
        save.setDisable(on || this.current == null);
        copy.setDisable(on || this.current == null);
    });

    private BoardImageRenderer.Preview current;
    private Function<Window, Path> saveTarget = this::askForFile;
    private Consumer<Path> onSaved = p -> { };
    private Path initialFolder;

    /**
     * @param selectedNodeIds the boxes selected on the canvas; the "selection only" choice is disabled when none
     */
    public ExportDialog(Window owner, Board board, Set<String> selectedNodeIds) {
        this.board = board;
        this.choices = new ExportChoices(selectedNodeIds);
        // owned but not modal: a modal window un-maximizes its owner under a window manager (see Windows)
        org.stageboard.ui.kit.Windows.ownAndBlock(stage, owner);
        org.stageboard.ui.kit.Windows.fitWhenShown(stage);
        stage.setTitle(Messages.get("export.dialog.title"));
        stage.setScene(new Scene(layout()));
        // closing the window stops a save in progress; the target file is left as it was
        stage.setOnHidden(e -> saving.cancel());
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
        choices.setScale(value);
    }

    /** Told the path of every PNG saved, so the app can remember the folder. */
    public void setOnSaved(Consumer<Path> listener) {
        this.onSaved = listener;
    }

    /** The format the controls currently say. */
    public ExportFormat format() {
        return choices.format();
    }

    /** The options the controls currently say. */
    public ExportOptions options() {
        return choices.options();
    }

    private BorderPane layout() {
        GridPane form = choices.form(size, this::refresh);
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
        saving.show(false);
        HBox bottom = new HBox(8, status, saving.progressBar(), saving.cancelButton(), save, copy, copySvg, copyMarkdown,
                close);
        bottom.setAlignment(Pos.CENTER_RIGHT);
        bottom.setPadding(new Insets(12, 0, 0, 0));

        BorderPane root = new BorderPane(previewPane, null, null, bottom, options);
        root.setPadding(new Insets(16));
        return root;
    }

    /** Renders the current options; the preview, size and buttons follow. */
    private void refresh() {
        if (!choices.complete()) {
            return; // a group between deselecting and re-selecting
        }
        ExportFormat f = format();
        choices.showFor(f);
        save.setText(Messages.get("export.dialog.saveAs", Messages.get("export.format." + f.id())));
        previewPane.setBackground(options().background() == Background.TRANSPARENT ? Checkerboard.background()
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
        save.setDisable(current == null || saving.running());
        copy.setDisable(current == null || saving.running());
        copySvg.setDisable(current == null);
        copyMarkdown.setDisable(current == null);
        if (!saving.running()) {
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
                case PNG -> saveInBackground(target, () -> PngStream.write(board, o, chosen, saving.progress()));
                case MARKDOWN -> {
                    // the design doc links a picture of the board written beside it
                    Path picture = BoardExport.pictureBeside(target);
                    PngWriter.checkTarget(picture);
                    saveInBackground(target, () -> {
                        PngStream.write(board, o.withScale(2), picture, saving.progress());
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

    /** Saves on a worker with progress and Cancel; the target is checked first, so a bad folder is reported at once. */
    private void saveInBackground(Path target, BackgroundSave.Work work) throws ExportException {
        PngWriter.checkTarget(target);
        saving.start(work, failure -> {
            if (failure == null) {
                saved(target);
            } else {
                failed(failure);
            }
        });
        status.setText(Messages.get("export.dialog.saving", target.getFileName().toString()));
        status.setStyle("");
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
        try {
            ExportResult image = ExportClipboard.copyImage(renderer, board, options());
            status.setText(Messages.get("export.dialog.copied", String.valueOf(image.width()),
                    String.valueOf(image.height())));
            status.setStyle("");
            warning.setText(image.hasWarning() ? image.warning() : "");
        } catch (ExportException e) {
            failed(e.getMessage());
        }
    }

    private void copyText(ExportFormat f) {
        try {
            ExportClipboard.copyText(board, f, options());
            status.setText(Messages.get("export.dialog.copiedText", Messages.get("export.format." + f.id())));
            status.setStyle("");
        } catch (ExportException e) {
            failed(e.getMessage());
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

    /** The board title made safe as a file name, or a default when there is none. */
    static String fileName(String title) {
        String safe = title == null ? "" : title.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
        return safe.isEmpty() ? Messages.get("export.dialog.defaultName") : safe;
    }
}
