package org.stageboard.rehearsal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The scorecard picture wraps CJK text the way it is set: no line starts with closing punctuation. */
class ScorecardWrapTest {
    @Test
    void closingPunctuationNeverStartsALine() {
        FontMetrics fm = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB).createGraphics()
                .getFontMetrics(new Font(Font.SANS_SERIF, Font.PLAIN, 14));
        String text = "更强的回答还会说明如果进阶模型收益不大，下一步试什么。写明了标签：“Amount-weighted loss”。";
        for (int width = 40; width <= 400; width += 3) {
            List<String> lines = ScorecardImage.wrap(text, fm, width);
            assertEquals(text.replace(" ", ""), String.join("", lines).replace(" ", ""), "nothing lost at " + width);
            for (String line : lines) {
                assertFalse("。，：”".indexOf(line.codePointAt(0)) >= 0, "line starts with punctuation at " + width + ": " + line);
            }
        }
    }
}
