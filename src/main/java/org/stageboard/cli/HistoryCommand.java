package org.stageboard.cli;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.history.HistoryCsv;
import org.stageboard.rehearsal.history.HistoryEntry;
import org.stageboard.rehearsal.history.HistoryStore;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code history [--csv]}: the finished rehearsals in the local history, oldest first, one line each with its level
 * per dimension (1..4, "-" where the session was not scored); {@code --csv} prints {@link HistoryCsv} instead. A
 * damaged history is reported in one line (and set aside, as the window does) with exit code 2.
 */
@Command(name = "history")
public final class HistoryCommand extends CliCommand {
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    private final Supplier<HistoryStore> store;
    private final ZoneId zone;

    public HistoryCommand() {
        this(HistoryStore::standard, ZoneId.systemDefault());
    }

    public HistoryCommand(Supplier<HistoryStore> store, ZoneId zone) {
        this.store = store;
        this.zone = zone;
    }

    @Option(names = "--csv")
    boolean csv;

    @Override
    public String usage() {
        return Messages.get("progress.cli.usage");
    }

    @Override
    public String summary() {
        return Messages.get("progress.cli.summary");
    }

    @Override
    protected int run() {
        HistoryStore s = store.get();
        HistoryStore.Loaded loaded = s.load();
        if (loaded.warning() != null) {
            err.println(loaded.warning());
            if (loaded.setAside() != null || !loaded.writable()) {
                return 2; // damaged (now set aside) or unusable: the listing would be a lie
            }
        }
        if (csv) {
            out.print(HistoryCsv.toCsv(loaded.entries()));
            return 0;
        }
        if (loaded.entries().isEmpty()) {
            out.println(Messages.get("progress.cli.none", s.file()));
            return 0;
        }
        table(loaded.entries());
        out.println(Messages.get("progress.cli.footer", loaded.entries().size(), s.file()));
        return 0;
    }

    private void table(List<HistoryEntry> entries) {
        List<String> header = new ArrayList<>(List.of(Messages.get("progress.cli.header.finished"),
                Messages.get("progress.cli.header.template"), Messages.get("progress.cli.header.time")));
        for (Dimension d : Dimension.values()) {
            header.add(Messages.get("progress.dimension.short." + d.id()));
        }
        header.add(Messages.get("progress.cli.header.findings"));
        header.add(Messages.get("progress.cli.header.followUps"));
        List<List<String>> rows = new ArrayList<>();
        rows.add(header);
        for (HistoryEntry e : entries) {
            List<String> r = new ArrayList<>(List.of(WHEN.format(e.finishedAt().atZone(zone)), name(e),
                    clock(e.totalMillis()) + "/" + Math.round(e.planMillis() / 60_000.0) + "m"));
            for (Dimension d : Dimension.values()) {
                Level l = e.level(d);
                r.add(l == null ? "-" : String.valueOf(l.points()));
            }
            r.add(String.valueOf(e.findingCount()));
            r.add(e.followUpsAnswered() + "/" + e.followUpsAsked());
            rows.add(r);
        }
        int[] widths = new int[header.size()];
        for (List<String> r : rows) {
            for (int i = 0; i < r.size(); i++) {
                widths[i] = Math.max(widths[i], TemplatesCommand.columns(r.get(i)));
            }
        }
        for (List<String> r : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < r.size(); i++) {
                String cell = r.get(i);
                line.append(cell);
                if (i < r.size() - 1) {
                    line.append(" ".repeat(widths[i] - TemplatesCommand.columns(cell) + 2));
                }
            }
            out.println(line);
        }
    }

    /** The template id, or the board's title for a board of its own (cut short: it is one column). */
    private static String name(HistoryEntry e) {
        String n = e.templateId().isBlank() ? e.title() : e.templateId();
        n = n.replaceAll("\\s+", " ").strip();
        return n.length() > 40 ? n.substring(0, 39) + "\u2026" : n;
    }

    private static String clock(long millis) {
        long s = Math.round(millis / 1000.0);
        return String.format("%d:%02d", s / 60, s % 60);
    }
}
