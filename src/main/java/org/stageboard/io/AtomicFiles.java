package org.stageboard.io;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.CopyOption;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.PosixFileAttributeView;
import java.util.UUID;
import java.util.regex.Pattern;
import java.time.Instant;
import java.nio.file.DirectoryStream;
import java.nio.file.attribute.BasicFileAttributes;
import org.stageboard.i18n.Messages;

/**
 * Replaces a file so that it is always either wholly old or wholly new: the content goes to a temporary file
 * in the same folder, is forced to disk, and is then renamed over the target in one step. A crash or a full
 * disk midway leaves the previous file untouched and no temporary file behind.
 */
public final class AtomicFiles {

    /** Writes the content into the stream it is given; may fail partway. */
    @FunctionalInterface
    public interface ContentWriter {
        void writeTo(OutputStream out) throws IOException;
    }

    /** {@link Files#move}, replaceable in tests to simulate file systems that fail or cannot rename atomically. */
    @FunctionalInterface
    interface Mover {
        void move(Path from, Path to, CopyOption... options) throws IOException;
    }

    /** ".<name>.<uuid>.tmp", exactly what {@link #write} creates. */
    private static final Pattern TEMP_NAME = Pattern.compile(
            "\\..+\\.[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}\\.tmp");
    /**
     * Temp files older than this cannot belong to a save this process is making: it is taken before this class
     * writes anything. (The OS's process start time is only known to the second on Linux, too coarse to tell a
     * crashed run's leftover from one made a moment before this run began.)
     */
    private static final Instant PROCESS_START = Instant.now();

    private AtomicFiles() {
    }

    public static void write(Path target, String content) throws IOException {
        write(target, content.getBytes(StandardCharsets.UTF_8));
    }

    public static void write(Path target, byte[] content) throws IOException {
        write(target, out -> out.write(content));
    }

    public static void write(Path target, ContentWriter writer) throws IOException {
        write(target, writer, Files::move);
    }

    static void write(Path target, ContentWriter writer, Mover mover) throws IOException {
        Path real = resolveLinks(target);
        if (Files.isDirectory(real)) {
            // a replacing move would silently swap an empty folder for the file
            throw new FileSystemException(real.toString(), null, Messages.get("io.cause.targetIsFolder"));
        }
        Path dir = real.toAbsolutePath().getParent();
        // a hidden name in the same folder: same file system, so the rename is atomic
        Path temp = dir.resolve("." + real.getFileName() + "." + UUID.randomUUID() + ".tmp");
        boolean done = false;
        try {
            // CREATE_NEW fails on anything already there, a planted link included; NOFOLLOW_LINKS says so twice
            try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE,
                    LinkOption.NOFOLLOW_LINKS);
                 OutputStream out = Channels.newOutputStream(channel)) {
                writer.writeTo(out);
                out.flush();
                channel.force(true);
            }
            copyPermissions(real, temp);
            replace(temp, real, mover);
            done = true;
        } finally {
            if (!done) {
                Files.deleteIfExists(temp);
            }
        }
        syncFolder(dir);
        sweepLeftovers(dir, PROCESS_START);
    }

    /**
     * Deletes temporary files an earlier, crashed save left in {@code dir}: only names of our own pattern, only
     * regular files (never a link), and only those last touched before {@code olderThan} (this process's start),
     * so a save in progress in another running instance is never disturbed. Returns how many were deleted.
     */
    static int sweepLeftovers(Path dir, Instant olderThan) {
        int deleted = 0;
        try (DirectoryStream<Path> temps = Files.newDirectoryStream(dir, ".*.tmp")) {
            for (Path t : temps) {
                if (!TEMP_NAME.matcher(t.getFileName().toString()).matches()) {
                    continue;
                }
                try {
                    BasicFileAttributes a = Files.readAttributes(t, BasicFileAttributes.class, LinkOption.NOFOLLOW_LINKS);
                    if (a.isRegularFile() && a.lastModifiedTime().toInstant().isBefore(olderThan)) {
                        Files.deleteIfExists(t);
                        deleted++;
                    }
                } catch (IOException e) {
                    // another instance swept it first, or it is not ours to delete: leave it
                }
            }
        } catch (IOException | RuntimeException e) {
            // the save itself succeeded; a leftover is swept on a later save
        }
        return deleted;
    }

    /** The name {@link #write} gives its temporary file for {@code target}. */
    static boolean isTempName(String name) {
        return TEMP_NAME.matcher(name).matches();
    }

    /** Saving through a symbolic link updates the file it points to and keeps the link. */
    private static Path resolveLinks(Path target) throws IOException {
        return Files.isSymbolicLink(target) && Files.exists(target) ? target.toRealPath() : target;
    }

    private static void replace(Path from, Path to, Mover mover) throws IOException {
        try {
            mover.move(from, to, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            // some network and FUSE file systems cannot rename atomically; a plain replace is the best left
            mover.move(from, to, StandardCopyOption.REPLACE_EXISTING);
        }
    }

    /** A new file would otherwise get the temp file's permissions instead of the ones the user gave the old one. */
    private static void copyPermissions(Path from, Path to) {
        PosixFileAttributeView source = Files.getFileAttributeView(from, PosixFileAttributeView.class,
                LinkOption.NOFOLLOW_LINKS);
        PosixFileAttributeView dest = Files.getFileAttributeView(to, PosixFileAttributeView.class);
        if (source == null || dest == null || !Files.exists(from)) {
            return;
        }
        try {
            dest.setPermissions(source.readAttributes().permissions());
        } catch (IOException | UnsupportedOperationException e) {
            // keeping the default permissions is harmless; the save itself matters more
        }
    }

    /** Makes the rename itself durable on POSIX systems; where folders cannot be opened this is skipped. */
    private static void syncFolder(Path dir) {
        try (FileChannel channel = FileChannel.open(dir, StandardOpenOption.READ)) {
            channel.force(true);
        } catch (IOException | RuntimeException e) {
            // Windows cannot open a folder as a channel; NTFS journals the rename anyway
        }
    }
}
