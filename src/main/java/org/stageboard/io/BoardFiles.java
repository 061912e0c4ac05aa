package org.stageboard.io;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import java.nio.file.attribute.FileTime;
import java.nio.file.attribute.PosixFilePermission;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;

/**
 * Opening and saving board files: the codec plus atomic replacement, and protection of what is already on disk.
 * A save replaces only an empty file or a Stageboard board this version reads; a newer Stageboard's file is never
 * replaced, another program's file only with {@link Overwrite#CONFIRMED}, and a read-only file not at all.
 */
public final class BoardFiles {
    /** What the caller may replace. */
    public enum Overwrite {
        /** Only a board this version reads, or an empty file: the command line, and the window by default. */
        BOARDS_ONLY,
        /** Also a file that is not a board: the user has confirmed replacing it in the window. */
        CONFIRMED
    }

    /**
     * The files this process last read as boards or wrote, as they were then (see {@link Stamp}). Saving over one
     * that is unchanged since needs no second reading of its bytes to know it is a board this version reads.
     */
    private static final Map<Path, Stamp> KNOWN = new ConcurrentHashMap<>();
    /** How many times a target's bytes were read to judge what it is; tests check a save over our own file skips it. */
    static final AtomicInteger SNIFFS = new AtomicInteger();

    private BoardFiles() {
    }

    /** Reads a board; {@link BoardFileException#isNewerVersion()} tells the UI the file must stay read-only. */
    public static Board open(Path file) throws BoardFileException {
        // stamped before reading: a change while it is read makes the stamp stale, never wrongly fresh
        Stamp before = Stamp.of(file);
        Board board = BoardCodec.read(file);
        remember(file, before);
        return board;
    }

    /** Saves, replacing only a board or an empty file (see {@link #save(Path, Board, Overwrite)}). */
    public static void save(Path file, Board board) throws BoardFileException {
        save(file, board, Overwrite.BOARDS_ONLY);
    }

    /**
     * Writes {@code board} to {@code file} atomically, after {@link #checkReplaceable} allows it.
     */
    public static void save(Path file, Board board, Overwrite overwrite) throws BoardFileException {
        checkReplaceable(file, overwrite);
        try {
            AtomicFiles.write(file, BoardCodec.write(board));
        } catch (IOException e) {
            throw new BoardFileException(Messages.get("io.error.save", file, IoProblems.describe(e)), e);
        }
        remember(file, Stamp.of(file));
    }

    /**
     * Refuses, with a one-line reason, to write {@code file} when its folder is missing (or is a file), when a
     * folder, pipe or device has its name, when it is read-only, when it comes from a newer Stageboard (judged from
     * its raw bytes, however damaged), or when it is not a board and {@code overwrite} is not
     * {@link Overwrite#CONFIRMED}.
     */
    public static void checkReplaceable(Path file, Overwrite overwrite) throws BoardFileException {
        checkFolder(file);
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class); // what a save through a link replaces
        } catch (IOException e) {
            return; // nothing there (or a dangling link): nothing to lose
        }
        if (attrs.isDirectory()) {
            throw new BoardFileException(Messages.get("io.error.save", file,
                    Messages.get("io.cause.targetIsFolder") + ": " + file));
        }
        if (!attrs.isRegularFile()) {
            throw new BoardFileException(Messages.get("io.error.saveNotRegular", file));
        }
        if (isReadOnly(file)) {
            throw new BoardFileException(Messages.get("io.error.saveReadOnly", file));
        }
        Stamp known = KNOWN.get(key(file));
        if (known != null && known.equals(Stamp.of(attrs))) {
            return; // the board this process read or wrote, untouched since: no need to read it again
        }
        switch (claimOf(file)) {
            case NEWER -> throw BoardFileException.newerVersion(Messages.get("io.error.saveNewer", file));
            case FOREIGN -> {
                if (overwrite != Overwrite.CONFIRMED) {
                    throw BoardFileException.foreignTarget(Messages.get("io.error.saveForeign", file));
                }
            }
            default -> {
                // an empty file or one of our boards: replacing it is what saving means
            }
        }
    }

    /**
     * Read-only as the user marked it: no write permission for its owner (which even root, who may write anyway,
     * must respect), or not writable by this process.
     */
    private static boolean isReadOnly(Path file) {
        try {
            Set<PosixFilePermission> perms = Files.getPosixFilePermissions(file);
            if (!perms.contains(PosixFilePermission.OWNER_WRITE)) {
                return true;
            }
        } catch (IOException | UnsupportedOperationException e) {
            // not a POSIX file system: the writable check below is all there is
        }
        return !Files.isWritable(file);
    }

    /** True when {@code file} exists and comes from a newer Stageboard, judged from its raw bytes. */
    public static boolean isNewerVersion(Path file) {
        try {
            return claimOf(file) == FormatSniffer.Claim.NEWER;
        } catch (BoardFileException e) {
            return false;
        }
    }

    /** What the file's bytes claim to be; enough of a huge file is read to find its format and version. */
    static FormatSniffer.Claim claimOf(Path file) throws BoardFileException {
        SNIFFS.incrementAndGet();
        byte[] head;
        try {
            head = SafeFiles.readPrefix(file, (int) BoardCodec.MAX_BYTES);
        } catch (SafeFiles.Unreadable e) {
            if (e.kind() == SafeFiles.Unreadable.Kind.NOT_FOUND) {
                return FormatSniffer.Claim.EMPTY;
            }
            throw new BoardFileException(Messages.get("io.error.save", file, e.getMessage()), e);
        }
        return FormatSniffer.sniff(head, BoardCodec.FORMAT, BoardCodec.FORMAT_VERSION);
    }

    private static void remember(Path file, Stamp stamp) {
        if (stamp != null) {
            KNOWN.put(key(file), stamp);
        }
    }

    private static Path key(Path file) {
        return file.toAbsolutePath().normalize();
    }

    /**
     * A file's identity and last change, as the file system tells them: a save replaces the file (a new file key),
     * and any other writer changes its modification time (to the nanosecond here) or its size.
     */
    private record Stamp(Object fileKey, long size, FileTime modified) {
        static Stamp of(BasicFileAttributes a) {
            return a.fileKey() == null ? null : new Stamp(a.fileKey(), a.size(), a.lastModifiedTime());
        }

        /** The file's stamp now, or null when it cannot be read (then nothing is remembered). */
        static Stamp of(Path file) {
            try {
                return of(Files.readAttributes(file, BasicFileAttributes.class));
            } catch (IOException e) {
                return null;
            }
        }
    }

    /** "The folder does not exist" and "the parent is a file" are different problems and said differently. */
    private static void checkFolder(Path file) throws BoardFileException {
        Path folder = file.toAbsolutePath().getParent();
        if (folder == null || Files.isDirectory(folder)) {
            return;
        }
        for (Path p = folder; p != null; p = p.getParent()) {
            if (Files.exists(p, LinkOption.NOFOLLOW_LINKS) || Files.exists(p)) {
                if (!Files.isDirectory(p)) {
                    throw new BoardFileException(Messages.get("io.error.saveParentIsFile", file, p));
                }
                break;
            }
        }
        // said plainly: the atomic writer's own error would name its temporary file
        throw new BoardFileException(Messages.get("io.error.saveNoFolder", file, folder));
    }
}
