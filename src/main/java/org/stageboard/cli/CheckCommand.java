package org.stageboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.stageboard.check.CheckSummary;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Profile;
import org.stageboard.check.Profiles;
import org.stageboard.check.Severity;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/** {@code check BOARD [--json] [--profile NAME]}: lints a board; exit 0 clean, 1 with errors, 2 unreadable input. */
public final class CheckCommand implements CliCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    @Override
    public String name() {
        return "check";
    }

    @Override
    public String usage() {
        return Messages.get("check.cli.usage");
    }

    @Override
    public String summary() {
        return Messages.get("check.cli.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = Args.parse(args, Set.of("--profile"), Set.of("--json"));
        String file = a.onlyPositional("BOARD");
        Board board = BoardInput.read(Path.of(file));
        Profile profile = a.has("--profile") ? named(a.get("--profile", "")) : Profiles.forBoard(board);
        List<Finding> findings = Checker.check(board, profile);
        CheckSummary summary = CheckSummary.of(board, profile, findings);
        if (a.has("--json")) {
            out.println(json(file, profile, findings, summary));
        } else {
            human(file, profile, findings, summary, out);
        }
        return summary.errors() > 0 ? 1 : 0;
    }


    private static Profile named(String name) {
        return Profiles.named(name).orElseThrow(() -> new CliException(Messages.get("check.cli.unknown-profile", name,
                Profiles.all().stream().map(Profile::name).collect(Collectors.joining(", ")))));
    }

    static String json(String file, Profile profile, List<Finding> findings, CheckSummary summary) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file);
        root.put("profile", profile.name());
        ArrayNode list = root.putArray("findings");
        for (Finding f : findings) {
            ObjectNode o = list.addObject();
            o.put("rule", f.ruleId());
            o.put("severity", f.severity().id());
            o.put("stage", f.stage() == null ? null : f.stage().id());
            o.put("node", f.nodeId());
            o.put("message", f.message());
            if (f.fix() != null) { // additive: readers that do not know "fix" see the same object as before
                ObjectNode fix = o.putObject("fix");
                fix.put("kind", "turn-note-into-stage");
                fix.put("box", f.fix().nodeId());
                fix.put("stage", f.fix().stage().id());
            }
        }
        ObjectNode s = root.putObject("summary");
        s.put("errors", summary.errors());
        s.put("warnings", summary.warnings());
        s.put("info", summary.info());
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings and numbers always serialises
        }
    }

    private static void human(String file, Profile profile, List<Finding> findings, CheckSummary s, PrintStream out) {
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
