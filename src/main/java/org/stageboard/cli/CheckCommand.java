package org.stageboard.cli;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.stageboard.check.CheckSummary;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Profile;
import org.stageboard.check.Profiles;
import org.stageboard.check.Severity;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code check BOARD [--json] [--profile NAME] [--lang en|zh|ru]}: lints a board, worded in the language asked; exit 0
 * clean, 1 with errors, 2 unreadable input.
 */
@Command(name = "check")
public final class CheckCommand extends CliCommand {
    @Parameters(arity = "0..1", paramLabel = "BOARD")
    String file;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--profile", paramLabel = "NAME")
    String profileName;

    @Option(names = "--lang", paramLabel = "en|zh|ru")
    String lang;

    @Override
    public String usage() {
        return Messages.get("check.cli.usage");
    }

    @Override
    public String summary() {
        return Messages.get("check.cli.summary");
    }

    @Override
    protected int run() {
        String file = required(this.file, "BOARD");
        return speaking(lang, () -> {
            Board board = BoardInput.read(Path.of(file));
            Profile profile = profileName != null ? named(profileName) : Profiles.forBoard(board);
            List<Finding> findings = Checker.check(board, profile);
            CheckSummary summary = CheckSummary.of(board, profile, findings);
            if (json) {
                out.println(json(file, profile, findings, summary));
            } else {
                human(file, profile, findings, summary);
            }
            return summary.errors() > 0 ? 1 : 0;
        });
    }


    private static Profile named(String name) {
        return Profiles.named(name).orElseThrow(() -> new CliException(Messages.get("check.cli.unknown-profile", name,
                Profiles.all().stream().map(Profile::name).collect(Collectors.joining(", ")))));
    }

    /** The {@code --json} shape: file, profile, findings, summary (README "Command line"). */
    @JsonPropertyOrder({"file", "profile", "findings", "summary"})
    record Report(String file, String profile, List<FindingJson> findings, Counts summary) {
    }

    /** One finding; stage and node are null when no stage or box is to blame, and fix is only there when offered. */
    @JsonPropertyOrder({"rule", "severity", "stage", "node", "message", "fix"})
    record FindingJson(String rule, String severity, String stage, String node, String message,
            @JsonInclude(JsonInclude.Include.NON_NULL) Fix fix) {
        static FindingJson of(Finding f) {
            return new FindingJson(f.ruleId(), f.severity().id(), f.stage() == null ? null : f.stage().id(), f.nodeId(),
                    f.message(), f.fix() == null ? null
                            : new Fix("turn-note-into-stage", f.fix().nodeId(), f.fix().stage().id()));
        }
    }

    /** Additive: readers that do not know "fix" see the same object as before. */
    @JsonPropertyOrder({"kind", "box", "stage"})
    record Fix(String kind, String box, String stage) {
    }

    @JsonPropertyOrder({"errors", "warnings", "info"})
    record Counts(int errors, int warnings, int info) {
    }

    static String json(String file, Profile profile, List<Finding> findings, CheckSummary summary) {
        return JsonOutput.write(new Report(file, profile.name(), findings.stream().map(FindingJson::of).toList(),
                new Counts(summary.errors(), summary.warnings(), summary.info())));
    }

    private void human(String file, Profile profile, List<Finding> findings, CheckSummary s) {
        for (Finding f : findings) {
            out.println(Messages.get("check.cli.finding", Messages.get("check.severity." + f.severity().id()),
                    f.stage() == null ? "-" : f.stage().id(), f.nodeId() == null ? "" : "[" + f.nodeId() + "] ",
                    f.message()));
        }
        out.println(Messages.get("check.cli.summary-line", file, s.count(Severity.ERROR), s.count(Severity.WARNING),
                s.count(Severity.INFO), profile.name(), s.covered().size(), s.required().size(), s.tradeoffsStated(),
                s.tradeoffStated().size()));
    }
}
