package org.stageboard.rehearsal.score;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.fixtures.TestSessions;
import org.stageboard.i18n.InEnglish;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.FindingSource;
import org.stageboard.rehearsal.curveball.CurveballOutcome;

@ExtendWith(InEnglish.class)
class ScoredReportTest {
    @TempDir
    Path dir;


    @Test
    void theCurveballShowsWhatChangedWhereAndTheFindingsBeforeAndAfter() {
        List<CurveballOutcome> out = CurveballOutcome.of(TestSessions.curveballSession().log(), FindingSource.checker());
        assertEquals(1, out.size());
        CurveballOutcome c = out.get(0);
        assertEquals("train on matured labels", c.answer());
        assertEquals(java.util.Set.of(Stage.MODEL, Stage.MONITORING), c.changedStages());
        assertTrue(c.changes().stream().anyMatch(s -> s.contains("drift on early proxies")), c.changes().toString());
        assertTrue(c.resolved().stream().anyMatch(f -> f.stage() == Stage.MODEL), "the baseline finding went away: "
                + c.before() + " → " + c.after());
        assertTrue(c.before().size() > c.after().size(), c.before() + " → " + c.after());
    }

    @Test
    void theMarkdownHasTheCurveballSectionAndTheScorecardTable() {
        ScoredReport r = ScoredReport.of(TestSessions.curveballSession(), FindingSource.checker(), Optional.empty());
        String md = r.toMarkdown("b.report.png", "b.scorecard.png");
        assertTrue(md.contains("## Curveballs\n\n1. At 20:00 (Data): Labels now arrive 60 days late."), md);
        assertTrue(md.contains("Your answer: train on matured labels"), md);
        assertTrue(md.contains("Changed on the board afterwards (Model, Monitoring):"), md);
        assertTrue(md.contains("Findings at the curveball: "), md);
        assertTrue(md.contains("Findings at the end: "), md);
        assertTrue(md.contains("Resolved since: Model: "), md);
        assertTrue(md.contains("## Scorecard\n\n| Dimension | Level | What it saw | A stronger answer |\n|---|---|---|---|\n"),
                md);
        for (DimensionScore s : r.scorecard().scores()) {
            assertTrue(md.contains("| " + s.dimension().displayName() + " | "
                    + ScoredReport.levelName(s.level()) + " | " + s.evidence().replace("|", "\\|") + " | "), s.toString());
        }
        assertTrue(md.contains("Requirements state “20k QPS, p99 50 ms”"), md);
        assertTrue(md.indexOf("## Scorecard") < md.indexOf("![The board](b.report.png)"), "the board picture last");
        assertTrue(md.contains("](b.scorecard.png)"), md);
        assertEquals(7, r.scorecard().levels().size());
    }

    @Test
    void writtenBesideTheBoardWithTheScorecardPicture() throws Exception {
        ScoredReport r = ScoredReport.of(TestSessions.curveballSession(), FindingSource.checker(), Optional.empty());
        Path board = dir.resolve("fraud.stageboard");
        var written = r.writeBeside(board, null);
        assertEquals(dir.resolve("fraud.report.md"), written.markdown());
        Path png = dir.resolve("fraud.scorecard.png");
        BufferedImage img = javax.imageio.ImageIO.read(png.toFile());
        assertEquals(ScorecardImage.WIDTH, img.getWidth());
        assertTrue(img.getHeight() > 300, "seven rows: " + img.getHeight());
        assertTrue(Files.readString(written.markdown()).contains("](fraud.scorecard.png)"));
    }
}
