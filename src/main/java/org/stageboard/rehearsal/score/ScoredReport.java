package org.stageboard.rehearsal.score;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.stageboard.check.Finding;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.FindingSource;
import org.stageboard.rehearsal.SavedSession;
import org.stageboard.rehearsal.SessionReport;
import org.stageboard.rehearsal.curveball.CurveballOutcome;
import org.stageboard.template.Template;

/**
 * The whole end-of-rehearsal report: the session report (time, stages, findings, follow-ups), what each curveball
 * changed with the findings before and after it, and the scorecard. The window, the saved Markdown and the
 * {@code report} command all print it from here.
 */
public record ScoredReport(SessionReport report, List<CurveballOutcome> curveballs, Scorecard scorecard) {
    public ScoredReport {
        Objects.requireNonNull(report, "report");
        curveballs = List.copyOf(curveballs);
        Objects.requireNonNull(scorecard, "scorecard");
    }

    /**
     * Builds the report of a saved session.
     *
     * @param findings the checker, as the report lists its findings (also run on the board at each curveball)
     * @param template the board's template, for its reference answer; empty when the board has none
     */
    public static ScoredReport of(SavedSession session, FindingSource findings, Optional<Template> template) {
        return new ScoredReport(SessionReport.of(session, findings),
                CurveballOutcome.of(session.log(), findings), Scorer.score(session, template));
    }

    /**
     * Writes the report beside the board: the board picture ({@code png}, may be null), the scorecard picture and
     * the Markdown linking both.
     */
    public org.stageboard.rehearsal.ReportWriter.Written writeBeside(java.nio.file.Path boardFile,
            org.stageboard.rehearsal.ReportWriter.PngRenderer png) throws java.io.IOException {
        return org.stageboard.rehearsal.ReportWriter.write(this::toMarkdown, boardFile, png,
                target -> ScorecardImage.write(scorecard, target));
    }

    public String toMarkdown() {
        return toMarkdown(null, null);
    }

    /** The Markdown; {@code boardImage} and {@code scorecardImage} (either may be null) are linked pictures. */
    public String toMarkdown(String boardImage, String scorecardImage) {
        StringBuilder sections = new StringBuilder();
        sections.append(curveballsMarkdown());
        sections.append(scorecardMarkdown());
        if (scorecardImage != null) {
            sections.append("![").append(Messages.get("rehearsal.report.scorecardImage")).append("](")
                    .append(scorecardImage.replace(" ", "%20")).append(")\n\n");
        }
        return report.toMarkdown(boardImage, sections.toString());
    }

    /** "## Curveballs": each one, the answer, what changed and where, and the findings before and after. */
    public String curveballsMarkdown() {
        if (curveballs.isEmpty()) {
            return "";
        }
        StringBuilder md = new StringBuilder("## ").append(Messages.get("rehearsal.report.curveballs")).append("\n\n");
        int i = 1;
        for (CurveballOutcome c : curveballs) {
            md.append(i++).append(". ").append(Messages.get("rehearsal.report.curveball.at", SessionReport.clock(c.at()),
                    SessionReport.stageName(c.stage()), SessionReport.inline(c.text()))).append('\n');
            md.append("   - ").append(c.answer().isBlank() ? Messages.get("rehearsal.report.curveball.noAnswer")
                    : Messages.get("rehearsal.report.curveball.answer", SessionReport.inline(c.answer()))).append('\n');
            if (c.changes().isEmpty()) {
                md.append("   - ").append(Messages.get("rehearsal.report.curveball.unchanged")).append('\n');
            } else {
                String stages = String.join(", ", c.changedStages().stream().filter(Stage::isPipeline).sorted()
                        .map(SessionReport::stageName).toList());
                md.append("   - ").append(Messages.get("rehearsal.report.curveball.changed", stages)).append('\n');
                for (String change : c.changes()) {
                    md.append("     - ").append(SessionReport.inline(change)).append('\n');
                }
            }
            md.append("   - ").append(Messages.get("rehearsal.report.curveball.before", count(c.before()))).append('\n');
            md.append("   - ").append(Messages.get("rehearsal.report.curveball.after", count(c.after()))).append('\n');
            if (!c.resolved().isEmpty()) {
                md.append("   - ").append(Messages.get("rehearsal.report.curveball.resolved", list(c.resolved())))
                        .append('\n');
            }
            if (!c.introduced().isEmpty()) {
                md.append("   - ").append(Messages.get("rehearsal.report.curveball.new", list(c.introduced())))
                        .append('\n');
            }
        }
        return md.append('\n').toString();
    }

    /** "## Scorecard": one table row per dimension. */
    public String scorecardMarkdown() {
        StringBuilder md = new StringBuilder("## ").append(Messages.get("rehearsal.report.scorecard")).append("\n\n");
        md.append("| ").append(Messages.get("rehearsal.report.col.dimension")).append(" | ")
                .append(Messages.get("rehearsal.report.col.level")).append(" | ")
                .append(Messages.get("rehearsal.report.col.evidence")).append(" | ")
                .append(Messages.get("rehearsal.report.col.stronger")).append(" |\n|---|---|---|---|\n");
        for (DimensionScore s : scorecard.scores()) {
            md.append("| ").append(SessionReport.cell(s.dimension().displayName())).append(" | ")
                    .append(SessionReport.cell(levelName(s.level()))).append(" | ")
                    .append(SessionReport.cell(s.evidence())).append(" | ")
                    .append(SessionReport.cell(s.stronger())).append(" |\n");
        }
        return md.append('\n').toString();
    }


    public static String levelName(Level l) {
        return Messages.get("score.level." + l.name().toLowerCase(java.util.Locale.ROOT)) + " (" + l.points() + "/4)";
    }

    private static String count(List<Finding> findings) {
        return findings.size() + (findings.isEmpty() ? "" : " — " + list(findings.subList(0, Math.min(3,
                findings.size()))) + (findings.size() > 3 ? ", …" : ""));
    }

    private static String list(List<Finding> findings) {
        return String.join("; ", findings.stream().map(f -> (f.stage() == null ? ""
                : SessionReport.stageName(f.stage()) + ": ") + SessionReport.inline(f.message())).toList());
    }
}
