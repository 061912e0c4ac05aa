package org.stageboard.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.IntSupplier;
import org.stageboard.i18n.Messages;
import picocli.CommandLine.Option;

/**
 * One subcommand of {@code java -jar stageboard.jar COMMAND ...}: a picocli {@code @Command} whose options and
 * parameters are annotated fields, registered in {@link Cli#standard()}. Exit codes: 0 success, 1 a finding the
 * command reports (e.g. check errors), 2 bad input or an unwritable output, always with a one-line message on
 * {@code err} and no stack trace (throw {@link CliException}).
 */
public abstract class CliCommand implements Callable<Integer> {
    /** The languages Stageboard speaks, by the code boards and {@code --lang} use. */
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "zh", Locale.SIMPLIFIED_CHINESE,
            "ru", Locale.forLanguageTag("ru"));

    /** The locale for a language code ("en", "zh", "ru", any case), if Stageboard speaks it. */
    protected static Optional<Locale> spokenLanguage(String code) {
        return Optional.ofNullable(code == null ? null : LANGUAGES.get(code.trim().toLowerCase(Locale.ROOT)));
    }

    /** The locale {@code --lang} asks for; a code Stageboard does not speak is the user's error, not ours. */
    private static Locale askedLanguage(String code) {
        return spokenLanguage(code).orElseThrow(() -> new CliException(Messages.get("rehearsal.cli.bad-lang", code)));
    }

    /**
     * Runs {@code body} with every message in the language {@code --lang} asked for (null: the one configured), and
     * puts the configured language back after, so a command's language never leaks into the next.
     */
    protected static int speaking(String lang, IntSupplier body) {
        Locale before = Messages.locale();
        Locale locale = lang != null ? askedLanguage(lang) : before;
        try {
            Messages.setLocale(locale);
            return body.getAsInt();
        } finally {
            Messages.setLocale(before);
        }
    }

    /** Where the command writes its result and its messages; set by {@link Cli} before each run. */
    protected PrintStream out;
    protected PrintStream err;

    /** {@code COMMAND --help}: picocli prints the command's usage line, summary and options instead of running it. */
    @Option(names = {"-h", "--help"}, usageHelp = true, hidden = true)
    boolean help;

    final void streams(PrintStream out, PrintStream err) {
        this.out = out;
        this.err = err;
    }

    /** The usage line shown in help, e.g. "export BOARD -o OUT.png [--scale 1|2|3]" (localised where it has words). */
    public abstract String usage();

    /** One sentence saying what the command does. */
    public abstract String summary();

    /** Runs the command with its fields set from the command line; returns the exit code. */
    protected abstract int run();

    @Override
    public final Integer call() {
        return run();
    }

    /** The one positional argument a command needs, or the "missing ..." error naming it. */
    static String required(String value, String what) {
        if (value == null) {
            throw new CliException("missing " + what);
        }
        return value;
    }
}
