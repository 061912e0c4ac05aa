package org.stageboard.check;

import java.util.Locale;

/** How much a finding matters; declared from most to least severe so the natural order sorts errors first. */
public enum Severity {
    ERROR, WARNING, INFO;

    /** The lower-case name used in JSON and on the command line. */
    public String id() {
        return name().toLowerCase(Locale.ROOT);
    }
}
