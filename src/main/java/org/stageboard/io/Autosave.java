package org.stageboard.io;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.stageboard.model.Board;

/**
 * Crash recovery: unsaved work is copied now and then to {@code <dir>/<key>.stageboard}, with a sidecar
 * {@code <key>.autosave.json} naming the file it belongs to. On a clean save or close the entry is discarded;
 * whatever is still there at the next start was lost in a crash and is offered back by {@link #list()}.
 */
public final class Autosave {
    private static final String BOARD_SUFFIX = BoardCodec.EXTENSION;
    private static final String META_SUFFIX = ".autosave.json";
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_-]{1,64}");
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Path dir;
    private final Clock clock;

    /** One recoverable board: the file it belongs to (null for a never-saved board), when it was copied. */
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
     * Copies {@code board} for document {@code key}; each call replaces the previous copy atomically, so a crash
     * during autosave leaves the older copy intact.
     */
    public void save(String key, Path originalOrNull, Board board) throws IOException {
        checkKey(key);
        Files.createDirectories(dir);
        ObjectNode meta = JSON.createObjectNode();
        meta.put("original", originalOrNull == null ? null : originalOrNull.toAbsolutePath().toString());
        meta.put("savedAt", clock.instant().toString());
        // the board first: a board without its sidecar is still recovered (as untitled), never the reverse
        AtomicFiles.write(boardFile(key), BoardCodec.write(board));
        AtomicFiles.write(dir.resolve(key + META_SUFFIX), JSON.writerWithDefaultPrettyPrinter().writeValueAsString(meta));
    }

    /** Everything recoverable, newest first. Copies that cannot be read are left on disk and not listed. */
    public List<Entry> list() {
        if (!Files.isDirectory(dir)) {
            return List.of();
        }
        List<Entry> entries = new ArrayList<>();
        try (Stream<Path> files = Files.list(dir)) {
            for (Path f : files.toList()) {
                String name = f.getFileName().toString();
                if (!name.endsWith(BOARD_SUFFIX) || name.startsWith(".")) {
                    continue;
                }
                String key = name.substring(0, name.length() - BOARD_SUFFIX.length());
                if (KEY.matcher(key).matches()) {
                    readEntry(key).ifPresent(entries::add);
                }
            }
        } catch (IOException e) {
            return List.copyOf(entries);
        }
        entries.sort(Comparator.comparing(Entry::savedAt).reversed());
        return List.copyOf(entries);
    }

    /** Forgets the copy of document {@code key} (after a save, a clean close, or when the user declines it). */
    public void discard(String key) throws IOException {
        checkKey(key);
        Files.deleteIfExists(boardFile(key));
        Files.deleteIfExists(dir.resolve(key + META_SUFFIX));
    }

    private Optional<Entry> readEntry(String key) {
        Board board;
        try {
            board = BoardCodec.read(boardFile(key));
        } catch (BoardFileException e) {
            return Optional.empty();
        }
        Path original = null;
        Instant savedAt = null;
        try {
            JsonNode meta = JSON.readTree(dir.resolve(key + META_SUFFIX).toFile());
            JsonNode o = meta.get("original");
            original = o == null || !o.isTextual() ? null : Path.of(o.textValue());
            savedAt = Instant.parse(meta.path("savedAt").asText());
        } catch (IOException | RuntimeException e) {
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

    private static void checkKey(String key) {
        if (key == null || !KEY.matcher(key).matches()) {
            throw new IllegalArgumentException("autosave key must be 1-64 letters, digits, '-' or '_': " + key);
        }
    }
}
