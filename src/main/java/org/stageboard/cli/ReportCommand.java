package org.stageboard.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Optional;
import java.util.function.Supplier;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AtomicFiles;
import org.stageboard.rehearsal.FindingSource;
import org.stageboard.rehearsal.SessionFiles;
import org.stageboard.rehearsal.score.ScoredReport;
import org.stageboard.rehearsal.score.ScorecardImage;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code report SESSION_FILE [--out FILE.md]}: rebuilds the end-of-rehearsal report and scorecard from a saved
 * session, as the window shows it: time per phase, stages, the checker's findings, follow-ups, curveballs with what
 * they changed, and the scorecard (with the board's template as the reference answer). Writes the Markdown
 * ({@code x.report.md} beside the session unless {@code --out} says otherwise) and the scorecard picture beside it.
 */
@Command(name = "report")
public final class ReportCommand extends CliCommand {
    private final Supplier<TemplateLibrary> library;

    public ReportCommand() {
        this(TemplateLibrary::load);
    }

    public ReportCommand(Supplier<TemplateLibrary> library) {
        this.library = library;
    }

    @Parameters(arity = "0..1", paramLabel = "SESSION_FILE")
    String sessionPath;

    @Option(names = "--out", paramLabel = "FILE.md")
    String outPath;

    @Override
    public String usage() {
        return Messages.get("rehearsal.cli.report.usage");
    }

    @Override
    public String summary() {
        return Messages.get("rehearsal.cli.report.summary");
    }

    @Override
    protected int run() {
        Path sessionFile = Path.of(required(sessionPath, "SESSION_FILE"));
        SessionFiles.Loaded loaded = SessionFiles.loadFile(sessionFile);
        if (!loaded.found()) {
            throw new CliException(loaded.warning()); // one line: the file, the problem and where
        }
        Optional<Template> template = loaded.session().log().lastBoard().templateId().isBlank() ? Optional.empty()
                : library.get().forBoard(loaded.session().log().lastBoard());
        ScoredReport report = ScoredReport.of(loaded.session(), FindingSource.checker(), template);
        Path md = outPath != null ? Path.of(outPath)
                : SessionFiles.reportFileFor(SessionFiles.boardFileFor(sessionFile));
        Path picture = md.resolveSibling(md.getFileName().toString().replaceFirst("(?i)\\.md$", "")
                + ".scorecard.png");
        try {
            ScorecardImage.write(report.scorecard(), picture);
            AtomicFiles.write(md, report.toMarkdown(null, picture.getFileName().toString())
                    .getBytes(StandardCharsets.UTF_8));
        } catch (IOException | RuntimeException e) {
            throw new CliException(Messages.get("rehearsal.cli.report.writeFailed", md,
                    e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage()));
        }
        out.println(Messages.get("rehearsal.cli.report.written", md));
        return 0;
    }
}
