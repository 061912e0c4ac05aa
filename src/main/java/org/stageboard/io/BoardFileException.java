package org.stageboard.io;

/**
 * A board file that cannot be read or written. {@link #getMessage()} is always one line that names the file,
 * the problem and where it is, ready to show the user as it is.
 */
public final class BoardFileException extends Exception {
    private static final long serialVersionUID = 1L;

    private final boolean newerVersion;

    public BoardFileException(String message) {
        this(message, false, null);
    }

    public BoardFileException(String message, Throwable cause) {
        this(message, false, cause);
    }

    private BoardFileException(String message, boolean newerVersion, Throwable cause) {
        super(oneLine(message), cause);
        this.newerVersion = newerVersion;
    }

    /** The file was written by a newer Stageboard: the app must neither open it as a board nor overwrite it. */
    public static BoardFileException newerVersion(String message) {
        return new BoardFileException(message, true, null);
    }

    /** True when the file comes from a newer Stageboard (see {@link #newerVersion}). */
    public boolean isNewerVersion() {
        return newerVersion;
    }

    /** Messages quote file content and library text; a stray line break must not split the dialog line. */
    private static String oneLine(String message) {
        return message == null ? "" : message.replaceAll("\\s*[\\r\\n]+\\s*", " ").strip();
    }
}
