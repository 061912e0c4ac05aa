package org.stageboard.rehearsal.history;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AppDirs;
import org.stageboard.io.AtomicFiles;
import org.stageboard.io.Excerpt;
import org.stageboard.io.SafeFiles;

/**
 * The local history of finished rehearsals: one JSON file, {@code history.json} in the settings folder
 * ({@link AppDirs#home()}), format in {@link HistoryCodec}. Every record rewrites the file atomically, so a crash or a
 * full disk leaves the previous history whole. A damaged file is never fatal: it is reported in one line, renamed
 * beside itself ({@code history.json.corrupt-<UTC time>}, kept for the user) and a fresh history starts. A file
 * written by a newer Stageboard is read as empty and never overwritten.
 */
public final class HistoryStore {
    /** Bigger than any real history (about 1 KB a session): a file over this is set aside unread. */
    public static final long MAX_BYTES = 16L * 1024 * 1024;
    /** Sessions kept; recording one more drops the oldest. */
    public static final int MAX_ENTRIES = 5000;

    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMdd-HHmmss").withZone(ZoneOffset.UTC);

    /** How the file is replaced; tests substitute one that fails midway. */
    @FunctionalInterface
    interface Sink {
        void write(Path target, AtomicFiles.ContentWriter content) throws IOException;
    }

    /**
     * The history as read.
     *
     * @param warning one line on what went wrong (damaged and set aside, too large, newer version), or null
     * @param setAside where a damaged file was moved to, or null
     */
    public record Loaded(List<HistoryEntry> entries, String warning, Path setAside, boolean writable) {
        public Loaded {
            entries = List.copyOf(entries);
        }
    }

    private final Path file;
    private final Clock clock;
    private final Sink sink;

    public HistoryStore(Path file) {
        this(file, Clock.systemUTC(), AtomicFiles::write);
    }

    HistoryStore(Path file, Clock clock, Sink sink) {
        this.file = Objects.requireNonNull(file);
        this.clock = clock;
        this.sink = sink;
    }

    /** The history in the settings folder. */
    public static HistoryStore standard() {
        return new HistoryStore(AppDirs.home().resolve("history.json"));
    }

    public Path file() {
        return file;
    }

    /**
     * Reads the history, oldest first. A missing file is an empty history; a damaged one is set aside and reported
     * in {@link Loaded#warning()}; nothing here throws.
     */
    public Loaded load() {
        if (!Files.exists(file, LinkOption.NOFOLLOW_LINKS)) {
            return new Loaded(List.of(), null, null, true);
        }
        byte[] bytes;
        try {
            bytes = SafeFiles.read(file, MAX_BYTES);
        } catch (SafeFiles.Unreadable e) {
            if (e.kind() == SafeFiles.Unreadable.Kind.TOO_LARGE) {
                return setAside(e.getMessage());
            }
            if (e.kind() == SafeFiles.Unreadable.Kind.NOT_FOUND) {
                return new Loaded(List.of(), null, null, true);
            }
            // a folder or pipe in its place, or a read error: not ours to move; record nothing over it
            return new Loaded(List.of(), line(Messages.get("progress.store.unreadable", file, e.getMessage())), null,
                    false);
        }
        try {
            HistoryCodec.Decoded d = HistoryCodec.read(bytes);
            List<HistoryEntry> entries = d.entries();
            String warning = null;
            if (entries.size() > MAX_ENTRIES) {
                warning = line(Messages.get("progress.store.truncated", file, entries.size(), MAX_ENTRIES));
                entries = entries.subList(entries.size() - MAX_ENTRIES, entries.size());
            }
            return new Loaded(entries, warning, null, true);
        } catch (HistoryCodec.Unusable e) {
            if (e.newer()) {
                return new Loaded(List.of(), line(Messages.get("progress.store.newerLine", file, e.getMessage())),
                        null, false);
            }
            return setAside(e.getMessage());
        }
    }

    /** Moves the damaged file out of the way (never deleting it) and starts afresh. */
    private Loaded setAside(String problem) {
        Path aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()));
        for (int i = 2; Files.exists(aside, LinkOption.NOFOLLOW_LINKS); i++) {
            aside = file.resolveSibling(file.getFileName() + ".corrupt-" + STAMP.format(clock.instant()) + "-" + i);
        }
        try {
            Files.move(file, aside);
        } catch (IOException e) {
            return new Loaded(List.of(), line(Messages.get("progress.store.damagedKept", file, problem)), null, false);
        }
        return new Loaded(List.of(), line(Messages.get("progress.store.damaged", file, problem, aside.getFileName())),
                aside, true);
    }

    /**
     * Adds one finished rehearsal and rewrites the file atomically (oldest dropped beyond {@link #MAX_ENTRIES}).
     * Returns the warning of reading the old file (e.g. it was damaged and set aside), or null.
     *
     * @throws IOException when the history cannot be written; the previous file is then left as it was
     */
    public String record(HistoryEntry entry) throws IOException {
        Objects.requireNonNull(entry);
        Loaded before = load();
        if (!before.writable()) {
            throw new IOException(before.warning());
        }
        List<HistoryEntry> all = new ArrayList<>(before.entries());
        all.removeIf(e -> e.id().equals(entry.id()));
        all.add(entry);
        if (all.size() > MAX_ENTRIES) {
            all = new ArrayList<>(all.subList(all.size() - MAX_ENTRIES, all.size()));
        }
        write(all);
        return before.warning();
    }

    /** Replaces the whole history (entries oldest first). */
    public void write(List<HistoryEntry> entries) throws IOException {
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        List<HistoryEntry> copy = List.copyOf(entries);
        sink.write(file, out -> HistoryCodec.write(copy, out));
    }

    private static String line(String s) {
        return Excerpt.line(s);
    }
}
