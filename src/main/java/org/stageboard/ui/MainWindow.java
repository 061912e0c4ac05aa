package org.stageboard.ui;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import javafx.scene.control.Alert;
import javafx.scene.control.ButtonType;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.ui.findings.ReferenceComparisonView;
import javafx.geometry.Insets;
import javafx.scene.Scene;
import javafx.scene.control.CheckMenuItem;
import javafx.scene.control.Label;
import javafx.scene.control.Menu;
import javafx.scene.control.MenuBar;
import javafx.scene.control.MenuItem;
import javafx.scene.control.SeparatorMenuItem;
import javafx.scene.control.SplitPane;
import javafx.scene.control.TextInputDialog;
import javafx.scene.input.TransferMode;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.stage.Stage;
import org.stageboard.edit.Document;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.gallery.PipelinePreview;
import org.stageboard.ui.gallery.TemplateGallery;
import org.stageboard.ui.render.BoardThumbnail;
import org.stageboard.ui.canvas.CanvasCommands;
import org.stageboard.export.BoardImageRenderer;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.ExportResult;
import org.stageboard.export.PngWriter;
import org.stageboard.ui.export.ExportDialog;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.findings.FindingsController;
import org.stageboard.ui.presenter.PresenterController;
import org.stageboard.ui.rehearsal.RehearsalController;
import org.stageboard.ui.findings.FindingsPanel;
import org.stageboard.ui.files.RecentFiles;
import org.stageboard.ui.help.ShortcutsDialog;
import org.stageboard.ui.inspector.InspectorPane;
import org.stageboard.ui.palette.StagePalettePane;

/** The editor window: menus, stage palette, canvas, inspector and status bar around one document. */
public class MainWindow {
    public static final String STYLESHEET = MainWindow.class.getResource("app.css").toExternalForm();

    private final Stage stage;
    private final Document document = new Document(Board.empty());
    private final BoardCanvas canvas = new BoardCanvas(document);
    private final CanvasCommands commands = new CanvasCommands(canvas);
    private final FileController files;
    private final BorderPane root = new BorderPane();
    private final SplitPane center = new SplitPane();
    private final javafx.scene.layout.StackPane canvasHolder = new javafx.scene.layout.StackPane();
    private final javafx.scene.layout.VBox topArea = new javafx.scene.layout.VBox();
    private Region statusPane;
    private Region palettePane;
    private Region sidePane;
    private final InspectorPane inspector;
    private final Menu recentMenu = new Menu(Messages.get("menu.file.recent"));
    private final Label status = new Label();
    private TemplateLibrary templates;
    private java.util.function.Consumer<java.util.Locale> onLanguageChosen = l -> { };
    private final FindingsController findings;
    private final RehearsalController rehearsal;
    private final PresenterController presenter;

    public MainWindow(Stage stage, RecentFiles recentFiles) {
        this.stage = stage;
        this.files = new FileController(document, stage, recentFiles);
        this.inspector = new InspectorPane(canvas);
        StagePalettePane palette = new StagePalettePane(canvas);
        findings = new FindingsController(new FindingsPanel(), canvas);
        SplitPane side = new SplitPane(inspector, findings.panel());
        side.setOrientation(javafx.geometry.Orientation.VERTICAL);
        side.setDividerPositions(0.55);
        side.setPrefWidth(380);
        side.setMinWidth(280);
        findings.visibleProperty().addListener((o, a, show) -> {
            if (show && !side.getItems().contains(findings.panel())) {
                side.getItems().add(findings.panel());
                side.setDividerPositions(0.55);
            } else if (!show) {
                side.getItems().remove(findings.panel());
            }
        });
        canvasHolder.getChildren().add(canvas);
        center.getItems().addAll(canvasHolder, side);
        center.setDividerPositions(0.74);
        SplitPane.setResizableWithParent(side, false);
        topArea.getChildren().add(menuBar());
        statusPane = statusBar();
        palettePane = palette;
        sidePane = side;
        root.setTop(topArea);
        root.setLeft(palette);
        root.setCenter(center);
        root.setBottom(statusPane);
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().addAll(STYLESHEET, org.stageboard.ui.render.BoardView.STYLESHEET);
        acceptDroppedFiles(scene);
        stage.setScene(scene);
        files.pathProperty().addListener((o, a, b) -> refreshTitleAndStatus());
        document.addListener((b, a, c) -> refreshTitleAndStatus());
        canvas.viewport().zoomProperty().addListener((o, a, b) -> refreshTitleAndStatus());
        canvas.selection().addListener(this::refreshTitleAndStatus);
        canvas.setOnEdgeLabelEdit(this::editEdgeLabel);
        files.recent().addListener((javafx.collections.ListChangeListener<Path>) c -> rebuildRecentMenu());
        rebuildRecentMenu();
        stage.setOnCloseRequest(e -> {
            if (!files.confirmDiscard()) {
                e.consume();
            }
        });
        rehearsal = new RehearsalController(this, this::writeBoardPng);
        presenter = new PresenterController(this);
        addMenu(rehearseMenu());
        refreshTitleAndStatus();
    }

