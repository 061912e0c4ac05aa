package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.stageboard.fixtures.SeededTemplates;
import org.stageboard.model.Board;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;

/**
 * No rule reads where a box stands or how big it is: the findings panel relies on it to skip the check on every
 * step of a drag (see {@code BoardDelta.placesOnly}). Every shipped template, as skeleton and as reference answer,
 * with every box moved and resized at random, must give the findings it gave before.
 */
class FindingsIgnorePlacesTest {
    @Test
    void movingAndResizingBoxesNeverChangesTheFindings() {
        Random random = new Random(15);
        int boards = 0;
        for (Template t : TemplateLibrary.load().all()) {
            for (Seeder.Mode mode : Seeder.Mode.values()) {
                Board board = SeededTemplates.seed(t, mode);
                Board moved = board.withNodes(board.nodes().stream().map(n -> n.withBounds(
                        random.nextInt(4000) - 2000, random.nextInt(3000) - 1500,
                        40 + random.nextInt(600), 30 + random.nextInt(400))).toList());
                Profile profile = Profiles.forBoard(board);
                assertEquals(Checker.check(board, profile), Checker.check(moved, profile), t.id() + " " + mode);
                boards++;
            }
        }
        assertEquals(TemplateLibrary.load().all().size() * Seeder.Mode.values().length, boards);
    }
}
