package org.stageboard.export.doc;

import java.util.regex.Pattern;

/**
 * Makes user text safe inside CommonMark: characters that would start emphasis, links, code, HTML or a table cell
 * are backslash-escaped (CommonMark allows that before any ASCII punctuation), and a line that would otherwise open
 * a heading, quote, list or thematic break keeps reading as plain text.
 */
public final class MarkdownText {
    private static final Pattern BLOCK_START = Pattern.compile("^(\\s*)([#>+\\-=]|\\d+[.)])");

    private MarkdownText() {
    }

    /** One line of inline text: escapes inline markup and a block marker at its start. */
    public static String inline(String s) {
        StringBuilder out = new StringBuilder(s.length() + 8);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~', '!', '&' -> out.append('\\').append(c);
                case '\t' -> out.append(' ');
                default -> out.append(c);
            }
        }
        String line = out.toString();
        var m = BLOCK_START.matcher(line);
        if (m.find()) {
            // escape the marker's last character: "\#", "\-", "1\." never open a block
            int at = m.end(2) - 1;
            line = line.substring(0, at) + "\\" + line.substring(at);
        }
        return line;
    }

    /** Text for one table cell: inline-escaped, on one line. */
    public static String cell(String s) {
        return inline(s.replace("\r", " ").replace("\n", " ").strip());
    }
}