    private Menu rehearseMenu() {
        Menu m = new Menu(Messages.get("menu.rehearse"));
        m.getItems().addAll(
                item("menu.rehearse.start", Shortcut.REHEARSE, rehearsal::open),
                item("menu.rehearse.finish", null, rehearsal::finish),
                item("menu.rehearse.replay", null, rehearsal::showReplay),
                new SeparatorMenuItem(),
                item("menu.rehearse.presenter", Shortcut.PRESENTER, presenter::toggle),
                item("menu.rehearse.laser", null, () -> presenter.laser().toggle()),
                item("menu.rehearse.cueSheet", Shortcut.CUE_SHEET, rehearsal::showCueSheet));
        return m;
    }

    private void exportPng() {
        new ExportDialog(stage, document.board(), canvas.selection().nodes()).showAndWait();
    }

    /** A 2x picture of the current board, for rehearsal reports. */
    private void writeBoardPng(Path target) throws java.io.IOException {
        try {
            ExportResult r = new BoardImageRenderer().render(document.board(), ExportOptions.defaults().withScale(2));
            PngWriter.write(r.image(), target);
        } catch (ExportException e) {
            throw new java.io.IOException(e.getMessage(), e);
        }
    }

    public RehearsalController rehearsal() {
        return rehearsal;
    }

    public PresenterController presenter() {
        return presenter;
    }

    public Stage stage() {
        return stage;
    }

    public Document document() {
        return document;
    }

    public BoardCanvas canvas() {
        return canvas;
    }

    public FileController files() {
        return files;
    }

    public BorderPane root() {
        return root;
    }

    private MenuBar menuBar() {
        Menu file = new Menu(Messages.get("menu.file"));
        file.getItems().addAll(
                item("menu.file.new", Shortcut.NEW, files::newBoard),
                item("menu.file.newFromTemplate", Shortcut.NEW_FROM_TEMPLATE, this::newFromTemplate),
                item("menu.file.open", Shortcut.OPEN, files::open),
                recentMenu,
                new SeparatorMenuItem(),
                item("menu.file.save", Shortcut.SAVE, files::save),
                item("menu.file.saveAs", Shortcut.SAVE_AS, files::saveAs),
                new SeparatorMenuItem(),
                item("menu.file.export", Shortcut.EXPORT, this::exportPng),
                new SeparatorMenuItem(),
                item("menu.file.quit", null, this::quit));
        Menu edit = new Menu(Messages.get("menu.edit"));
        MenuItem undo = item("menu.edit.undo", Shortcut.UNDO, commands::undo);
        MenuItem redo = item("menu.edit.redo", Shortcut.REDO, commands::redo);
        MenuItem redoAlt = item("menu.edit.redo", Shortcut.REDO_ALT, commands::redo);
        redoAlt.setVisible(false);
        edit.setOnShowing(e -> {
            undo.setDisable(!document.canUndo());
            redo.setDisable(!document.canRedo());
            undo.setText(document.canUndo() ? Messages.get("menu.edit.undoWhat", document.undoDescription())
                    : Messages.get("menu.edit.undo"));
            redo.setText(document.canRedo() ? Messages.get("menu.edit.redoWhat", document.redoDescription())
                    : Messages.get("menu.edit.redo"));
        });
        edit.setOnHidden(e -> {
            undo.setDisable(false);
            redo.setDisable(false);
        });
        edit.getItems().addAll(undo, redo, redoAlt, new SeparatorMenuItem(),
                item("menu.edit.cut", Shortcut.CUT, commands::cut),
                item("menu.edit.copy", Shortcut.COPY, commands::copy),
                item("menu.edit.paste", Shortcut.PASTE, commands::paste),
                item("menu.edit.duplicate", Shortcut.DUPLICATE, commands::duplicate),
                item("menu.edit.delete", null, commands::delete),
                new SeparatorMenuItem(),
                item("menu.edit.selectAll", Shortcut.SELECT_ALL, commands::selectAll));
        Menu view = new Menu(Messages.get("menu.view"));
        CheckMenuItem grid = new CheckMenuItem(Messages.get("menu.view.grid"));
        grid.selectedProperty().bindBidirectional(canvas.gridVisibleProperty());
        grid.setAccelerator(Shortcut.TOGGLE_GRID.combination());
        CheckMenuItem snap = new CheckMenuItem(Messages.get("menu.view.snap"));
        snap.selectedProperty().bindBidirectional(canvas.snapToGridProperty());
        snap.setAccelerator(Shortcut.TOGGLE_SNAP.combination());
        view.getItems().addAll(
                item("menu.view.zoomIn", Shortcut.ZOOM_IN, canvas::zoomIn),
                item("menu.view.zoomOut", Shortcut.ZOOM_OUT, canvas::zoomOut),
                item("menu.view.zoomActual", Shortcut.ZOOM_ACTUAL, canvas::zoomActual),
                item("menu.view.zoomFit", Shortcut.ZOOM_FIT, canvas::zoomToFit),
                new SeparatorMenuItem(), grid, snap);
        CheckMenuItem showFindings = new CheckMenuItem(Messages.get("menu.view.findings"));
        showFindings.setId("menu.view.findings");
        showFindings.selectedProperty().bindBidirectional(findings.visibleProperty());
        showFindings.setAccelerator(Shortcut.TOGGLE_FINDINGS.combination());
        view.getItems().addAll(new SeparatorMenuItem(), showFindings, new SeparatorMenuItem(), languageMenu());
        Menu check = new Menu(Messages.get("menu.check"));
        check.getItems().add(item("menu.check.compare", Shortcut.COMPARE, this::compareWithReference));
        Menu help = new Menu(Messages.get("menu.help"));
        help.getItems().add(item("menu.help.shortcuts", null, () -> new ShortcutsDialog(stage).showAndWait()));
        MenuBar bar = new MenuBar(file, edit, view, check, help);
        bar.setId("menu-bar");
        return bar;
    }

