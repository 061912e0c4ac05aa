package org.stageboard.io;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.DirectoryNotEmptyException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import org.stageboard.i18n.Messages;

/** Turns the JDK's file exceptions (whose message is often just a path) into a short, readable reason. */
final class IoProblems {
    private IoProblems() {
    }

    static String describe(IOException e) {
        if (e instanceof NoSuchFileException nsf) {
            return Messages.get("io.cause.noSuchFile", nsf.getFile());
        }
        if (e instanceof AccessDeniedException ade) {
            return Messages.get("io.cause.accessDenied", ade.getFile());
        }
        if (e instanceof NotDirectoryException nde) {
            return Messages.get("io.cause.notDirectory", nde.getFile());
        }
        if (e instanceof DirectoryNotEmptyException dne) {
            return Messages.get("io.cause.isFolder", dne.getFile());
        }
        if (e instanceof FileSystemException fse && fse.getReason() != null) {
            return fse.getFile() == null ? fse.getReason() : fse.getReason() + ": " + fse.getFile();
        }
        String m = e.getMessage();
        return m == null || m.isBlank() ? e.getClass().getSimpleName() : m;
    }
}
