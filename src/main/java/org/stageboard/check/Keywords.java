package org.stageboard.check;

import java.util.List;
import org.stageboard.text.Scripts;
import org.stageboard.text.Terms;

/**
 * A {@link Terms} matcher under its old name, so code that predates {@code org.stageboard.text} keeps compiling.
 * New code should take and build {@link Terms}; the matching rules are documented there.
 */
public final class Keywords extends Terms {
    /** @deprecated use {@link Scripts#LETTER} */
    @Deprecated
    static final String LETTER = Scripts.LETTER;

    private Keywords(List<String> terms) {
        super(terms);
    }

    /** Compiles the terms of any number of lists (typically one per language) into one matcher. */
    @SafeVarargs
    public static Keywords of(List<String>... lists) {
        return new Keywords(concat(lists));
    }
}
