package org.stageboard.ui.findings;

import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javafx.scene.control.Label;
import javafx.scene.control.ScrollPane;
import javafx.scene.control.TitledPane;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import org.stageboard.check.tradeoff.Part;
import org.stageboard.check.tradeoff.StageReading;
import org.stageboard.check.tradeoff.TradeoffReading;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/**
 * An expandable section under the findings: for every decision stage on the board, the words the checker read as
 * the choice, the alternative and the reason, or "not found" for the parts it missed. It lets the candidate see
 * why a trade-off was credited or flagged, and correct the checker's reading by rewording. Clicking a stage's line
 * reveals the box the words came from.
 */
public final class TradeoffReadingView extends TitledPane {
    private final VBox rows = new VBox(6);
    private Consumer<String> onReveal = id -> { };
    /** The readings of the latest check, computed only while the section is open (a closed one costs nothing). */
    private Supplier<Map<Stage, StageReading>> source = Map::of;

    public TradeoffReadingView() {
        setText(Messages.get("check.reading.title"));
        setExpanded(false);
        setAnimated(false);
        getStyleClass().add("tradeoff-readings");
        rows.setFillWidth(true);
        // scrolls within a bounded height, so opening the section never squeezes the findings list away
        ScrollPane scroll = new ScrollPane(rows);
        scroll.setFitToWidth(true);
        scroll.setPrefViewportHeight(180);
        scroll.setHbarPolicy(ScrollPane.ScrollBarPolicy.NEVER);
        setMinHeight(Region.USE_PREF_SIZE); // when open, it keeps its viewport; the findings list gives way
        expandedProperty().addListener((o, was, now) -> {
            if (now) {
                // given on first opening: a closed section's scroll pane would still be styled and skinned, for
                // nothing, before the window's first frame
                if (getContent() == null) {
                    setContent(scroll);
                }
                show(source.get());
            }
        });
    }

    /** Remembers where the latest readings come from, and shows them now if the section is open. */
    public void update(Supplier<Map<Stage, StageReading>> readings) {
        source = readings;
        if (isExpanded()) {
            show(readings.get());
        }
    }

    /** Called with the id of the box a clicked line was read from. */
    public void setOnReveal(Consumer<String> handler) {
        onReveal = handler == null ? id -> { } : handler;
    }

    /** Shows the readings of one check, in the order given (pipeline order). */
    public void show(Map<Stage, StageReading> readings) {
        rows.getChildren().clear();
        if (readings.isEmpty()) {
            rows.getChildren().add(wrapped(new Label(Messages.get("check.reading.none"))));
            return;
        }
        readings.values().forEach(r -> rows.getChildren().add(row(r)));
    }

    private VBox row(StageReading r) {
        TradeoffReading t = r.reading();
        Label head = wrapped(new Label(Messages.get(r.stated() ? "check.reading.stated" : "check.reading.unstated",
                Messages.stageName(r.stage())) + source(r.source())));
        head.setStyle("-fx-font-weight: bold;");
        VBox box = new VBox(1, head,
                part("check.reading.choice", t.choice(), t.has(Part.CHOICE)),
                part("check.reading.alternative", t.alternative(), t.has(Part.ALTERNATIVE)),
                part("check.reading.reason", t.reason(), t.has(Part.REASON)));
        box.getStyleClass().add("tradeoff-reading");
        box.setId("tradeoff-reading-" + r.stage().id());
        box.setAccessibleText(head.getText());
        if (r.nodeId() != null) {
            box.setOnMouseClicked(e -> onReveal.accept(r.nodeId()));
        }
        return box;
    }

    /**
     * "Choice: «GBDT»", "Because: not found", or, for a part the learned model credited without words of its own
     * to quote, "Because: implied" rather than an empty quote.
     */
    static String partText(String key, String words, boolean found) {
        String what = !found ? Messages.get("check.reading.missing")
                : words == null || words.isBlank() ? Messages.get("check.reading.implied")
                : "\u00ab" + words + "\u00bb";
        return Messages.get(key) + ": " + what;
    }

    private static String source(StageReading.Source s) {
        return switch (s) {
            case LINKED_NOTE -> " " + Messages.get("check.reading.from-note");
            case STRUCTURED -> " " + Messages.get("check.reading.from-row");
            default -> "";
        };
    }

    private static Label part(String key, String words, boolean found) {
        Label l = wrapped(new Label(partText(key, words, found)));
        l.getStyleClass().add(found ? "reading-found" : "reading-missing");
        l.setStyle(found ? "" : "-fx-text-fill: #b06000;");
        return l;
    }

    private static Label wrapped(Label l) {
        l.setWrapText(true);
        l.setMinHeight(Region.USE_PREF_SIZE);
        return l;
    }
}
