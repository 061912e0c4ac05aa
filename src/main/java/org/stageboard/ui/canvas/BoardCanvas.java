package org.stageboard.ui.canvas;

import java.util.List;
import java.util.function.Consumer;
import javafx.geometry.Point2D;
import javafx.scene.Group;
import javafx.scene.layout.Pane;
import javafx.scene.layout.Region;
import javafx.scene.shape.Rectangle;
import javafx.scene.transform.Scale;
import javafx.scene.transform.Translate;
import org.stageboard.edit.AddBox;
import org.stageboard.edit.BoardDelta;
import org.stageboard.edit.Document;
import org.stageboard.edit.DocumentEvent;
import org.stageboard.edit.Edits;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Rect;
import org.stageboard.model.Stage;
import org.stageboard.render.ArrowView;
import org.stageboard.render.BoardView;

/**
 * The drawing surface: a grid, the board's boxes and arrows, and the selection overlay, under pan and zoom.
 * It shows whatever the {@link Document} publishes and turns gestures into document edits.
 */
public class BoardCanvas extends Region {
    public static final double GRID = 20;
    /** Screen pixels kept between a revealed box and the edge of the canvas. */
    public static final double REVEAL_MARGIN = 40;

    private final EditorSession session;
    private final Document document;
    private final Selection selection;
    private final Viewport viewport;
    private final CanvasCommands commands;
    private final GridLayer grid = new GridLayer();
    private final BoardView boardView = new BoardView();
    private final SelectionOverlay overlay;
    private final Group world = new Group();
    private final Pane screenLayer = new Pane();
    private final InPlaceEditor inPlaceEditor;
    private Consumer<String> onEdgeLabelEdit = id -> { };
    private int placements;
    private double gridWidth = -1;
    private double gridHeight = -1;
    private final PaletteDrop paletteDrop;
    private final MotionBitmaps motion;

    /** A canvas with a session of its own on {@code document} (tests, and windows with one canvas). */
    public BoardCanvas(Document document) {
        this(new EditorSession(document));
    }

    public BoardCanvas(EditorSession session) {
        this.session = session;
        this.document = session.document();
        this.selection = session.selection();
        this.viewport = session.viewport();
        getStyleClass().add("board-canvas");
        // the board's stylesheet on the canvas only where the scene does not carry it already: JavaFX records every
        // parent that declares a stylesheet, for every node it styles, in a list it searches one by one, and on a
        // board of 2,000 boxes that bookkeeping was most of the CSS pass
        getStylesheets().add(BoardView.STYLESHEET);
        javafx.collections.ListChangeListener<String> sceneSheets = c -> carryStylesheetUnlessSceneDoes();
        sceneProperty().addListener((o, was, now) -> {
            if (was != null) {
                was.getStylesheets().removeListener(sceneSheets);
            }
            if (now != null) {
                now.getStylesheets().addListener(sceneSheets);
            }
            carryStylesheetUnlessSceneDoes();
        });
        setFocusTraversable(true);
        motion = new MotionBitmaps(world, boardView, () -> viewMoved(false));
        overlay = new SelectionOverlay(this);
        world.getChildren().addAll(boardView, overlay);
        world.setManaged(false);
        Translate pan = new Translate();
        pan.xProperty().bind(viewport.panXProperty());
        pan.yProperty().bind(viewport.panYProperty());
        Scale scale = new Scale();
        scale.xProperty().bind(viewport.zoomProperty());
        scale.yProperty().bind(viewport.zoomProperty());
        world.getTransforms().setAll(pan, scale);
        screenLayer.setPickOnBounds(false);
        screenLayer.setManaged(false);
        inPlaceEditor = new InPlaceEditor(this);
        paletteDrop = new PaletteDrop(this, world);
        commands = new CanvasCommands(this);
        getChildren().addAll(grid, world, screenLayer);
        Rectangle clip = new Rectangle();
        clip.widthProperty().bind(widthProperty());
        clip.heightProperty().bind(heightProperty());
        setClip(clip);

        viewport.zoomProperty().addListener((o, a, b) -> viewMoved(false));
        viewport.panXProperty().addListener((o, a, b) -> viewMoved(true));
        viewport.panYProperty().addListener((o, a, b) -> viewMoved(true));
        session.gridVisibleProperty().addListener((o, a, b) -> redrawGrid());
        selection.addListener(this::selectionChanged);
        document.addListener(e -> {
            boardChanged(e.after(), e.delta());
            if (e.kind() == DocumentEvent.Kind.REPLACED && e.before() != e.after()) {
                // a board just opened or created: later, once every listener has seen it
                javafx.application.Platform.runLater(() -> growToFitOpened(e.after()));
            }
        });
        new CanvasGestures(this).install();
        new CanvasKeys(this).install();
        // until laid out, the canvas shows what its preferred size would
        boardView.setVisibleArea(visibleArea(computePrefWidth(-1), computePrefHeight(-1)));
        boardView.show(document.board());
    }

