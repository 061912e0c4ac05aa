package org.stageboard.template;

/**
 * A template file that cannot be used. The message is one line in the compiler style
 * {@code file:line:col: path: problem}, e.g. {@code payment-fraud.json:41:7: stages.data.tradeoffs: ...}.
 */
public class TemplateException extends Exception {
    private final String file;

    /** @param file the file, followed by ":line:col" when the place is known */
    public TemplateException(String file, String problem) {
        super(org.stageboard.io.Excerpt.line(file + ": " + problem)); // a quoted value must not make a 1 MB line
        this.file = file;
    }

    /** The file (or jar entry) the problem is in, with ":line:col" when known, as shown to the user. */
    public String file() {
        return file;
    }
}
