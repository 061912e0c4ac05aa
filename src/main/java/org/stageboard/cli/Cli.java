package org.stageboard.cli;

import java.io.PrintStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Dispatches {@code java -jar stageboard.jar COMMAND ...} to its {@link CliCommand}. */
public final class Cli {
    private final List<CliCommand> commands;

    public Cli(List<CliCommand> commands) {
        this.commands = List.copyOf(commands);
    }

    /** Every command the jar offers. */
    public static Cli standard() {
        List<CliCommand> all = new ArrayList<>();
        CommandRegistry.addAll(all);
        return new Cli(all);
    }

    public boolean handles(String word) {
        return "--help".equals(word) || "-h".equals(word) || "help".equals(word) || find(word) != null;
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length == 0 || !handles(args[0])) {
            help(out);
            return args.length == 0 ? 0 : 2;
        }
        if (args[0].equals("--help") || args[0].equals("-h") || args[0].equals("help")) {
            help(out);
            return 0;
        }
        CliCommand command = find(args[0]);
        List<String> rest = Arrays.asList(args).subList(1, args.length);
        if (rest.contains("--help")) {
            out.println("usage: java -jar stageboard.jar " + command.usage());
            out.println(command.summary());
            return 0;
        }
        try {
            return command.run(rest, out, err);
        } catch (CliException e) {
            // one bounded line, whatever value the message quotes (a 1 MB stage id, a control character)
            err.println(org.stageboard.io.Excerpt.line("stageboard " + command.name() + ": " + e.getMessage()));
            return 2;
        }
    }

    private CliCommand find(String word) {
        return commands.stream().filter(c -> c.name().equals(word)).findFirst().orElse(null);
    }

    private void help(PrintStream out) {
        out.println("Stageboard: a whiteboard for rehearsing ML system design interviews.");
        out.println();
        out.println("usage:");
        out.println("  java -jar stageboard.jar                 open the window");
        out.println("  java -jar stageboard.jar BOARD.stageboard open a board in the window");
        for (CliCommand c : commands) {
            out.println("  java -jar stageboard.jar " + c.usage());
            out.println("      " + c.summary());
        }
        out.println("  java -jar stageboard.jar --help          this list");
    }
}
