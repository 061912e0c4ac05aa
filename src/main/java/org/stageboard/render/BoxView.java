package org.stageboard.render;

import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.layout.Region;
import javafx.scene.layout.VBox;
import javafx.scene.shape.Rectangle;
import javafx.scene.text.Text;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * One box on the board: a coloured stage band, the title, the answer text (or the hint, greyed, when the answer
 * is empty) and the trade-off rows. It draws a {@link Node} and nothing else, so the canvas and PNG export show
 * the same thing.
 */
public class BoxView extends Region {
    /** Padding inside a box, also assumed by the template layout's text estimate. */
    public static final double PADDING = 10;
    /** Padding above the chip, and the gap between the chip, title, text and trade-offs. */
    static final double PADDING_TOP = 6;
    static final double GAP = 4;
    private static final double ROWS_GAP = 3;

    /*
     * Text, not Label: a box's words need no control behaviour, and each Label brought a skin and twice the nodes
     * for CSS to style, which on a board of 2,000 boxes was most of the time it took to open. Text does not wrap
     * by itself in a VBox, so wrapAt sets its wrapping width whenever the box's width changes or is measured.
     */
    private final Text stageChip = new Text();
    private final Text title = new Text();
    private final Text text = new Text();
    private final VBox tradeoffs = new VBox(ROWS_GAP);
    private final VBox content = new VBox(GAP, stageChip, title, text, tradeoffs);
    private final Rectangle clip = new Rectangle();
    private final OverflowCue overflow = new OverflowCue(this, getChildren(), this::fullWords);
    private Node node;
    private Label badge;
    private Detail detail;
    /** The trade-off rows wait until the box is drawn in full: at low zoom they are never built. */
    private boolean rowsStale;
    /**
     * The chip, title and text wait until the box shows words: a box drawn in colour only (a fitted big board just
     * opened) sets none, which was a third of making its view.
     */
    private boolean wordsStale;

    /**
     * How much of a box is drawn: everything; the stage colour and title (boxes too small to read); the colour only
     * (boxes a few pixels high). Drawing less at low zoom is what keeps a fitted 2,000-box board fluid.
     */
    public enum Detail { FULL, TITLE, BLANK }

    public BoxView(Node node) {
        this(node, Detail.FULL);
    }

    public BoxView(Node node, Detail detail) {
        this.detail = detail;
        getStyleClass().add("stage-box");
        stageChip.getStyleClass().add("stage-box-chip");
        title.getStyleClass().add("stage-box-title");
        text.getStyleClass().add("stage-box-text");
        tradeoffs.getStyleClass().add("stage-box-tradeoffs");
        for (Text t : new Text[] {stageChip, title, text}) {
            // what modena's .text rule gives a Label's text, set here so the picture stays the one Labels drew
            t.setBoundsType(javafx.scene.text.TextBoundsType.LOGICAL_VERTICAL_CENTER);
            t.setFontSmoothingType(javafx.scene.text.FontSmoothingType.LCD);
        }
        content.setPadding(new Insets(PADDING_TOP, PADDING, PADDING, PADDING));
        content.setFillWidth(true);
        // the content joins the box once it shows any words (showDetail): a box drawn in colour only is one node
        // for CSS to style, which is what lets a fitted 2,000-box board open quickly
        // the content is clipped, not the box, so the shadow drawn around the box (board.css) shows
        content.setClip(clip);
        update(node);
    }

    public Detail detail() {
        return detail;
    }

    /** Draws the box at {@code next} level of detail; the words hidden stay, ready to show again. */
    public void setDetail(Detail next) {
        if (next != detail) {
            detail = next;
            showDetail();
        }
    }

    private void showDetail() {
        if (wordsStale && detail != Detail.BLANK) {
            // fills the words, then comes back here
            fillText(node);
            return;
        }
        boolean full = detail == Detail.FULL;
        if (detail == Detail.BLANK) {
            getChildren().remove(content);
        } else if (content.getParent() != this) {
            getChildren().add(0, content);
        }
        if (full && rowsStale) {
            fillRows(node);
        }
        stageChip.setVisible(full);
        stageChip.setManaged(full);
        title.setVisible(detail != Detail.BLANK);
        showIfAny(text, full && !text.getText().isEmpty());
        showIfAny(tradeoffs, full && !tradeoffs.getChildren().isEmpty());
        placeBadge();
        requestLayout();
    }

    /**
     * The badge joins the box only when the box shows words: a hidden Label is still styled and given a skin, and
     * on a fitted 2,000-box board most boxes carry one.
     */
    private void placeBadge() {
        boolean shown = badge != null && detail != Detail.BLANK;
        if (shown && badge.getParent() != this) {
            getChildren().add(badge);
        } else if (!shown && badge != null && badge.getParent() == this) {
            getChildren().remove(badge);
        }
    }

    private static void showIfAny(javafx.scene.Node part, boolean show) {
        part.setVisible(show);
        part.setManaged(show);
    }

    public Node node() {
        return node;
    }

    /** Shows {@code n}; cheap when only the position changed. */
    public void update(Node n) {
        Node old = node;
        node = n;
        relocate(n.x(), n.y());
        if (old == null || old.width() != n.width() || old.height() != n.height()) {
            setMinSize(n.width(), n.height());
            setPrefSize(n.width(), n.height());
            setMaxSize(n.width(), n.height());
            clip.setWidth(n.width());
            clip.setHeight(n.height());
            content.setPrefWidth(n.width());
            content.setMaxWidth(n.width());
            wrapAt(n.width());
        }
        boolean stageChanged = old == null || old.stage() != n.stage();
        if (stageChanged) {
            applyStage(n.stage());
        }
        if (stageChanged || !old.title().equals(n.title()) || !old.text().equals(n.text())
                || !old.hint().equals(n.hint()) || !old.tradeoffs().equals(n.tradeoffs())) {
            if (detail == Detail.BLANK) {
                wordsStale = true;
                overflow.wordsChanged();
            } else {
                fillText(n);
            }
        }
    }

