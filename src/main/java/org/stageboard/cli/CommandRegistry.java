package org.stageboard.cli;

import java.util.List;

/** The list of shipped commands; each feature adds one line here. */
final class CommandRegistry {
    private CommandRegistry() {
    }

    static void addAll(List<CliCommand> into) {
        // export, templates, new, check: one line per command, added by the feature that owns it.
        into.add(new TemplatesCommand());
        into.add(new NewCommand());
        into.add(new CheckCommand());
        into.add(new ExportCommand());
        into.add(new FollowupsCommand());
        into.add(new ImportCommand());
        into.add(new HistoryCommand());
        into.add(new ReportCommand());
    }
}