    /** The part of the board a view of the given size shows, in board units. */
    private Rect visibleArea(double width, double height) {
        Point2D tl = viewport.toBoard(0, 0);
        Point2D br = viewport.toBoard(width, height);
        return Rect.fromCorners(tl.getX(), tl.getY(), br.getX(), br.getY());
    }

    /**
     * After a pan or zoom: the grid moves, boxes scrolling in get views, and the level of detail follows the zoom.
     * A pan caches the boxes as a bitmap for the motion; a zoom does not, since boxes coming into view or changing
     * their level of detail would rebuild the bitmap every frame (measured: zooming got slower with it).
     */
    private void viewMoved(boolean pan) {
        if (motion.wheelZooming()) {
            // the grid too keeps its dots until the wheel rests: a new spacing would repaint the whole layer
            return;
        }
        redrawGrid();
        motion.viewMoved(pan, viewport.zoom());
        // the level of detail first: boxes coming into view are then made at the detail they are drawn at (a fitted
        // 2,000-box board made every box in full, trade-off rows and all, then dropped the words again)
        boardView.setZoom(viewport.zoom());
        if (getWidth() > 0 && getHeight() > 0) {
            boardView.setVisibleArea(visibleArea(getWidth(), getHeight()));
        }
    }

    private void carryStylesheetUnlessSceneDoes() {
        boolean inScene = getScene() != null && getScene().getStylesheets().contains(BoardView.STYLESHEET);
        if (inScene) {
            getStylesheets().remove(BoardView.STYLESHEET);
        } else if (!getStylesheets().contains(BoardView.STYLESHEET)) {
            getStylesheets().add(BoardView.STYLESHEET);
        }
    }

    public EditorSession session() {
        return session;
    }

    /** The editing commands (delete, nudge, copy, paste, undo...) that keys, menus and the inspector share. */
    public CanvasCommands commands() {
        return commands;
    }

    public BoardView boardView() {
        return boardView;
    }

    SelectionOverlay overlay() {
        return overlay;
    }

    Pane screenLayer() {
        return screenLayer;
    }

    /** Where a stage dragged from the palette lands, and its ghost under the pointer on the way. */
    public PaletteDrop paletteDrop() {
        return paletteDrop;
    }

    public InPlaceEditor inPlaceEditor() {
        return inPlaceEditor;
    }

    /** Called on a double-click on an arrow; the window asks for the new label. */
    public void setOnEdgeLabelEdit(Consumer<String> handler) {
        onEdgeLabelEdit = handler;
    }

    void editEdgeLabel(String edgeId) {
        onEdgeLabelEdit.accept(edgeId);
    }

    double snap(double v) {
        return session.snap(v);
    }

    /** The topmost box under a board point, or null. */
    Node nodeAt(double bx, double by) {
        var nodes = document.board().nodes();
        for (int i = nodes.size() - 1; i >= 0; i--) {
            if (nodes.get(i).bounds().contains(bx, by)) {
                return nodes.get(i);
            }
        }
        return null;
    }

    /** The arrow passing within a few screen pixels of a board point, or null. */
    Edge edgeAt(double bx, double by) {
        double tolerance = 6 / viewport.zoom();
        for (Edge e : document.board().edges()) {
            ArrowView view = boardView.arrow(e.id());
            if (view != null && view.distanceTo(bx, by) <= tolerance) {
                return e;
            }
        }
        return null;
    }

    /** Adds a box of {@code stage} at a free spot near the middle of the view and selects it. */
    public String addBoxInView(Stage stage) {
        Point2D c = viewport.toBoard(getWidth() / 2, getHeight() / 2);
        double offset = (placements++ % 6) * GRID * 1.5;
        return addBoxAt(stage, c.getX() - Node.DEFAULT_WIDTH / 2 + offset, c.getY() - Node.DEFAULT_HEIGHT / 2 + offset);
    }

