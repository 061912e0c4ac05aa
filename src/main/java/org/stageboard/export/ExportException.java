package org.stageboard.export;

/** An export that cannot be done; the message is one line, ready to show as it is. */
public class ExportException extends Exception {
    private static final long serialVersionUID = 1L;

    public ExportException(String message) {
        super(message);
    }

    public ExportException(String message, Throwable cause) {
        super(message, cause);
    }
}