    private MenuBar bar() {
        return (MenuBar) topArea.getChildren().get(0);
    }

    /** The interface languages on offer, each named in its own language. */
    private static final List<java.util.Locale> LANGUAGES =
            List.of(java.util.Locale.ENGLISH, java.util.Locale.SIMPLIFIED_CHINESE, new java.util.Locale("ru"));

    private Menu languageMenu() {
        Menu menu = new Menu(Messages.get("menu.view.language"));
        javafx.scene.control.ToggleGroup group = new javafx.scene.control.ToggleGroup();
        String current = Messages.locale().getLanguage();
        for (java.util.Locale l : LANGUAGES) {
            javafx.scene.control.RadioMenuItem item =
                    new javafx.scene.control.RadioMenuItem(l.getDisplayLanguage(l));
            item.setToggleGroup(group);
            item.setSelected(l.getLanguage().equals(current));
            item.setOnAction(e -> onLanguageChosen.accept(l));
            menu.getItems().add(item);
        }
        return menu;
    }

    /** Called with the language the user picked in View > Language; the app stores it for the next start. */
    public void setOnLanguageChosen(java.util.function.Consumer<java.util.Locale> handler) {
        onLanguageChosen = handler;
    }

    /** Adds a menu to the bar, before Help; features (rehearsal, presenter) bring their own. */
    public void addMenu(Menu menu) {
        bar().getMenus().add(bar().getMenus().size() - 1, menu);
    }

    /** The strip under the menu bar, where feature bars (the rehearsal timer) appear. */
    public javafx.scene.layout.VBox topArea() {
        return topArea;
    }

    /** The stack the canvas sits in, for overlays such as the laser pointer. */
    public javafx.scene.layout.StackPane canvasHolder() {
        return canvasHolder;
    }

    /**
     * Shows or hides everything but the canvas: menu bar, palette, side panels, status bar. Hidden, the menu
     * bar's shortcuts still work.
     */
    public void setChromeVisible(boolean visible) {
        for (javafx.scene.Node n : List.of(bar(), palettePane, statusPane)) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
        if (visible && !center.getItems().contains(sidePane)) {
            center.getItems().add(sidePane);
            center.setDividerPositions(0.74);
        } else if (!visible) {
            center.getItems().remove(sidePane);
        }
    }

    /** A menu item with its shortcut; {@code action} runs on click or key. */
    public static MenuItem item(String key, Shortcut shortcut, Runnable action) {
        MenuItem m = new MenuItem(Messages.get(key));
        m.setId(key);
        if (shortcut != null) {
            m.setAccelerator(shortcut.combination());
        }
        m.setOnAction(e -> action.run());
        return m;
    }

