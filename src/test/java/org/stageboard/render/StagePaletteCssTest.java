package org.stageboard.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Stage;

/** board.css colours each stage's boxes by class; the colours must be StagePalette's (the palette, vector exports). */
class StagePaletteCssTest {
    @Test
    void everyStageHasOneRuleWithThePalettesAccentAndFill() throws IOException {
        String css;
        try (InputStream in = BoardView.class.getResourceAsStream("board.css")) {
            css = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        for (Stage s : Stage.values()) {
            Matcher m = Pattern.compile("\\.stage-box\\." + Pattern.quote(StagePalette.styleClass(s))
                    + "\\s*\\{\\s*-stage-accent:\\s*(#[0-9a-fA-F]{6});\\s*-stage-fill:\\s*(#[0-9a-fA-F]{6});\\s*}")
                    .matcher(css);
            assertTrue(m.find(), "a rule for " + s);
            assertEquals(StagePalette.css(StagePalette.accent(s)), m.group(1).toLowerCase(Locale.ROOT), s + " accent");
            assertEquals(StagePalette.css(StagePalette.fill(s)), m.group(2).toLowerCase(Locale.ROOT), s + " fill");
            assertTrue(!m.find(), "one rule for " + s);
        }
    }
}
