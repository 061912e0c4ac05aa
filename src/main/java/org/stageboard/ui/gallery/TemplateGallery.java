package org.stageboard.ui.gallery;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Function;
import javafx.collections.FXCollections;
import javafx.geometry.Insets;
import javafx.geometry.Pos;
import javafx.scene.Scene;
import javafx.scene.control.Button;
import javafx.scene.control.ComboBox;
import javafx.scene.control.Label;
import javafx.scene.control.ListView;
import javafx.scene.control.TextArea;
import javafx.scene.control.TitledPane;
import javafx.scene.control.ToggleButton;
import javafx.scene.control.ToggleGroup;
import javafx.scene.control.Tooltip;
import javafx.scene.input.MouseButton;
import javafx.scene.layout.BorderPane;
import javafx.scene.layout.HBox;
import javafx.scene.layout.Priority;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.stage.Stage;
import javafx.stage.Window;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.template.Category;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.ui.kit.Windows;

/**
 * File > New from template: search and filter the templates, see the question and a diagram preview, choose practice
 * or reference mode, and open a new board seeded from the choice.
 * Use {@link #show(Window, TemplateLibrary, Function)} from the main window; the constructor is for embedding and tests.
 */
public final class TemplateGallery extends BorderPane {
    private final TemplateLibrary library;
    private final Function<Board, javafx.scene.Node> preview;
    private final atlantafx.base.controls.CustomTextField search = new atlantafx.base.controls.CustomTextField();
    private final ComboBox<CategoryChoice> category = new ComboBox<>();
    private final ListView<Template> list = new ListView<>();
    private final Label title = new Label();
    private final Label prompt = new Label();
    private final GalleryPreview previewPane = new GalleryPreview();
    private final Label count = new Label();
    private final ToggleGroup modes = new ToggleGroup();
    private final ToggleButton practice = new ToggleButton(Messages.get("gallery.mode.practice"));
    private final ToggleButton reference = new ToggleButton(Messages.get("gallery.mode.reference"));
    private final Button open = new Button(Messages.get("gallery.open"));
    private final Button cancel = new Button(Messages.get("gallery.cancel"));
    private Consumer<Optional<Board>> onDone = b -> { };
    /** Practice or reference, as last chosen in this session. */
    private static Seeder.Mode lastMode = Seeder.Mode.PRACTICE;
    /** Where the choice is kept across restarts; null keeps it for this session only. */
    private static GalleryMemory memory;

    /** Forgets the session's choice and its memory, as a fresh start of the app would (tests). */
    static void forgetSessionChoice() {
        lastMode = Seeder.Mode.PRACTICE;
        memory = null;
    }

    /** Keeps the practice/reference choice in {@code settings} (the app calls this once at start). */
    public static void rememberModeIn(org.stageboard.io.Settings settings) {
        memory = settings == null ? null : new GalleryMemory(settings);
        if (memory != null) {
            memory.load().ifPresent(m -> lastMode = m);
        }
    }

    /** An entry of the category filter; a null category means every category. */
    record CategoryChoice(Category category) {
        @Override
        public String toString() {
            return category == null ? Messages.get("gallery.category.all") : category.displayName();
        }
    }

    /**
     * @param preview draws a small picture of the board a choice would open (e.g. the real box renderer, scaled);
     *                {@link PipelinePreview#render} is the built-in one
     */
    public TemplateGallery(TemplateLibrary library, Function<Board, javafx.scene.Node> preview) {
        this.library = library;
        this.preview = preview;
        getStyleClass().add("template-gallery");
        setPadding(new Insets(12));
        setTop(filters());
        setCenter(body());
        setBottom(buttons());
        refresh();
    }

    public TemplateGallery(TemplateLibrary library) {
        this(library, PipelinePreview::render);
    }

    /** Called once, with the board to open or empty when the user cancels. */
    public void setOnDone(Consumer<Optional<Board>> onDone) {
        this.onDone = onDone;
    }

    /** The board the current choice would open: the selected template seeded in the selected mode. */
    public Optional<Board> selectedBoard() {
        Template t = list.getSelectionModel().getSelectedItem();
        return t == null ? Optional.empty() : Optional.of(Seeder.seed(t, mode()));
    }

    public Seeder.Mode mode() {
        return reference.isSelected() ? Seeder.Mode.REFERENCE : Seeder.Mode.PRACTICE;
    }

