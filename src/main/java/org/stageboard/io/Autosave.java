package org.stageboard.io;

import java.io.IOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * Crash recovery: unsaved work is copied now and then to {@code <dir>/<key>.stageboard}, with a sidecar
 * {@code <key>.autosave.json} naming the file it belongs to. On a clean save or close the entry is discarded;
 * whatever is still there at the next start was lost in a crash and is offered back by {@link #crashCopies()}.
 *
 * <p>Each entry is owned by one running instance through an OS lock on {@code <key>.lock}, held as long as the
 * instance works on it. The OS drops the lock when the process dies, however it dies, so a copy whose lock can be
 * taken is a crash copy, and one whose lock cannot is another instance's live work: never offered, never deleted.
 */
public final class Autosave implements AutoCloseable {
    private static final String BOARD_SUFFIX = BoardCodec.EXTENSION;
    private static final String META_SUFFIX = ".autosave.json";
    private static final String LOCK_SUFFIX = ".lock";
    private static final long MAX_META_BYTES = 64 * 1024;
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    /** A sidecar holds two strings; anything much bigger is not one. */
    private static final int MAX_META_VALUES = 64;

    private final Path dir;
    private final Clock clock;
    /** The entries this instance owns, each with the lock that proves it. */
    private final Map<String, FileLock> owned = new ConcurrentHashMap<>();

    /**
     * The sidecar {@code <key>.autosave.json}, as written and read.
     *
     * @param original the absolute path of the file the board belongs to, null for a never-saved board
     * @param savedAt  when the copy was made, ISO-8601
     */
    record Meta(String original, String savedAt) {
    }

    /** One recoverable board: the file it belongs to (null for a never-saved board), and when it was copied. */
    public record Entry(String key, Path original, Instant savedAt, Board board) {
    }

    /** Autosave in {@link AppDirs#autosave()}. */
    public Autosave() {
        this(AppDirs.autosave());
    }

    public Autosave(Path dir) {
        this(dir, Clock.systemUTC());
    }

    public Autosave(Path dir, Clock clock) {
        this.dir = dir;
        this.clock = clock;
    }

    public Path dir() {
        return dir;
    }

    /** A fresh key for a newly opened or created document; keys are file names, so they stay plain. */
    public static String newKey() {
        return UUID.randomUUID().toString();
    }

    /**
     * Copies {@code board} for document {@code key}, taking ownership of the entry first; each call replaces the
     * previous copy atomically, so a crash during autosave leaves the older copy intact.
     */
    public void save(String key, Path originalOrNull, Board board) throws IOException {
        checkKey(key);
        Files.createDirectories(dir);
        if (!claim(key)) {
            throw new FileSystemException(lockFile(key).toString(), null, Messages.get("io.autosave.ownedElsewhere"));
        }
        Meta meta = new Meta(originalOrNull == null ? null : originalOrNull.toAbsolutePath().toString(),
                clock.instant().toString());
        // the board first: a board without its sidecar is still recovered (as untitled), never the reverse
        AtomicFiles.write(boardFile(key), BoardCodec.write(board));
        AtomicFiles.write(dir.resolve(key + META_SUFFIX), JsonFormat.write(meta));
    }

    /**
     * The copies left by instances that are no longer running, newest first. This instance takes ownership of each
     * one listed (so no third instance offers it meanwhile) until it is {@link #discard discarded},
     * {@link #release released} or saved over. Copies that cannot be read are left on disk and not listed.
     */
    public List<Entry> crashCopies() {
        List<Entry> entries = new ArrayList<>();
        for (String key : keysOnDisk()) {
            if (owned.containsKey(key) || !claim(key)) {
                continue; // our own live work, or another running instance's
            }
            Optional<Entry> e = readEntry(key);
            if (e.isPresent()) {
                entries.add(e.get());
            } else {
                release(key);
            }
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed());
        return List.copyOf(entries);
    }

    /** Every readable copy in the folder, live or not, newest first (for diagnostics and tests). */
    public List<Entry> list() {
        List<Entry> entries = new ArrayList<>();
        for (String key : keysOnDisk()) {
            readEntry(key).ifPresent(entries::add);
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed());
        return List.copyOf(entries);
    }

    /**
     * Forgets the copy of document {@code key} (after a save, a clean close, or when the user discards it). A copy
     * owned by another running instance is left alone: returns false then.
     */
    public boolean discard(String key) throws IOException {
        checkKey(key);
        if (!Files.isDirectory(dir)) {
            return true;
        }
        if (!claim(key)) {
            return false;
        }
        Files.deleteIfExists(boardFile(key));
        Files.deleteIfExists(dir.resolve(key + META_SUFFIX));
        FileLock lock = owned.remove(key);
        Files.deleteIfExists(lockFile(key)); // while still locked, so nobody takes a lock on a file about to vanish
        closeQuietly(lock);
        return true;
    }

    /** Keeps the copy on disk for a later start and gives up ownership of it ("keep for later"). */
    public void release(String key) {
        closeQuietly(owned.remove(key));
    }

    /** Gives up every entry this instance owns, leaving the files (on a clean exit they were discarded first). */
    @Override
    public void close() {
        List.copyOf(owned.keySet()).forEach(this::release);
    }

    /** True when this instance owns entry {@code key}. */
    public boolean owns(String key) {
        return owned.containsKey(key);
    }

    /**
     * Takes the lock of entry {@code key} unless someone holds it: another process (tryLock returns null) or
     * another Autosave in this process (the JVM refuses overlapping locks).
     */
    private boolean claim(String key) {
        if (owned.containsKey(key)) {
            return true;
        }
        Path lockFile = lockFile(key);
        FileChannel channel = null;
        try {
            if (Files.exists(lockFile, LinkOption.NOFOLLOW_LINKS)
                    && !Files.isRegularFile(lockFile, LinkOption.NOFOLLOW_LINKS)) {
                return false; // a pipe or link planted in our folder: not ours, not touched
            }
            Files.createDirectories(dir);
            channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                channel.close();
                return false;
            }
            owned.put(key, lock);
            return true;
        } catch (OverlappingFileLockException e) {
            closeQuietly(channel);
            return false;
        } catch (IOException | RuntimeException e) {
            closeQuietly(channel);
            return false;
        }
    }

    private List<String> keysOnDisk() {
        List<String> keys = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return keys;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*" + BOARD_SUFFIX)) {
            for (Path f : files) {
                String name = f.getFileName().toString();
                String key = name.substring(0, name.length() - BOARD_SUFFIX.length());
                if (!name.startsWith(".") && KEY.matcher(key).matches()) {
                    keys.add(key);
                }
            }
        } catch (IOException | RuntimeException e) {
            // an unreadable folder: whatever was found so far
        }
        return keys;
    }

    private Optional<Entry> readEntry(String key) {
        Board board;
        try {
            board = BoardCodec.read(boardFile(key)); // refuses pipes, devices and giants before opening
        } catch (BoardFileException e) {
            return Optional.empty();
        }
        Path original = null;
        Instant savedAt = null;
        try {
            byte[] json = SafeFiles.read(dir.resolve(key + META_SUFFIX), MAX_META_BYTES);
            Meta meta = JsonFormat.read(json, 0, json.length, Meta.class, MAX_META_VALUES);
            original = meta.original() == null ? null : Path.of(meta.original());
            savedAt = Instant.parse(String.valueOf(meta.savedAt()));
        } catch (IOException | JsonProblem | RuntimeException e) {
            // no or damaged sidecar: the board is still worth offering
        }
        if (savedAt == null) {
            savedAt = modifiedTime(boardFile(key));
        }
        return Optional.of(new Entry(key, original, savedAt, board));
    }

    private static Instant modifiedTime(Path f) {
        try {
            return Files.getLastModifiedTime(f).toInstant();
        } catch (IOException e) {
            return Instant.EPOCH;
        }
    }

    private Path boardFile(String key) {
        return dir.resolve(key + BOARD_SUFFIX);
    }

    private Path lockFile(String key) {
        return dir.resolve(key + LOCK_SUFFIX);
    }

    private static void closeQuietly(FileLock lock) {
        if (lock != null) {
            closeQuietly(lock.acquiredBy());
        }
    }

    private static void closeQuietly(java.nio.channels.Channel channel) {
        if (channel != null) {
            try {
                channel.close(); // closing the channel releases its lock
            } catch (IOException e) {
                // nothing left to do; the OS drops the lock when the process ends anyway
            }
        }
    }

    private static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("autosave key must be 1-64 letters, digits, '-' or '_': " + key);
        }
    }
}
