package org.stageboard.cli;

import java.io.PrintStream;
import java.io.PrintWriter;
import java.lang.reflect.InvocationTargetException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import org.stageboard.io.Excerpt;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.UsageMessageSpec;

/**
 * {@code java -jar stageboard.jar COMMAND ...} on picocli: the top-level {@code stageboard} command with one
 * subcommand per {@link CliCommand}. Help is picocli's, with each command's localised usage line as its synopsis
 * and its summary as its description; a parse error or a {@link CliException} is one line on stderr and exit 2.
 *
 * <p>To add a command: a class extending {@link CliCommand}, annotated {@code @Command(name = "word")} with its
 * {@code @Option}/{@code @Parameters} fields, its {@code usage()}/{@code summary()} from the bundles, and one line in
 * {@link #standard()}.
 */
public final class Cli {
    /** What the jar is called in usage lines. */
    static final String PROGRAM = "java -jar stageboard.jar";

    /** Wide enough that no usage line wraps. */
    private static final int USAGE_WIDTH = 200;

    /**
     * The commands by name, made when needed: a run makes only the command it runs, so {@code check} does not load
     * what {@code templates} or {@code history} need, nor have picocli read their options.
     */
    private final Map<String, Supplier<? extends CliCommand>> commands = new LinkedHashMap<>();

    public Cli(List<? extends CliCommand> commands) {
        for (CliCommand c : commands) {
            this.commands.put(name(c.getClass()), () -> c);
        }
    }

    @SafeVarargs
    private Cli(Class<? extends CliCommand>... types) {
        for (Class<? extends CliCommand> type : types) {
            commands.put(name(type), () -> make(type));
        }
    }

    /** Every command the jar offers. */
    public static Cli standard() {
        return new Cli(TemplatesCommand.class, NewCommand.class, CheckCommand.class, ExportCommand.class,
                FollowupsCommand.class, ImportCommand.class, HistoryCommand.class, ReportCommand.class);
    }

    private static CliCommand make(Class<? extends CliCommand> type) {
        try {
            return type.getDeclaredConstructor().newInstance();
        } catch (InvocationTargetException e) {
            throw e.getCause() instanceof RuntimeException r ? r : new IllegalStateException(e.getCause());
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(type + " needs a public constructor without arguments", e);
        }
    }

    /** True when {@code word} (the first argument) is for the command line rather than a board to open. */
    public boolean handles(String word) {
        return List.of("--help", "-h", "help", "--version", "-V").contains(word) || commands.containsKey(word);
    }

    public int run(String[] args, PrintStream out, PrintStream err) {
        if (args.length > 0 && "help".equals(args[0])) {
            args = new String[] {"--help"};
        }
        PrintWriter outWriter = new PrintWriter(out, true);
        PrintWriter errWriter = new PrintWriter(err, true);
        // a command's run (or its own --help) needs that command only; the list of commands needs them all
        List<CliCommand> needed = args.length > 0 && commands.containsKey(args[0])
                ? List.of(commands.get(args[0]).get())
                : commands.values().stream().map(c -> (CliCommand) c.get()).toList();
        CommandLine line = commandLine(needed, out, err);
        line.setOut(outWriter);
        line.setErr(errWriter);
        try {
            return line.execute(args);
        } finally {
            outWriter.flush(); // picocli prints help with print(), which does not flush by itself
            errWriter.flush();
        }
    }

    private CommandLine commandLine(List<CliCommand> commands, PrintStream out, PrintStream err) {
        CommandLine top = new CommandLine(new Stageboard());
        for (CliCommand c : commands) {
            c.streams(out, err);
            CommandLine sub = new CommandLine(c);
            UsageMessageSpec usage = sub.getCommandSpec().usageMessage();
            usage.synopsisHeading("");
            usage.customSynopsis("usage: " + PROGRAM + " " + c.usage());
            usage.description(c.summary());
            top.addSubcommand(name(c.getClass()), sub);
        }
        top.getCommandSpec().usageMessage().synopsisHeading("");
        top.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_SYNOPSIS, help -> synopsis(commands));
        top.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST_HEADING, help -> "");
        top.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_COMMAND_LIST, help -> "");
        top.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST_HEADING, help -> "");
        top.getHelpSectionMap().put(UsageMessageSpec.SECTION_KEY_OPTION_LIST, help -> "");
        top.setUsageHelpWidth(USAGE_WIDTH); // a usage line is one line, as the README shows it
        top.setOverwrittenOptionsAllowed(true); // "--lang en --lang zh" means zh, as it always did
        top.setParameterExceptionHandler((e, args) -> {
            CommandLine where = e.getCommandLine();
            if (where == top) { // an unknown command: the list of commands, as with no arguments
                top.usage(out);
                return 2;
            }
            err.println(Excerpt.line("stageboard " + where.getCommandName() + ": " + problem(e)));
            return 2;
        });
        top.setExecutionExceptionHandler((e, where, parsed) -> {
            if (e instanceof CliException) {
                // one bounded line, whatever value the message quotes (a 1 MB stage id, a control character)
                err.println(Excerpt.line("stageboard " + where.getCommandName() + ": " + e.getMessage()));
                return 2;
            }
            throw e;
        });
        return top;
    }

    /** The command line's problem in the words the commands have always used; picocli's own for the rest. */
    private static String problem(CommandLine.ParameterException e) {
        if (e instanceof CommandLine.UnmatchedArgumentException u && !u.getUnmatched().isEmpty()) {
            String arg = u.getUnmatched().get(0);
            return arg.startsWith("-") && arg.length() > 1 ? "unknown option " + arg : "unexpected argument " + arg;
        }
        if (e instanceof CommandLine.MissingParameterException m && !m.getMissing().isEmpty()
                && m.getMissing().get(0) instanceof CommandLine.Model.OptionSpec o) {
            return "option " + o.longestName() + " needs a value";
        }
        return e.getMessage();
    }

    /** The top-level list: how to open the window, then each command's usage line and summary. */
    private static String synopsis(List<CliCommand> commands) {
        StringBuilder s = new StringBuilder();
        s.append("usage:\n");
        s.append("  ").append(PROGRAM).append("                 open the window\n");
        s.append("  ").append(PROGRAM).append(" BOARD.stageboard open a board in the window\n");
        for (CliCommand c : commands) {
            s.append("  ").append(PROGRAM).append(' ').append(c.usage()).append('\n');
            s.append("      ").append(c.summary()).append('\n');
        }
        s.append("  ").append(PROGRAM).append(" --help          this list; COMMAND --help for one command\n");
        s.append("  ").append(PROGRAM).append(" --version       the version\n");
        return s.toString();
    }

    private static String name(Class<?> type) {
        return type.getAnnotation(Command.class).name();
    }

    /** The top level: no command shows the list of commands. */
    @Command(name = "stageboard", mixinStandardHelpOptions = true, versionProvider = Version.class,
            header = "Stageboard: a whiteboard for rehearsing ML system design interviews.%n")
    static final class Stageboard implements Callable<Integer> {
        @CommandLine.Spec
        CommandLine.Model.CommandSpec spec;

        @Override
        public Integer call() {
            spec.commandLine().usage(spec.commandLine().getOut());
            return 0;
        }
    }

    /** {@code --version}: the version Maven built, from the jar's manifest; "development" when run from classes. */
    static final class Version implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            String v = Cli.class.getPackage().getImplementationVersion();
            return new String[] {"Stageboard " + (v == null ? "(development build)" : v)};
        }
    }
}