    private HBox filters() {
        search.setId("gallery-search");
        search.setPromptText(Messages.get("gallery.search"));
        search.setLeft(searchIcon());
        Button clear = new Button("\u2715");
        clear.setId("gallery-search-clear");
        clear.getStyleClass().addAll(atlantafx.base.theme.Styles.FLAT, atlantafx.base.theme.Styles.SMALL);
        clear.setFocusTraversable(false);
        clear.setTooltip(new Tooltip(Messages.get("gallery.search.clear")));
        clear.visibleProperty().bind(search.textProperty().isNotEmpty());
        clear.setOnAction(e -> search.clear());
        search.setRight(clear);
        HBox.setHgrow(search, Priority.ALWAYS);
        search.textProperty().addListener((o, a, b) -> refresh());
        category.setId("gallery-category");
        category.getItems().add(new CategoryChoice(null));
        for (Category c : Category.values()) {
            category.getItems().add(new CategoryChoice(c));
        }
        category.getSelectionModel().selectFirst();
        category.valueProperty().addListener((o, a, b) -> refresh());
        HBox box = new HBox(8, search, category, count);
        box.setAlignment(Pos.CENTER_LEFT);
        box.setPadding(new Insets(0, 0, 10, 0));
        return box;
    }

    /** A small magnifier drawn as a shape, so it needs no icon font. */
    private static javafx.scene.Node searchIcon() {
        javafx.scene.shape.SVGPath glass = new javafx.scene.shape.SVGPath();
        glass.setContent("M6 0 A6 6 0 1 0 6 12 A6 6 0 1 0 6 0 Z M6 2 A4 4 0 1 1 6 10 A4 4 0 1 1 6 2 Z "
                + "M10 9.6 L14.4 14 L13 15.4 L8.6 11 Z");
        glass.getStyleClass().add("search-icon");
        glass.setStyle("-fx-fill: -color-fg-muted;"); // the theme's own muted colour, light or dark
        return glass;
    }

    private HBox body() {
        list.setId("gallery-list");
        list.setPrefWidth(340);
        list.setMinWidth(260);
        list.setPlaceholder(new Label(Messages.get("gallery.empty")));
        list.setCellFactory(v -> new TemplateCell());
        list.getSelectionModel().selectedItemProperty().addListener((o, a, b) -> showSelection());
        list.setOnMouseClicked(e -> {
            if (e.getButton() == MouseButton.PRIMARY && e.getClickCount() == 2 && !open.isDisabled()) {
                finish(selectedBoard());
            }
        });
        title.setId("gallery-title");
        title.setStyle("-fx-font-weight: bold; -fx-font-size: 15px;");
        title.setWrapText(true);
        prompt.setId("gallery-prompt");
        prompt.setWrapText(true);
        prompt.setMinHeight(Region.USE_PREF_SIZE);
        VBox.setVgrow(previewPane, Priority.ALWAYS);
        VBox details = new VBox(10, title, prompt, previewPane);
        details.setPrefWidth(PipelinePreview.WIDTH + 20);
        details.setPadding(new Insets(0, 0, 0, 12));
        HBox.setHgrow(details, Priority.ALWAYS);
        return new HBox(list, details);
    }

