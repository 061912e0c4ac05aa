package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The assertion every round's readings test makes: the box states a trade-off, with the choice and the alternative the
 * panel shows. One place, so a round's test lists its examples and not the same three checks again.
 */
final class ReadingAssertions {
    private ReadingAssertions() {
    }

    /** {@code r} is stated, with this choice and alternative; a null part is not checked. */
    static void assertStated(TradeoffReading r, String text, String choice, String alternative) {
        assertTrue(r.stated(), text + " => " + r);
        if (choice != null) {
            assertEquals(choice, r.choice(), text);
        }
        if (alternative != null) {
            assertEquals(alternative, r.alternative(), text);
        }
    }
}