    private void applyStage(Stage s) {
        getStyleClass().removeIf(c -> c.startsWith("stage-box-") && !c.equals("stage-box"));
        // the colours come with the class (board.css), so the boxes of a stage share one style
        getStyleClass().add(StagePalette.styleClass(s));
    }

    private void fillText(Node n) {
        wordsStale = false;
        stageChip.setText(StagePalette.label(n.stage()).toUpperCase(java.util.Locale.ROOT));
        title.setText(shownTitle(n));
        boolean showHint = n.text().isBlank() && !n.hint().isBlank();
        text.setText(showHint ? n.hint() : n.text());
        text.getStyleClass().remove("stage-box-hint");
        if (showHint) {
            text.getStyleClass().add("stage-box-hint");
        }
        if (detail == Detail.FULL) {
            fillRows(n);
        } else {
            tradeoffs.getChildren().clear();
            rowsStale = true;
        }
        showDetail();
        overflow.wordsChanged();
        requestLayout();
    }

    /** A box's title, or its stage's name while it has none. */
    private static String shownTitle(Node n) {
        return n.title().isBlank() ? StagePalette.label(n.stage()) : n.title();
    }

    /** The title, text and trade-offs in one piece: the tooltip of a box whose words do not all fit. */
    private String fullWords() {
        Node n = node;
        StringBuilder all = new StringBuilder(shownTitle(n));
        if (!n.text().isBlank()) {
            all.append("\n\n").append(n.text());
        }
        for (TradeOff t : n.tradeoffs()) {
            if (!t.isBlank()) {
                all.append("\n\u2022 ").append(TradeOffFormat.oneLine(t));
            }
        }
        return all.toString();
    }

    private void fillRows(Node n) {
        rowsStale = false;
        tradeoffs.getChildren().clear();
        for (TradeOff t : n.tradeoffs()) {
            if (t.isBlank()) {
                continue;
            }
            Label row = new Label(TradeOffFormat.oneLine(t));
            row.setWrapText(true);
            row.getStyleClass().add("stage-box-tradeoff");
            tradeoffs.getChildren().add(row);
        }
    }

    /** The height the title, text and trade-offs take at {@code width} (CSS applied): what {@link BoxFit} measures. */
    public double neededHeight(double width) {
        wrapAt(width);
        double needed = content.prefHeight(width);
        wrapAt(getWidth() > 0 ? getWidth() : node.width());
        return needed;
    }

    /* The styled parts WordsHeightBound learns its fonts from. */
    Text chipText() {
        return stageChip;
    }

    Text titleText() {
        return title;
    }

    Text textText() {
        return text;
    }

    Label firstRow() {
        return tradeoffs.getChildren().isEmpty() ? null : (Label) tradeoffs.getChildren().get(0);
    }

    double rowsGap() {
        return ROWS_GAP;
    }

    /** Wraps the title, text and chip at the width inside a box {@code boxWidth} wide (the rows wrap themselves). */
    private void wrapAt(double boxWidth) {
        double inside = Math.max(1, boxWidth - 2 * PADDING);
        stageChip.setWrappingWidth(inside);
        title.setWrappingWidth(inside);
        text.setWrappingWidth(inside);
    }

    /** Whether some of the words are cut off at the bottom (the box is at its maximum size or was made smaller). */
    public boolean isOverflowing() {
        return overflow.isOn();
    }

    /** The full title, text and trade-offs, shown on hover when they do not all fit. */
    public javafx.scene.control.Tooltip fullTextTooltip() {
        return overflow.tooltip();
    }

    /**
     * Marks the box with a small round badge in its top-right corner (the checker's findings on the canvas),
     * or removes it when {@code text} is null. Exports never set one.
     */
    public void setBadge(String text, String styleClass, String tooltip) {
        if (text == null) {
            if (badge != null) {
                getChildren().remove(badge);
                badge = null;
            }
            return;
        }
        if (badge == null) {
            badge = new Label();
            badge.setManaged(false);
        }
        placeBadge();
        badge.setText(text);
        badge.getStyleClass().setAll("label", "box-badge", styleClass);
        // the explanation wraps at a readable width instead of one screen-wide line
        javafx.scene.control.Tooltip.install(badge, Tooltips.wrapping(tooltip));
        requestLayout();
    }

    public Label badge() {
        return badge;
    }

    @Override
    protected void layoutChildren() {
        if (content.getParent() != this) {
            overflow.show(false);
            layoutBadge();
            return;
        }
        wrapAt(getWidth());
        double needed = content.prefHeight(getWidth());
        content.resizeRelocate(0, 0, getWidth(), needed);
        // a box drawn with less detail shows no cue: its words are hidden anyway
        overflow.show(detail == Detail.FULL && needed > getHeight() + 1);
        overflow.layout(getWidth(), getHeight());
        layoutBadge();
    }

    private void layoutBadge() {
        if (badge != null && badge.getParent() == this) {
            double size = Math.max(18, badge.prefWidth(-1));
            badge.resizeRelocate(getWidth() - size - 4, 4, size, 18);
        }
    }
}
