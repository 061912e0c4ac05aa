package org.stageboard.io;

/**
 * A board file that cannot be read or written. {@link #getMessage()} is always one line that names the file,
 * the problem and where it is, ready to show the user as it is.
 */
public final class BoardFileException extends Exception {
    private static final long serialVersionUID = 1L;

    /** Why a save was refused, where the window may act on it. */
    private enum Refusal { NONE, NEWER_VERSION, FOREIGN_TARGET }

    private final Refusal refusal;

    public BoardFileException(String message) {
        this(message, Refusal.NONE, null);
    }

    public BoardFileException(String message, Throwable cause) {
        this(message, Refusal.NONE, cause);
    }

    private BoardFileException(String message, Refusal refusal, Throwable cause) {
        super(oneLine(message), cause);
        this.refusal = refusal;
    }

    /** The file was written by a newer Stageboard: the app must neither open it as a board nor overwrite it. */
    public static BoardFileException newerVersion(String message) {
        return new BoardFileException(message, Refusal.NEWER_VERSION, null);
    }

    /**
     * The save would replace a file that is not recognisably a Stageboard board: only an explicit yes from the user
     * in the window may replace it, never the command line.
     */
    public static BoardFileException foreignTarget(String message) {
        return new BoardFileException(message, Refusal.FOREIGN_TARGET, null);
    }

    /** True when the file comes from a newer Stageboard (see {@link #newerVersion}). */
    public boolean isNewerVersion() {
        return refusal == Refusal.NEWER_VERSION;
    }

    /** True when the save was refused only because the target is another program's file (see {@link #foreignTarget}). */
    public boolean isForeignTarget() {
        return refusal == Refusal.FOREIGN_TARGET;
    }

    /**
     * Messages quote file content and library text: a stray line break must not split the dialog line, and no
     * value may make it longer than {@link Excerpt#MAX_LINE_CHARS}.
     */
    private static String oneLine(String message) {
        return Excerpt.line(message);
    }
}
