package org.stageboard;

import org.stageboard.cli.Cli;

/**
 * The jar's entry point. It does not extend Application, so a fat jar with JavaFX on the class path starts;
 * a known command goes to the command line, anything else (nothing, or a board file) opens the window.
 */
public final class Launcher {
    private Launcher() {
    }

    public static void main(String[] args) {
        // No arguments opens the window: the command table (every command and what it loads) is not built then.
        if (args.length > 0) {
            Cli cli = Cli.standard();
            if (cli.handles(args[0])) {
                int code = cli.run(args, System.out, System.err);
                System.out.flush();
                System.exit(code);
            }
        }
        App.main(args);
    }
}
