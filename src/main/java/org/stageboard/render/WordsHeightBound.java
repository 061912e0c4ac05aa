package org.stageboard.render;

import java.util.HashMap;
import java.util.Map;
import javafx.geometry.Insets;
import javafx.scene.control.Label;
import javafx.scene.text.Text;
import javafx.scene.text.TextBoundsType;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;

/**
 * A cheap upper bound on the height a box's words need, so {@link BoxFit} can skip laying out a box whose words
 * obviously fit (most boxes of a board being opened). Words are wrapped greedily, as JavaFX does, with each word
 * as wide as the sum of its characters' advances plus some slack (never narrower than drawn, since kerning only
 * narrows); greedy wrapping needs no fewer lines when words get wider, so the line count, and the height, is at
 * least what the layout gives. Chinese and Japanese break between any two characters.
 * <p>
 * It learns the fonts, line heights and row insets from a {@link BoxView} the stylesheet has styled; until it has
 * seen one with a trade-off row it answers only for boxes without rows.
 */
final class WordsHeightBound {
    /** Each word this much wider than its characters' advances, plus a pixel: rounding and hinting. */
    private static final double SLACK = 1.04;

    private Metrics chip;
    private Metrics title;
    private Metrics text;
    private Metrics hint;
    private Metrics row;
    private Insets rowInsets;
    private double rowsGap;

    /** Learns the styled fonts from {@code probe} (CSS applied). */
    void learn(BoxView probe) {
        if (chip == null) {
            chip = new Metrics(probe.chipText());
            title = new Metrics(probe.titleText());
        }
        if (probe.textText().getStyleClass().contains("stage-box-hint")) {
            hint = hint == null ? new Metrics(probe.textText()) : hint;
        } else if (text == null && !probe.textText().getText().isEmpty()) {
            text = new Metrics(probe.textText());
        }
        if (row == null && probe.firstRow() != null) {
            Label r = probe.firstRow();
            Text metrics = new Text();
            metrics.setFont(r.getFont());
            metrics.setLineSpacing(r.getLineSpacing());
            row = new Metrics(metrics);
            rowInsets = r.getInsets();
            rowsGap = probe.rowsGap();
        }
    }

    /**
     * At least the height the words of {@code n} need in a box {@code width} wide, or infinity when this bound
     * cannot say yet (a font it has not seen).
     */
    double atMost(Node n, double width) {
        double inside = Math.max(1, width - 2 * BoxView.PADDING);
        boolean showHint = n.text().isBlank() && !n.hint().isBlank();
        String words = showHint ? n.hint() : n.text();
        Metrics body = showHint ? hint : text;
        boolean rows = n.tradeoffs().stream().anyMatch(t -> !t.isBlank());
        if (chip == null || (!words.isEmpty() && body == null) || (rows && row == null)) {
            return Double.POSITIVE_INFINITY;
        }
        String titleWords = n.title().isBlank() ? StagePalette.label(n.stage()) : n.title();
        double h = BoxView.PADDING_TOP + chip.height(StagePalette.label(n.stage()).toUpperCase(java.util.Locale.ROOT), inside)
                + BoxView.GAP + title.height(titleWords, inside);
        if (!words.isEmpty()) {
            h += BoxView.GAP + body.height(words, inside);
        }
        if (rows) {
            h += BoxView.GAP - rowsGap;
            double rowInside = inside - rowInsets.getLeft() - rowInsets.getRight();
            for (TradeOff t : n.tradeoffs()) {
                if (!t.isBlank()) {
                    h += rowsGap + rowInsets.getTop() + rowInsets.getBottom() + row.height(TradeOffFormat.oneLine(t), rowInside);
                }
            }
        }
        return h + BoxView.PADDING;
    }

    /** One font's advances and line heights. */
    private static final class Metrics {
        private final Text measure = new Text();
        private final Map<Integer, Double> advances = new HashMap<>();
        private final double firstLine;
        private final double nextLine;

        Metrics(Text styled) {
            measure.setFont(styled.getFont());
            measure.setLineSpacing(styled.getLineSpacing());
            measure.setBoundsType(TextBoundsType.LOGICAL_VERTICAL_CENTER);
            measure.setText("Ag");
            firstLine = measure.getLayoutBounds().getHeight();
            measure.setText("Ag\nAg");
            nextLine = measure.getLayoutBounds().getHeight() - firstLine;
        }

        double height(String words, double width) {
            int lines = 0;
            for (String paragraph : words.split("\n", -1)) {
                int more = lines(paragraph, width);
                if (more < 0) {
                    return Double.POSITIVE_INFINITY;
                }
                lines += more;
            }
            // and a pixel: the box's layout rounds each part's height up to whole pixels
            return firstLine + Math.max(0, lines - 1) * nextLine + 1;
        }

        /** Lines a paragraph takes wrapped greedily at {@code width}, words a little wider than they draw. */
        private int lines(String paragraph, double width) {
            int lines = 1;
            double used = 0;
            int i = 0;
            while (i < paragraph.length()) {
                int cp = paragraph.codePointAt(i);
                int end = i + Character.charCount(cp);
                if (!breaksAnywhere(cp) && !Character.isWhitespace(cp)) {
                    while (end < paragraph.length()) {
                        int next = paragraph.codePointAt(end);
                        if (Character.isWhitespace(next) || breaksAnywhere(next)) {
                            break;
                        }
                        end += Character.charCount(next);
                    }
                }
                double w = Character.isWhitespace(cp) ? advance(cp) : width(paragraph, i, end) * SLACK + 1;
                if (Character.isWhitespace(cp)) {
                    // a space at a line's end hangs past the edge; it never starts the next line
                    used += w;
                } else if (w > width) {
                    // a word wider than the line breaks between characters: too fiddly to bound, so measure
                    return -1;
                } else if (used + w <= width) {
                    used += w;
                } else {
                    lines++;
                    used = w;
                }
                i = end;
            }
            return lines;
        }

        private double width(String s, int from, int to) {
            double w = 0;
            for (int i = from; i < to; ) {
                int cp = s.codePointAt(i);
                w += advance(cp);
                i += Character.charCount(cp);
            }
            return w;
        }

        private double advance(int cp) {
            return advances.computeIfAbsent(cp, c -> {
                measure.setText(new String(Character.toChars(c)));
                return measure.getLayoutBounds().getWidth();
            });
        }

        private static boolean breaksAnywhere(int cp) {
            Character.UnicodeScript s = Character.UnicodeScript.of(cp);
            return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA
                    || s == Character.UnicodeScript.KATAKANA || s == Character.UnicodeScript.HANGUL
                    || (cp >= 0x3000 && cp <= 0x303F) || (cp >= 0xFF00 && cp <= 0xFFEF);
        }
    }
}