    private VBox buttons() {
        practice.setId("gallery-practice");
        reference.setId("gallery-reference");
        practice.setTooltip(new Tooltip(Messages.get("gallery.mode.practice.tip")));
        reference.setTooltip(new Tooltip(Messages.get("gallery.mode.reference.tip")));
        practice.setToggleGroup(modes);
        reference.setToggleGroup(modes);
        // one segmented control, in the theme's own pill style (AtlantaFX), rather than two loose buttons
        practice.getStyleClass().add(atlantafx.base.theme.Styles.LEFT_PILL);
        reference.getStyleClass().add(atlantafx.base.theme.Styles.RIGHT_PILL);
        practice.setMinWidth(Region.USE_PREF_SIZE);
        reference.setMinWidth(Region.USE_PREF_SIZE);
        HBox segmented = new HBox(0, practice, reference);
        segmented.setId("gallery-mode");
        (lastMode == Seeder.Mode.REFERENCE ? reference : practice).setSelected(true);
        // one mode is always chosen: clicking the chosen one again keeps it
        modes.selectedToggleProperty().addListener((o, was, now) -> {
            if (now == null) {
                was.setSelected(true);
            } else {
                lastMode = mode(); // remembered as soon as it is chosen, even if the gallery is then cancelled
                if (memory != null) {
                    memory.save(lastMode);
                }
                showSelection();
            }
        });
        open.setId("gallery-open");
        open.setDefaultButton(true);
        open.setOnAction(e -> finish(selectedBoard()));
        cancel.setId("gallery-cancel");
        cancel.setCancelButton(true);
        cancel.setOnAction(e -> finish(Optional.empty()));
        Region spacer = new Region();
        HBox.setHgrow(spacer, Priority.ALWAYS);
        cancel.setMinWidth(Region.USE_PREF_SIZE);
        open.setMinWidth(Region.USE_PREF_SIZE);
        HBox row = new HBox(8, segmented, spacer, cancel, open);
        row.setAlignment(Pos.CENTER_LEFT);
        VBox bottom = new VBox(8);
        bottom.setPadding(new Insets(10, 0, 0, 0));
        List<String> warnings = library.warnings();
        if (!warnings.isEmpty()) {
            TextArea text = new TextArea(String.join("\n", warnings));
            text.setEditable(false);
            text.setWrapText(true);
            text.setPrefRowCount(Math.min(5, warnings.size() + 1));
            text.setMinHeight(Region.USE_PREF_SIZE);
            TitledPane pane = new TitledPane(Messages.get("gallery.warnings", warnings.size()), text);
            pane.setId("gallery-warnings");
            pane.setExpanded(false);
            pane.setAnimated(false);
            bottom.getChildren().add(pane);
        }
        bottom.getChildren().add(row);
        return bottom;
    }

    private void refresh() {
        Template selected = list.getSelectionModel().getSelectedItem();
        CategoryChoice choice = category.getValue();
        Set<Category> cats = choice == null || choice.category() == null ? Set.of() : Set.of(choice.category());
        List<Template> found = library.search(search.getText(), cats);
        list.setItems(FXCollections.observableArrayList(found));
        if (selected != null && found.contains(selected)) {
            list.getSelectionModel().select(selected);
        } else if (!found.isEmpty()) {
            list.getSelectionModel().selectFirst();
        }
        count.setText(Messages.get("gallery.count", found.size(), library.all().size()));
        showSelection();
    }

    private void showSelection() {
        Optional<Board> board = selectedBoard();
        open.setDisable(board.isEmpty());
        Template t = list.getSelectionModel().getSelectedItem();
        title.setText(t == null ? "" : t.title());
        prompt.setText(t == null ? Messages.get("gallery.noSelection") : t.prompt());
        previewPane.show(board.map(preview).orElse(null));
    }

    /** The preview's drawing scale (tests check it grows with the window). */
    double previewZoom() {
        return previewPane.zoom();
    }

    private void finish(Optional<Board> result) {
        Consumer<Optional<Board>> done = onDone;
        onDone = b -> { }; // a double click and Enter must not open two boards
        done.accept(result);
    }

    /** Shows the gallery as a modal window over {@code owner}, with the built-in preview. */
    public static Optional<Board> show(Window owner, TemplateLibrary library) {
        return show(owner, library, PipelinePreview::render);
    }

    /** Shows the gallery as a modal window over {@code owner}; returns the board to open, or empty if cancelled. */
    public static Optional<Board> show(Window owner, TemplateLibrary library,
                                       Function<Board, javafx.scene.Node> preview) {
        Stage stage = new Stage();
        Windows.ownAndBlock(stage, owner);
        Windows.fitWhenShown(stage);
        stage.setTitle(Messages.get("gallery.title"));
        TemplateGallery gallery = new TemplateGallery(library, preview);
        AtomicReference<Optional<Board>> result = new AtomicReference<>(Optional.empty());
        gallery.setOnDone(b -> {
            result.set(b);
            stage.close();
        });
        // as big as a comfortable share of the screen allows, so the preview is large enough to read
        javafx.geometry.Rectangle2D screen = javafx.stage.Screen.getPrimary().getVisualBounds();
        stage.setScene(new Scene(gallery, Math.max(900, Math.min(1400, screen.getWidth() * 0.9)),
                Math.max(600, Math.min(900, screen.getHeight() * 0.86))));
        stage.showAndWait();
        return result.get();
    }
}
