package org.stageboard.check.tradeoff;

import org.stageboard.model.Stage;

/**
 * What the checker read as the trade-off of one decision stage: the box it read it in (the stage's best box, or a
 * note an arrow links to it) and the reading itself.
 *
 * @param stage   the decision stage
 * @param nodeId  the box the reading comes from, or null when the stage has no box with text
 * @param reading the words read as choice, alternative and reason, and what is missing
 * @param source  where the words came from
 */
public record StageReading(Stage stage, String nodeId, TradeoffReading reading, Source source) {

    /** Where a stage's trade-off was read. */
    public enum Source {
        /** The box's own text. */
        TEXT,
        /** A structured trade-off row (choice / over / because) of the box. */
        STRUCTURED,
        /** A note linked to one of the stage's boxes by an arrow (how a follow-up answer lands on the board). */
        LINKED_NOTE,
        /** The stage has no box with anything to read. */
        NONE
    }

    public boolean stated() {
        return reading.stated();
    }
}
