package org.stageboard.export.vector;

import java.awt.Font;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stageboard.i18n.Messages;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Node;
import org.stageboard.model.TradeOff;
import org.stageboard.render.BoxView;

/**
 * A box's text laid out as the canvas's BoxView lays it out: the fonts and paddings of {@code board.css}, the stage
 * chip, title, body (or hint) and trade-off rows wrapped to the box's width, and the height they need.
 */
final class BoxTextLayout {
    // sizes from board.css and BoxView
    static final double PAD_TOP = 6;
    static final double PAD = BoxView.PADDING;
    static final double GAP = 4;
    static final double TRADEOFF_GAP = 3;
    static final double TEXT_LINE_SPACING = 1;
    private static final double TRADEOFF_PITCH_EM = 15.0 / 11.5;

    final Font chipFont;
    final Font titleFont;
    final Font textFont;
    final Font hintFont;
    final Font tradeoffFont;
    private final LinePitch pitch;

    BoxTextLayout(Font base, LinePitch pitch) {
        this.pitch = pitch;
        chipFont = base.deriveFont(Font.BOLD, 9.5f);
        titleFont = base.deriveFont(Font.BOLD, 14f);
        textFont = base.deriveFont(Font.PLAIN, 12.5f);
        hintFont = base.deriveFont(Font.ITALIC, 12.5f);
        tradeoffFont = base.deriveFont(Font.PLAIN, 11.5f);
    }

    /** A box's words wrapped to its width, and the height they need (as BoxView's content measures it). */
    record BoxText(List<String> chip, List<String> title, List<String> body, boolean hint,
                   List<List<String>> tradeoffs, double needed) {
    }

    BoxText wrap(Node n) {
        double inner = Math.max(1, n.width() - 2 * PAD);
        List<String> chip = TextWrap.lines(Messages.stageName(n.stage()).toUpperCase(Locale.ROOT), chipFont,
                VectorBoardPainter.FRC, inner);
        String titleText = n.title().isBlank() ? Messages.stageName(n.stage()) : n.title();
        List<String> title = TextWrap.lines(titleText, titleFont, VectorBoardPainter.FRC, inner);
        boolean hint = n.text().isBlank() && !n.hint().isBlank();
        String bodyText = hint ? n.hint() : n.text();
        List<String> body = bodyText.isEmpty() ? List.of() : TextWrap.lines(bodyText, hint ? hintFont : textFont,
                VectorBoardPainter.FRC, inner);
        List<List<String>> rows = new ArrayList<>();
        for (TradeOff t : n.tradeoffs()) {
            if (!t.isBlank()) {
                rows.add(TextWrap.lines(TradeOffFormat.oneLine(t), tradeoffFont, VectorBoardPainter.FRC,
                        inner - 6 - 4 - 3));
            }
        }
        double needed = PAD_TOP + pitch.block(pitch.height(chip, chipFont, 0)) + GAP
                + pitch.block(pitch.height(title, titleFont, 0));
        if (!body.isEmpty()) {
            needed += GAP + pitch.block(pitch.height(body, textFont, TEXT_LINE_SPACING));
        }
        if (!rows.isEmpty()) {
            needed += GAP;
            for (int i = 0; i < rows.size(); i++) {
                needed += (i > 0 ? TRADEOFF_GAP : 0) + tradeoffHeight(rows.get(i));
            }
        }
        return new BoxText(chip, title, body, hint, rows, needed + PAD);
    }

    /** The height of a trade-off row of these lines, its 2 + 2 padding included. */
    double tradeoffHeight(List<String> lines) {
        return pitch.block(lines.size() * tradeoffPitch() + 4);
    }

    /**
     * The distance between a trade-off row's lines: the canvas's rows are Labels, whose lines stand 1.3 em apart
     * (measured against the canvas, PngMatchesCanvasTest) where a Text's stand 1.16 em; the glyphs sit in the middle.
     */
    double tradeoffPitch() {
        return pitch.pixels() ? tradeoffFont.getSize2D() * TRADEOFF_PITCH_EM : LinePitch.lineHeight(tradeoffFont);
    }
}
