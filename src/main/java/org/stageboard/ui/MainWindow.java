package org.stageboard.ui;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.application.Platform;
import javafx.geometry.Insets;
import javafx.geometry.Rectangle2D;
import javafx.scene.Scene;
import javafx.scene.control.Label;
import javafx.scene.control.MenuBar;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import javafx.scene.layout.VBox;
import javafx.stage.Screen;
import javafx.stage.Stage;
import org.stageboard.edit.Document;
import org.stageboard.edit.RecoverWork;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.PngWriter;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.render.BoardThumbnail;
import org.stageboard.render.BoardView;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.ui.canvas.BoardCanvas;
import org.stageboard.ui.canvas.EditorSession;
import org.stageboard.ui.export.ExportDialog;
import org.stageboard.ui.export.ExportMemory;
import org.stageboard.ui.files.FileController;
import org.stageboard.ui.files.FileDrop;
import org.stageboard.ui.files.RecentFiles;
import org.stageboard.ui.findings.FindingsController;
import org.stageboard.ui.findings.FindingsPanel;
import org.stageboard.ui.findings.ReferenceCompareWindow;
import org.stageboard.ui.gallery.PipelinePreview;
import org.stageboard.ui.gallery.TemplateGallery;
import org.stageboard.ui.inspector.InspectorPane;
import org.stageboard.ui.kit.PartialRepaints;
import org.stageboard.ui.kit.Theme;
import org.stageboard.ui.palette.StagePalettePane;
import org.stageboard.ui.presenter.PresenterController;
import org.stageboard.ui.presenter.PresenterHost;
import org.stageboard.ui.rehearsal.RehearsalController;
import org.stageboard.ui.rehearsal.RehearsalHost;

/**
 * The editor window around one document: menus, stage palette, canvas, inspector over findings, status bar.
 * It composes the feature controllers and offers them the few places they attach to (the strip under the menu,
 * the stack over the canvas, the chrome presenter mode hides).
 */
public class MainWindow implements RehearsalHost, PresenterHost, org.stageboard.ui.progress.ProgressHost {
    public static final String STYLESHEET = MainWindow.class.getResource("app.css").toExternalForm();

    private final Stage stage;
    private final Document document = new Document(Board.empty());
    private final BoardCanvas canvas = new BoardCanvas(document);
    private final FileController files;
    private final InspectorPane inspector;
    private final FindingsController findings;
    private final RehearsalController rehearsal;
    private final PresenterController presenter;
    private final BorderPane root = new BorderPane();
    private final SideColumn center;
    private final StackPane canvasHolder = new StackPane(canvas);
    private final VBox topArea = new VBox();
    private final StagePalettePane palette;
    private final Label status = new Label();
    private final Region statusBar;
    private final MenuBar menuBar;
    private TemplateLibrary templates;
    private Consumer<Locale> onLanguageChosen = l -> { };
    private Consumer<Theme> onThemeChosen = t -> { };
    private ExportMemory exportMemory;

    public MainWindow(Stage stage, RecentFiles recentFiles) {
        this.stage = stage;
        files = new FileController(document, stage, recentFiles);
        inspector = new InspectorPane(canvas.session(), canvas.commands());
        palette = new StagePalettePane(canvas);
        findings = new FindingsController(new FindingsPanel(), canvas.session(), canvas.boardView(), id -> {
            canvas.reveal(id);
            canvas.requestFocus();
        });
        rehearsal = new RehearsalController(this, target -> writeBoardPng(target));
        presenter = new PresenterController(this);
        menuBar = new MainMenus(this).build(l -> onLanguageChosen.accept(l));
        statusBar = statusBar();

        canvasHolder.getChildren().add(emptyBoardHint());
        center = new SideColumn(canvasHolder, inspector, findings);
        topArea.getChildren().add(menuBar);
        root.setTop(topArea);
        root.setLeft(palette);
        root.setCenter(center.node());
        root.setBottom(statusBar);

        Rectangle2D screen = Screen.getPrimary().getVisualBounds();
        Scene scene = new Scene(root, Math.min(1440, screen.getWidth()), Math.min(920, screen.getHeight()));
        scene.getStylesheets().addAll(STYLESHEET, BoardView.STYLESHEET);
        Theme.current().styleRoot(root);
        FileDrop.install(scene, this::openFile);
        PartialRepaints.install(scene).watchCursor(canvas);
        stage.setScene(scene);
        stage.sizeToScene();
        stage.setOnCloseRequest(e -> {
            if (!rehearsal.confirmClose() || !files.confirmDiscard()) {
                e.consume();
            }
        });

        files.pathProperty().addListener((o, a, b) -> refreshTitleAndStatus());
        document.addListener(e -> refreshTitleAndStatus());
        session().viewport().zoomProperty().addListener((o, a, b) -> refreshTitleAndStatus());
        session().selection().addListener(this::refreshTitleAndStatus);
        // a double-click on an arrow has just selected it: its label is edited in the inspector
        canvas.setOnEdgeLabelEdit(id -> inspector.editEdgeLabel());
        refreshTitleAndStatus();
        // the empty board's check loads the checker (rules, vocabularies): its to-do list shows without it
        AfterFirstFrame.run(stage, findings::checkIfUnchecked);
        // and a box's fields (the rich-text notes), so the first click on a box finds them built; a separate task,
        // so input that arrives meanwhile is handled between the two
        AfterFirstFrame.run(stage, inspector::prepareBoxFields);
    }

