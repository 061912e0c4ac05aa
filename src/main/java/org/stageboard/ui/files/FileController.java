package org.stageboard.ui.files;

import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BiFunction;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonBar;
import javafx.scene.control.ButtonType;
import javafx.stage.FileChooser;
import javafx.stage.Window;
import org.stageboard.edit.Document;
import org.stageboard.export.BoardSources;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.ui.kit.Dialogs;

/**
 * New, open, save and save-as for the window's document, with the unsaved-work prompt and recent files.
 * Errors are shown as one clear sentence; a failed save leaves the previous file untouched (atomic save).
 */
public class FileController {
    /** Answers of the unsaved-work prompt. */
    public enum Decision { SAVE, DISCARD, CANCEL }


    private final Document document;
    private final Window owner;
    private final ObjectProperty<Path> path = new SimpleObjectProperty<>();
    private final ObservableList<Path> recent = FXCollections.observableArrayList();
    private final RecentFiles recentStore;
    /** Chooses a file to open (save=false) or save to (save=true); replaceable in tests. */
    private BiFunction<Boolean, Path, Optional<Path>> chooser = this::showChooser;
    /** Asks what to do with unsaved work; replaceable in tests. */
    private java.util.function.Supplier<Decision> unsavedPrompt = this::askAboutUnsaved;
    private java.util.function.Consumer<String> errorSink = this::showError;
    /** Asks whether a file that is not a board may be replaced; replaceable in tests. */
    private java.util.function.Predicate<Path> replaceForeign = this::askReplaceForeign;
    /** Set when the open file was written by a newer Stageboard: never save over it. */
    private boolean readOnlyNewer;

    public FileController(Document document, Window owner, RecentFiles recentStore) {
        this.document = document;
        this.owner = owner;
        this.recentStore = recentStore;
        recent.setAll(recentStore.load());
    }

    public ObjectProperty<Path> pathProperty() {
        return path;
    }

    public ObservableList<Path> recent() {
        return recent;
    }

    public void setChooser(BiFunction<Boolean, Path, Optional<Path>> chooser) {
        this.chooser = chooser;
    }

    public void setUnsavedPrompt(java.util.function.Supplier<Decision> prompt) {
        this.unsavedPrompt = prompt;
    }

    public void setErrorSink(java.util.function.Consumer<String> sink) {
        this.errorSink = sink;
    }

    public void setReplaceForeignPrompt(java.util.function.Predicate<Path> prompt) {
        this.replaceForeign = prompt;
    }

    /** Starts a blank board, after offering to save unsaved work. */
    public boolean newBoard() {
        return replaceWith(Board.empty(), null);
    }

    /** Replaces the document with {@code board} (e.g. seeded from a template), after the unsaved-work prompt. */
    public boolean replaceWith(Board board, Path file) {
        if (!confirmDiscard()) {
            return false;
        }
        document.reset(board);
        path.set(file);
        readOnlyNewer = false;
        return true;
    }

    public boolean open() {
        return chooser.apply(false, path.get()).map(this::open).orElse(false);
    }

    /** Opens {@code file}; on a bad file shows why and keeps the current board. */
    public boolean open(Path file) {
        if (!confirmDiscard()) {
            return false;
        }
        try {
            // an exported PNG/SVG or an Excalidraw drawing opens as an unsaved board: Save asks for a .stageboard
            BoardSources.Opened opened = BoardSources.open(file);
            document.reset(opened.board());
            path.set(opened.isBoardFile() ? file : null);
            readOnlyNewer = false;
            remember(file);
            opened.notes().forEach(errorSink);
            return true;
        } catch (BoardFileException e) {
            errorSink.accept(e.getMessage());
            return false;
        }
    }

    public boolean save() {
        if (path.get() == null || readOnlyNewer) {
            return saveAs();
        }
        return saveTo(path.get());
    }

    public boolean saveAs() {
        return chooser.apply(true, path.get()).map(this::saveTo).orElse(false);
    }

    private boolean saveTo(Path file) {
        Path target = file.getFileName().toString().contains(".") ? file
                : file.resolveSibling(file.getFileName() + BoardCodec.EXTENSION);
        try {
            saveConfirmingForeign(target);
            document.markSaved();
            path.set(target);
            readOnlyNewer = false;
            remember(target);
            return true;
        } catch (BoardFileException e) {
            errorSink.accept(e.getMessage());
            return false;
        }
    }

