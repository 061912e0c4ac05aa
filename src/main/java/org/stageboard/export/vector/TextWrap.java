package org.stageboard.export.vector;

import java.awt.Font;
import java.awt.font.FontRenderContext;
import java.awt.font.LineBreakMeasurer;
import java.awt.font.TextAttribute;
import java.text.AttributedString;
import java.util.ArrayList;
import java.util.List;

/**
 * Breaks text into lines no wider than a width, as a wrapping label does: at spaces, between CJK characters, and
 * inside a word only when the word alone is too wide. Each '\n' starts a new line. The lines are drawn as strings,
 * so the output keeps real, selectable text.
 */
final class TextWrap {
    private TextWrap() {
    }

    static List<String> lines(String text, Font font, FontRenderContext frc, double width) {
        List<String> out = new ArrayList<>();
        for (String paragraph : text.split("\n", -1)) {
            if (paragraph.isEmpty()) {
                out.add("");
                continue;
            }
            if (font.getStringBounds(paragraph, frc).getWidth() <= width) {
                // fits on one line: what the line breaker would say, without its text layout
                out.add(paragraph.stripTrailing());
                continue;
            }
            AttributedString as = new AttributedString(paragraph);
            as.addAttribute(TextAttribute.FONT, font);
            LineBreakMeasurer m = new LineBreakMeasurer(as.getIterator(), frc);
            int start = 0;
            while (m.getPosition() < paragraph.length()) {
                int end = m.nextOffset((float) Math.max(1, width));
                if (end <= start) {
                    end = paragraph.offsetByCodePoints(start, 1);
                }
                m.setPosition(end);
                out.add(paragraph.substring(start, end).stripTrailing());
                start = end;
            }
        }
        return out;
    }
}