    /** On an empty board, where to start; it never takes a click and goes with the first box. */
    private Label emptyBoardHint() {
        Label hint = new Label(Messages.get("canvas.empty"));
        hint.setId("empty-board-hint");
        hint.getStyleClass().add("empty-board-hint");
        hint.setWrapText(true);
        hint.setMaxWidth(560);
        hint.setMouseTransparent(true);
        hint.setVisible(document.board().nodes().isEmpty());
        document.addListener(e -> hint.setVisible(e.after().nodes().isEmpty()));
        return hint;
    }

    private Region statusBar() {
        status.setId("status");
        HBox bar = new HBox(12, status);
        bar.getStyleClass().add("status-bar");
        bar.setPadding(new Insets(3, 10, 3, 10));
        return bar;
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

    /** The editor's state around the document: selection, clipboard, view settings. */
    @Override
    public EditorSession session() {
        return canvas.session();
    }

    public FileController files() {
        return files;
    }

    public FindingsController findings() {
        return findings;
    }

    public RehearsalController rehearsal() {
        return rehearsal;
    }

    public PresenterController presenter() {
        return presenter;
    }

    public BorderPane root() {
        return root;
    }

    /** The strip under the menu bar, where feature bars (the rehearsal timer) appear. */
    public VBox topArea() {
        return topArea;
    }

    /** The stack the canvas sits in, for overlays: the laser pointer, the follow-up card. */
    public StackPane canvasHolder() {
        return canvasHolder;
    }

    /** The shipped and user templates, read once, when first needed. */
    public TemplateLibrary templates() {
        if (templates == null) {
            templates = TemplateLibrary.load();
        }
        return templates;
    }

    /** Switches the look of every window now; the handler set here stores the choice for the next start. */
    void chooseTheme(Theme theme) {
        theme.apply();
        theme.styleRoot(root);
        onThemeChosen.accept(theme);
    }

    public void setOnThemeChosen(Consumer<Theme> handler) {
        onThemeChosen = handler;
    }

    /** Called with the language the user picked in View > Language; the app stores it for the next start. */
    public void setOnLanguageChosen(Consumer<Locale> handler) {
        onLanguageChosen = handler;
    }

    /**
     * Shows or hides everything but the canvas: menu bar, palette, side panels, status bar. Hidden, the menu
     * bar's shortcuts still work.
     */
    public void setChromeVisible(boolean visible) {
        for (javafx.scene.Node n : List.of(menuBar, palette, statusBar)) {
            n.setVisible(visible);
            n.setManaged(visible);
        }
        center.setVisible(visible);
    }

    /** Opens a board file and shows all of it. */
    public boolean openFile(Path p) {
        return showAll(files.open(p));
    }

    /** Replaces the board (e.g. one seeded from a template) and shows all of it. */
    public boolean showNewBoard(Board board) {
        return showAll(files.replaceWith(board, null));
    }

    @Override
    public String stylesheet() {
        return STYLESHEET;
    }

    @Override
    public boolean rehearseNewBoard(Board board) {
        if (!showNewBoard(board)) {
            return false;
        }
        // after the canvas has grown the new board's boxes to fit their text (queued by the board change): that
        // resets the document, which would end a rehearsal started before it
        javafx.application.Platform.runLater(() -> {
            rehearsal.open();
            if (rehearsal.session() == null) {
                rehearsal.timerBar().start();
            }
            stage.toFront();
        });
        return true;
    }

    /** Restores autosaved work: the board as it was, marked unsaved, belonging to its original file. */
    public void recover(Board board, Path original) {
        files.replaceWith(Board.empty(), original);
        document.apply(new RecoverWork(board));
        showAll(true);
    }

    private boolean showAll(boolean replaced) {
        if (replaced) {
            session().selection().clear();
            Platform.runLater(canvas::zoomToFit);
        }
        return replaced;
    }

    void newFromTemplate() {
        TemplateGallery.show(stage, templates(), b -> BoardThumbnail.of(b, PipelinePreview.WIDTH, PipelinePreview.HEIGHT))
                .ifPresent(this::showNewBoard);
    }

    /** Where the export dialog remembers its last folder and scale; none by default (tests). */
    public void setExportMemory(ExportMemory memory) {
        exportMemory = memory;
    }

    void exportPng() {
        ExportDialog dialog = new ExportDialog(stage, document.board(), session().selection().nodes());
        if (exportMemory != null) {
            exportMemory.applyTo(dialog);
        }
        dialog.showAndWait();
    }

    void compareWithReference() {
        ReferenceCompareWindow.show(stage, document.board(), templates(), STYLESHEET);
    }

    void quit() {
        if (rehearsal.confirmClose() && files.confirmDiscard()) {
            stage.close();
        }
    }

    /** A 2x picture of the current board, for rehearsal reports. */
    private void writeBoardPng(Path target) throws IOException {
        try {
            PngWriter.writeBoard(document.board(), ExportOptions.defaults().withScale(2), target);
        } catch (ExportException e) {
            throw new IOException(e.getMessage(), e);
        }
    }

    private void refreshTitleAndStatus() {
        stage.setTitle((document.isDirty() ? "\u2022 " : "") + files.displayName() + " \u2014 Stageboard");
        Board b = document.board();
        status.setText(Messages.get("status.line", b.nodes().size(), b.edges().size(),
                session().selection().nodes().size() + session().selection().edges().size(),
                Math.round(session().viewport().zoom() * 100)));
    }
}
