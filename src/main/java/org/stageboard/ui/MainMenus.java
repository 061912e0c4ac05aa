package org.stageboard.ui;

import org.stageboard.ui.kit.Theme;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.RadioMenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.ToggleGroup;
import javafx.scene.input.KeyCode;
import javafx.scene.input.KeyCodeCombination;
import javafx.scene.input.KeyCombination;
import org.stageboard.ui.kit.Shortcut;
import org.stageboard.edit.Document;
import org.stageboard.i18n.Messages;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.canvas.CanvasCommands;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.help.ShortcutsDialog;

/** The window's menu bar: every command with its shortcut from {@link Shortcut}, wired to the window's parts. */
final class MainMenus {
    /** The interface languages on offer, each shown in its own language. */
    private static final List<Locale> LANGUAGES = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, new Locale("ru"));

    private final MainWindow window;
    private final BoardCanvas canvas;
    private final CanvasCommands commands;
    private final FileController files;
    private final Menu recent = new Menu(Messages.get("menu.file.recent"));

    MainMenus(MainWindow window) {
        this.window = window;
        this.canvas = window.canvas();
        this.commands = canvas.commands();
        this.files = window.files();
        files.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecent());
        rebuildRecent();
    }

    /**
     * The bar with its six menus; their items (and so their shortcuts) are added after the window's first frame:
     * a closed menu shows none of them, but each menu's popup would take them in and the bar would register their
     * accelerators before that frame.
     */
    MenuBar build(Consumer<Locale> onLanguageChosen) {
        Menu file = new Menu(Messages.get("menu.file"));
        Menu edit = new Menu(Messages.get("menu.edit"));
        Menu view = new Menu(Messages.get("menu.view"));
        Menu check = new Menu(Messages.get("menu.check"));
        Menu rehearse = new Menu(Messages.get("menu.rehearse"));
        Menu help = new Menu(Messages.get("menu.help"));
        MenuBar bar = new MenuBar(file, edit, view, check, rehearse, help);
        bar.setId("menu-bar");
        keepCanvasKeysOutOfTheScene(bar);
        AfterFirstFrame.run(window.stage(), () -> {
            file(file);
            edit(edit);
            view(view, onLanguageChosen);
            check(check);
            rehearse(rehearse);
            help(help);
        });
        return bar;
    }

    /** A menu item with its shortcut; {@code action} runs on click or key. */
    static MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setId(key);
        if (shortcut != null) {
            m.setAccelerator(shortcut.combination());
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    /**
     * Plain keys the canvas handles itself (Delete, L) are shown beside their menu items, but a window-wide
     * accelerator without a modifier would take those keys from every text field: so they are taken back out of
     * the scene's accelerators whenever the menu bar puts them in.
     */
    private static void keepCanvasKeysOutOfTheScene(MenuBar bar) {
        javafx.collections.MapChangeListener<KeyCombination, Runnable> drop = c -> {
            if (c.wasAdded() && CANVAS_KEYS.contains(c.getKey())) {
                javafx.application.Platform.runLater(() -> bar.getScene().getAccelerators().remove(c.getKey()));
            }
        };
        bar.sceneProperty().addListener((o, before, scene) -> {
            if (before != null) {
                before.getAccelerators().removeListener(drop);
            }
            if (scene != null) {
                scene.getAccelerators().addListener(drop);
                CANVAS_KEYS.forEach(scene.getAccelerators()::remove);
            }
        });
    }

    private static final List<KeyCombination> CANVAS_KEYS = List.of(
            new KeyCodeCombination(KeyCode.DELETE), new KeyCodeCombination(KeyCode.L));

    private void file(Menu m) {
        m.getItems().addAll(
                item("menu.file.new", Shortcut.NEW, files::newBoard),
                item("menu.file.newFromTemplate", Shortcut.NEW_FROM_TEMPLATE, window::newFromTemplate),
                item("menu.file.open", Shortcut.OPEN, files::open),
                recent,
                new SeparatorMenuItem(),
                item("menu.file.save", Shortcut.SAVE, files::save),
                item("menu.file.saveAs", Shortcut.SAVE_AS, files::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.export", Shortcut.EXPORT, window::exportPng),
                new SeparatorMenuItem(),
                item("menu.file.quit", Shortcut.QUIT, window::quit));
    }

    private void edit(Menu m) {
        Document document = window.document();
        MenuItem undo = item("menu.edit.undo", Shortcut.UNDO, commands::undo);
        MenuItem redo = item("menu.edit.redo", Shortcut.REDO, commands::redo);
        MenuItem redoAlt = item("menu.edit.redo", Shortcut.REDO_ALT, commands::redo);
        redoAlt.setVisible(false);
        m.setOnShowing(e -> {
            undo.setDisable(!document.canUndo());
            redo.setDisable(!document.canRedo());
            undo.setText(document.canUndo() ? Messages.get("menu.edit.undoWhat", document.undoDescription())
                    : Messages.get("menu.edit.undo"));
            redo.setText(document.canRedo() ? Messages.get("menu.edit.redoWhat", document.redoDescription())
                    : Messages.get("menu.edit.redo"));
        });
        // enabled again when closed, so the shortcuts keep working
        m.setOnHidden(e -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });
        m.getItems().addAll(undo, redo, redoAlt, new SeparatorMenuItem(),
                item("menu.edit.cut", Shortcut.CUT, commands::cut),
                item("menu.edit.copy", Shortcut.COPY, commands::copy),
                item("menu.edit.paste", Shortcut.PASTE, commands::paste),
                item("menu.edit.duplicate", Shortcut.DUPLICATE, commands::duplicate),
                shown(item("menu.edit.delete", null, commands::delete), CANVAS_KEYS.get(0)),
                new SeparatorMenuItem(),
                item("menu.edit.selectAll", Shortcut.SELECT_ALL, commands::selectAll));
    }

    private void view(Menu m, Consumer<Locale> onLanguageChosen) {
        m.getItems().addAll(
                item("menu.view.zoomIn", Shortcut.ZOOM_IN, canvas::zoomIn),
                item("menu.view.zoomOut", Shortcut.ZOOM_OUT, canvas::zoomOut),
                item("menu.view.zoomActual", Shortcut.ZOOM_ACTUAL, canvas::zoomActual),
                item("menu.view.zoomFit", Shortcut.ZOOM_FIT, canvas::zoomToFit),
                new SeparatorMenuItem(),
                toggle("menu.view.grid", Shortcut.TOGGLE_GRID, window.session().gridVisibleProperty()),
                toggle("menu.view.snap", Shortcut.TOGGLE_SNAP, window.session().snapToGridProperty()),
                new SeparatorMenuItem(),
                toggle("menu.view.findings", Shortcut.TOGGLE_FINDINGS, window.findings().visibleProperty()),
                new SeparatorMenuItem(),
                themes(),
                languages(onLanguageChosen));
    }

    private static MenuItem shown(MenuItem item, KeyCombination keys) {
        item.setAccelerator(keys);
        return item;
    }

    private static CheckMenuItem toggle(String key, Shortcut shortcut, javafx.beans.property.BooleanProperty state) {
        CheckMenuItem item = new CheckMenuItem(Messages.get(key));
        item.setId(key);
        item.selectedProperty().bindBidirectional(state);
        item.setAccelerator(shortcut.combination());
        return item;
    }

    private Menu themes() {
        Menu m = new Menu(Messages.get("menu.view.theme"));
        m.setId("menu.view.theme");
        ToggleGroup group = new ToggleGroup();
        for (Theme t : Theme.values()) {
            RadioMenuItem item = new RadioMenuItem(Messages.get("menu.view.theme." + t.key()));
            item.setId("menu.view.theme." + t.key());
            item.setToggleGroup(group);
            item.setSelected(t == Theme.current());
            item.setOnAction(e -> window.chooseTheme(t));
            m.getItems().add(item);
        }
        return m;
    }

    private static Menu languages(Consumer<Locale> onLanguageChosen) {
        Menu m = new Menu(Messages.get("menu.view.language"));
        ToggleGroup group = new ToggleGroup();
        String current = Messages.locale().getLanguage();
        for (Locale l : LANGUAGES) {
            RadioMenuItem item = new RadioMenuItem(l.getDisplayLanguage(l));
            item.setToggleGroup(group);
            item.setSelected(l.getLanguage().equals(current));
            item.setOnAction(e -> onLanguageChosen.accept(l));
            m.getItems().add(item);
        }
        return m;
    }

    private void check(Menu m) {
        m.getItems().add(item("menu.check.compare", Shortcut.COMPARE, window::compareWithReference));
    }

    private void rehearse(Menu m) {
        MenuItem finish = item("menu.rehearse.finish", null, () -> window.rehearsal().finish());
        // there is nothing to finish until a rehearsal's timer has started
        m.setOnShowing(e -> finish.setDisable(window.rehearsal().session() == null));
        m.getItems().addAll(
                item("menu.rehearse.start", Shortcut.REHEARSE, () -> window.rehearsal().open()),
                finish,
                item("menu.rehearse.replay", null, () -> window.rehearsal().showReplay()),
                item("progress.menu", Shortcut.PROGRESS, () -> org.stageboard.ui.progress.ProgressWindow.show(window)),
                new SeparatorMenuItem(),
                item("menu.rehearse.presenter", Shortcut.PRESENTER, () -> window.presenter().toggle()),
                shown(item("menu.rehearse.laser", null, () -> window.presenter().laser().toggle()), CANVAS_KEYS.get(1)),
                item("menu.rehearse.cueSheet", Shortcut.CUE_SHEET, () -> window.rehearsal().showCueSheet()));
    }

    private void help(Menu m) {
        m.getItems().add(item("menu.help.shortcuts", Shortcut.SHORTCUTS_HELP, () -> new ShortcutsDialog(window.stage()).showAndWait()));
    }

    private void rebuildRecent() {
        List<MenuItem> items = files.recent().stream().map(p -> {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> window.openFile(p));
            return m;
        }).toList();
        recent.getItems().setAll(items);
        recent.setDisable(items.isEmpty());
    }
}
