package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import javafx.scene.Scene;
import javafx.scene.control.Hyperlink;
import javafx.stage.Stage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.check.Finding;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.edit.Document;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.testfx.api.FxRobot;
import org.testfx.framework.junit5.ApplicationExtension;
import org.testfx.framework.junit5.Start;

/** A note titled "Serving" where the serving box should be: one click makes it the box, one undo takes it back. */
@UiTest
@ExtendWith(ApplicationExtension.class)
class StageFixLinkTest {
    private final Locale before = Messages.locale();
    private Document document;
    private FindingsPanel panel;

    private static Board boardWithServingNote() {
        Board b = TestBoards.complete();
        return b.replaceNode(b.node("s").orElseThrow().withStage(org.stageboard.model.Stage.NOTE).withTitle("Serving"));
    }

    @Start
    void start(Stage stage) {
        Messages.setLocale(Locale.ENGLISH);
        document = new Document(boardWithServingNote());
        panel = new FindingsPanel();
        panel.setOnFix(fix -> StageFixLink.apply(document, fix));
        document.addListener(e -> panel.update(e.after()));
        panel.update(document.board());
        stage.setScene(new Scene(panel, 460, 500));
        stage.show();
    }

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void clickingTheFixTurnsTheNoteIntoTheStageAndUndoRevertsIt(FxRobot robot) {
        Finding missing = panel.findings().get(0);
        assertEquals("missing-stage", missing.ruleId());
        assertTrue(missing.message().contains("looks like your Serving box"), missing.message());
        List<Hyperlink> links = robot.lookup(".finding-fix").queryAllAs(Hyperlink.class).stream().toList();
        assertEquals(1, links.size(), "one fix offered");
        assertEquals("Make it the Serving box", links.get(0).getText());

        robot.clickOn(links.get(0));

        assertEquals(org.stageboard.model.Stage.SERVING, document.board().node("s").orElseThrow().stage());
        assertEquals("Serving", document.board().node("s").orElseThrow().title(), "title kept");
        assertFalse(panel.findings().stream().anyMatch(f -> f.ruleId().equals("missing-stage")), panel.findings().toString());
        assertTrue(robot.lookup(".finding-fix").queryAll().isEmpty(), "the fix is gone with its finding");
        assertEquals("Turn note into Serving box", document.undoDescription());

        robot.interact(document::undo);

        assertEquals(org.stageboard.model.Stage.NOTE, document.board().node("s").orElseThrow().stage());
        assertEquals("missing-stage", panel.findings().get(0).ruleId());
        assertEquals(1, robot.lookup(".finding-fix").queryAll().size(), "offered again after undo");
    }
}
