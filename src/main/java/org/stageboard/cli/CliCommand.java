package org.stageboard.cli;

import java.io.PrintStream;
import java.util.List;

/** One sub-command of {@code java -jar stageboard.jar COMMAND ...}. */
public interface CliCommand {
    /** The word that selects this command, e.g. "export". */
    String name();

    /** One usage line, e.g. "export BOARD -o OUT.png [--scale 1|2|3]". */
    String usage();

    /** One sentence saying what the command does. */
    String summary();

    /**
     * Runs the command. Exit codes: 0 success, 1 a finding the command reports (e.g. check errors),
     * 2 bad input or an unwritable output, always with a one-line message on {@code err} and no stack trace.
     */
    int run(List<String> args, PrintStream out, PrintStream err);
}