    /** Adds a box of {@code stage} with its top-left corner at a board point and selects it. */
    public String addBoxAt(Stage stage, double bx, double by) {
        AddBox add = AddBox.at(document.board(), stage, snap(bx), snap(by));
        document.apply(add);
        selection.selectNodes(List.of(add.id()));
        requestFocus();
        return add.id();
    }

    public void zoomToFit() {
        viewport.fit(document.board().bounds(), getWidth(), getHeight(), 40);
    }

    /** Fits the board, enlarging it up to {@code maxZoom}: presenter mode's "larger text". */
    public void zoomToFit(double maxZoom) {
        viewport.fit(document.board().bounds(), getWidth(), getHeight(), 24, maxZoom);
    }

    public void zoomActual() {
        viewport.zoomAt(1, getWidth() / 2, getHeight() / 2);
    }

    /** One notch of the wheel with the shortcut key: zooms about {@code (x, y)}, scaling a bitmap until it rests. */
    void wheelZoom(boolean in, double x, double y) {
        motion.wheelTurned(viewport.zoom());
        if (in) {
            viewport.zoomIn(x, y);
        } else {
            viewport.zoomOut(x, y);
        }
    }

    /** True from a wheel zoom's first notch until the wheel rests (then the board is drawn sharp). */
    public boolean isWheelZooming() {
        return motion.wheelZooming();
    }

    public void zoomIn() {
        viewport.zoomIn(getWidth() / 2, getHeight() / 2);
    }

    public void zoomOut() {
        viewport.zoomOut(getWidth() / 2, getHeight() / 2);
    }

    /** Selects a box and pans it into view. */
    public void reveal(String nodeId) {
        document.board().node(nodeId).ifPresent(n -> {
            selection.selectNodes(List.of(nodeId));
            viewport.reveal(n.bounds(), getWidth(), getHeight(), REVEAL_MARGIN);
        });
    }

    /** Pans the least amount that brings boxes into view (as many as fit), leaving the selection alone. */
    public void revealNodes(java.util.Collection<String> ids) {
        List<Rect> rects = ids.stream().map(id -> document.board().node(id)).flatMap(java.util.Optional::stream).map(Node::bounds).toList();
        if (!rects.isEmpty()) {
            viewport.reveal(Rect.around(rects), getWidth(), getHeight(), REVEAL_MARGIN);
        }
    }

    /** The box's bounds on screen, in this canvas's coordinates. */
    public Rect screenBounds(Node n) {
        Point2D tl = viewport.toScreen(n.x(), n.y());
        return new Rect(tl.getX(), tl.getY(), n.width() * viewport.zoom(), n.height() * viewport.zoom());
    }

    /**
     * Grows the boxes of a board just opened whose words do not fit (saved by an older version, or edited by
     * hand). The grown board replaces the opened one as its saved state, not as an undo step: nothing the user did
     * is undoable, and the next save writes the sizes drawn, so saved and drawn sizes agree from the next edit on.
     */
    private void growToFitOpened(Board opened) {
        if (document.board() != opened || document.isDirty()) {
            return;
        }
        Board grown = Edits.growAllToFit(opened, org.stageboard.render.BoxFit::fit);
        if (grown != opened) {
            document.reset(grown);
        }
    }

    private void boardChanged(Board after, BoardDelta delta) {
        boardView.apply(after, delta);
        selection.forget(delta.nodesRemoved(), delta.edgesRemoved());
        selectionChanged();
    }

    private void selectionChanged() {
        boardView.setSelection(selection.nodes(), selection.edges());
        overlay.refresh();
    }

    private void redrawGrid() {
        grid.draw(viewport, GRID, session.gridVisibleProperty().get());
    }

    @Override
    protected void layoutChildren() {
        if (gridWidth != getWidth() || gridHeight != getHeight()) {
            gridWidth = getWidth();
            gridHeight = getHeight();
            grid.setViewSize(getWidth(), getHeight());
            viewMoved(false);
        }
        inPlaceEditor.relayout();
    }

    @Override
    protected double computePrefWidth(double height) {
        return 900;
    }

    @Override
    protected double computePrefHeight(double width) {
        return 700;
    }
}
