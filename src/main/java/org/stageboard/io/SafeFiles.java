package org.stageboard.io;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.attribute.BasicFileAttributes;
import org.stageboard.i18n.Messages;

/**
 * Reads files the app did not necessarily write (boards, templates, session logs, autosave entries, settings)
 * without being stalled or flooded by them: only a regular file (after following links) under its size limit is
 * opened, so a FIFO is never waited on, a link to {@code /dev/zero} never read, and a sparse 3 GB file is
 * refused by its size before a byte is read. The read itself is bounded too, in case the file grows meanwhile.
 */
public final class SafeFiles {
    private SafeFiles() {
    }

    /** Why a file was not read; {@link #getMessage()} is a short localized reason without the file name. */
    public static final class Unreadable extends IOException {
        private static final long serialVersionUID = 1L;

        /** What kind of problem, for callers that word it their own way. */
        public enum Kind { NOT_FOUND, FOLDER, NOT_REGULAR, TOO_LARGE, IO }

        private final Kind kind;

        Unreadable(Kind kind, String reason, Throwable cause) {
            super(reason, cause);
            this.kind = kind;
        }

        public Kind kind() {
            return kind;
        }
    }

    /** The bytes of {@code file}, or {@link Unreadable} when it is missing, not a regular file or over {@code maxBytes}. */
    public static byte[] read(Path file, long maxBytes) throws Unreadable {
        checkReadable(file, maxBytes);
        try (InputStream in = Files.newInputStream(file)) {
            byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
            if (bytes.length > maxBytes) {
                throw tooLarge(bytes.length, maxBytes);
            }
            return bytes;
        } catch (Unreadable e) {
            throw e;
        } catch (NoSuchFileException e) {
            throw new Unreadable(Unreadable.Kind.NOT_FOUND, Messages.get("io.problem.notFound"), e);
        } catch (IOException e) {
            throw new Unreadable(Unreadable.Kind.IO, Messages.get("io.problem.cannotRead", IoProblems.describe(e)), e);
        }
    }

    /** The first {@code maxBytes} of a regular file of any size (e.g. to recognise what a file is before replacing it). */
    public static byte[] readPrefix(Path file, int maxBytes) throws Unreadable {
        checkReadable(file, Long.MAX_VALUE);
        try (InputStream in = Files.newInputStream(file)) {
            return in.readNBytes(maxBytes);
        } catch (NoSuchFileException e) {
            throw new Unreadable(Unreadable.Kind.NOT_FOUND, Messages.get("io.problem.notFound"), e);
        } catch (IOException e) {
            throw new Unreadable(Unreadable.Kind.IO, Messages.get("io.problem.cannotRead", IoProblems.describe(e)), e);
        }
    }

    /** Checks without opening: exists, is a regular file once links are followed, and is at most {@code maxBytes}. */
    public static void checkReadable(Path file, long maxBytes) throws Unreadable {
        BasicFileAttributes attrs;
        try {
            attrs = Files.readAttributes(file, BasicFileAttributes.class); // follows links: judge what would be read
        } catch (NoSuchFileException e) {
            throw new Unreadable(Unreadable.Kind.NOT_FOUND, Messages.get("io.problem.notFound"), e);
        } catch (IOException e) {
            boolean link = Files.isSymbolicLink(file) && !Files.exists(file);
            if (link) {
                throw new Unreadable(Unreadable.Kind.NOT_FOUND, Messages.get("io.problem.notFound"), e);
            }
            throw new Unreadable(Unreadable.Kind.IO, Messages.get("io.problem.cannotRead", IoProblems.describe(e)), e);
        }
        if (attrs.isDirectory()) {
            throw new Unreadable(Unreadable.Kind.FOLDER, Messages.get("io.problem.isFolder"), null);
        }
        if (!attrs.isRegularFile()) {
            // a pipe would block the reader forever, a device would never end
            throw new Unreadable(Unreadable.Kind.NOT_REGULAR, Messages.get("io.problem.notRegular"), null);
        }
        if (attrs.size() > maxBytes) {
            throw tooLarge(attrs.size(), maxBytes);
        }
    }

    private static Unreadable tooLarge(long size, long max) {
        return new Unreadable(Unreadable.Kind.TOO_LARGE,
                Messages.get("io.problem.tooLargeFile", megabytes(size), megabytes(max)), null);
    }

    /** Whole megabytes, rounded up, so "51 MB, more than 50 MB" never reads "50 MB, more than 50 MB". */
    static String megabytes(long bytes) {
        return String.valueOf((bytes + 1024 * 1024 - 1) / (1024 * 1024));
    }
}
