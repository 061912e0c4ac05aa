package org.stageboard.cli;

/** A user error on the command line: its message is printed as one line and the command exits 2. */
public class CliException extends RuntimeException {
    public CliException(String message) {
        super(message);
    }
}
