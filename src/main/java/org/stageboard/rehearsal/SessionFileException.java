package org.stageboard.rehearsal;

/** A session file that cannot be read; the message is one line naming the file, the problem and where. */
public final class SessionFileException extends Exception {
    public SessionFileException(String message) {
        super(message);
    }

    public SessionFileException(String message, Throwable cause) {
        super(message, cause);
    }
}