    /**
     * Saves, and when the target turns out to be another program's file, replaces it only if the user says so:
     * the one place a non-board file may be overwritten (the command line never does).
     */
    private void saveConfirmingForeign(Path target) throws BoardFileException {
        try {
            BoardFiles.save(target, document.board());
        } catch (BoardFileException e) {
            if (!e.isForeignTarget() || !replaceForeign.test(target)) {
                throw e;
            }
            BoardFiles.save(target, document.board(), BoardFiles.Overwrite.CONFIRMED);
        }
    }

    /** True when it is fine to drop the current board: it is saved, or the user saved or discarded it. */
    public boolean confirmDiscard() {
        if (!document.isDirty()) {
            return true;
        }
        return switch (unsavedPrompt.get()) {
            case SAVE -> save();
            case DISCARD -> true;
            case CANCEL -> false;
        };
    }

    private void remember(Path file) {
        List<Path> list = new ArrayList<>(recent);
        list.remove(file.toAbsolutePath());
        list.add(0, file.toAbsolutePath());
        while (list.size() > RecentFiles.MAX) {
            list.remove(list.size() - 1);
        }
        recent.setAll(list);
        recentStore.save(list);
    }

    private Optional<Path> showChooser(boolean save, Path current) {
        FileChooser fc = new FileChooser();
        fc.getExtensionFilters().add(new FileChooser.ExtensionFilter(Messages.get("file.filter"), "*" + BoardCodec.EXTENSION));
        if (!save) {
            fc.getExtensionFilters().add(0, new FileChooser.ExtensionFilter(Messages.get("export.open.filter"),
                    BoardSources.EXTENSIONS.stream().map(e -> "*" + e).toList()));
        }
        if (current != null && current.getParent() != null) {
            fc.setInitialDirectory(current.getParent().toFile());
            fc.setInitialFileName(current.getFileName().toString());
        } else if (save) {
            String title = document.board().title().isBlank() ? Messages.get("file.untitled") : document.board().title();
            fc.setInitialFileName(title.replaceAll("[\\\\/:*?\"<>|]", "_") + BoardCodec.EXTENSION);
        }
        File f = save ? fc.showSaveDialog(owner) : fc.showOpenDialog(owner);
        return Optional.ofNullable(f).map(File::toPath);
    }

    private Decision askAboutUnsaved() {
        ButtonType save = new ButtonType(Messages.get("file.unsaved.save"), ButtonBar.ButtonData.YES);
        ButtonType discard = new ButtonType(Messages.get("file.unsaved.discard"), ButtonBar.ButtonData.NO);
        ButtonType cancel = new ButtonType(Messages.get("file.unsaved.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = Dialogs.alert(owner, Alert.AlertType.WARNING, Messages.get("file.unsaved.text", displayName()), save, discard, cancel);
        a.setHeaderText(Messages.get("file.unsaved.header"));
        ButtonType answer = a.showAndWait().orElse(cancel);
        return answer == save ? Decision.SAVE : answer == discard ? Decision.DISCARD : Decision.CANCEL;
    }

    private boolean askReplaceForeign(Path target) {
        ButtonType replace = new ButtonType(Messages.get("io.confirm.foreign.replace"), ButtonBar.ButtonData.YES);
        ButtonType cancel = new ButtonType(Messages.get("io.confirm.foreign.cancel"), ButtonBar.ButtonData.CANCEL_CLOSE);
        Alert a = MessageDialogs.alert(Alert.AlertType.WARNING, owner, Messages.get("io.confirm.foreign.header"),
                Messages.get("io.confirm.foreign.text", target.getFileName().toString()), replace, cancel);
        return a.showAndWait().orElse(cancel) == replace;
    }

    private void showError(String message) {
        MessageDialogs.showError(owner, Messages.get("file.error.header"), message);
    }

    /** The file name, or "Untitled". */
    public String displayName() {
        return path.get() == null ? Messages.get("file.untitled") : path.get().getFileName().toString();
    }
}