    private Region statusBar() {
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        status.setId("status");
        HBox bar = new HBox(12, status, spacer);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
    }

    private void rebuildRecentMenu() {
        List<MenuItem> items = files.recent().stream().map(p -> {
            MenuItem m = new MenuItem(p.getFileName() + "  \u2014  " + (p.getParent() == null ? "" : p.getParent()));
            m.setMnemonicParsing(false);
            m.setOnAction(e -> openFile(p));
            return m;
        }).toList();
        recentMenu.getItems().setAll(items);
        recentMenu.setDisable(items.isEmpty());
    }

    /** The shipped and user templates, read once, when first needed. */
    public TemplateLibrary templates() {
        if (templates == null) {
            templates = TemplateLibrary.load();
        }
        return templates;
    }

    private void newFromTemplate() {
        TemplateGallery.show(stage, templates(),
                        b -> BoardThumbnail.of(b, PipelinePreview.WIDTH, PipelinePreview.HEIGHT))
                .ifPresent(this::showNewBoard);
    }

    public FindingsController findings() {
        return findings;
    }

    /** Shows, per stage, which points of the template's reference answer this board covers. */
    private void compareWithReference() {
        Board user = document.board();
        Optional<Template> template = templates().byId(user.templateId());
        if (template.isEmpty()) {
            Alert a = new Alert(Alert.AlertType.INFORMATION, Messages.get("compare.noTemplate"), ButtonType.OK);
            a.initOwner(stage);
            a.setHeaderText(null);
            a.showAndWait();
            return;
        }
        ReferenceComparisonView view = new ReferenceComparisonView();
        view.show(user, Seeder.seed(template.get(), Seeder.Mode.REFERENCE));
        Stage window = new Stage();
        window.initOwner(stage);
        window.setTitle(Messages.get("compare.title", template.get().title()));
        window.setScene(new Scene(view, 760, 720));
        window.getScene().getStylesheets().add(STYLESHEET);
        window.show();
    }

    /** Opens a board file and shows all of it. */
    public boolean openFile(Path p) {
        boolean ok = files.open(p);
        if (ok) {
            canvas.selection().clear();
            javafx.application.Platform.runLater(canvas::zoomToFit);
        }
        return ok;
    }

    /** Replaces the board (e.g. one seeded from a template) and shows all of it. */
    public boolean showNewBoard(Board board) {
        boolean ok = files.replaceWith(board, null);
        if (ok) {
            canvas.selection().clear();
            javafx.application.Platform.runLater(canvas::zoomToFit);
        }
        return ok;
    }

    /** Restores autosaved work: the board as it was, marked unsaved, belonging to its original file. */
    public void recover(Board board, Path original) {
        files.replaceWith(Board.empty(), original);
        document.apply(Messages.get("edit.recover"), b -> board);
        javafx.application.Platform.runLater(canvas::zoomToFit);
    }

    private void acceptDroppedFiles(Scene scene) {
        scene.setOnDragOver(e -> {
            if (e.getDragboard().hasFiles()) {
                e.acceptTransferModes(TransferMode.COPY);
            }
            e.consume();
        });
        scene.setOnDragDropped(e -> {
            boolean done = false;
            for (java.io.File f : e.getDragboard().getFiles()) {
                if (f.getName().endsWith(FileController.EXTENSION)) {
                    done = openFile(f.toPath());
                    break;
                }
            }
            e.setDropCompleted(done);
            e.consume();
        });
    }

    private void editEdgeLabel(String edgeId) {
        document.board().edge(edgeId).ifPresent(edge -> {
            TextInputDialog d = new TextInputDialog(edge.label());
            d.initOwner(stage);
            d.setTitle(Messages.get("edge.label.title"));
            d.setHeaderText(null);
            d.setContentText(Messages.get("edge.label.prompt"));
            d.showAndWait().ifPresent(text -> document.apply(Messages.get("edit.edgeLabel"),
                    b -> b.edge(edgeId).map(x -> b.replaceEdge(x.withLabel(text))).orElse(b)));
        });
    }

    private void quit() {
        if (files.confirmDiscard()) {
            stage.close();
        }
    }

    private String windowTitle() {
        String name = files.displayName();
        return (document.isDirty() ? "\u2022 " : "") + name + " \u2014 Stageboard";
    }

    private void refreshTitleAndStatus() {
        stage.setTitle(windowTitle());
        Board b = document.board();
        status.setText(Messages.get("status.line", b.nodes().size(), b.edges().size(),
                canvas.selection().nodes().size(), Math.round(canvas.viewport().zoom() * 100)));
    }
}
