package org.stageboard.export;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.stageboard.model.Stage;

/** An imported shape's stage: named by its first line in any of the three languages, else its words, else a note. */
class StageGuessTest {
    @Test
    void aFirstLineNamingAStageGivesThatStage() {
        assertEquals(Stage.DATA, StageGuess.guess("Data & labels", ""));
        assertEquals(Stage.MONITORING, StageGuess.guess("监控", ""));
        assertEquals(Stage.MODEL, StageGuess.guess("Модель: бустинг", ""));
        assertEquals(Stage.MONITORING, StageGuess.guess("Model monitoring", ""), "the longer name wins");
    }

    @Test
    void otherwiseTheCheckersWordsDecideAndNothingLeavesANote() {
        assertEquals(Stage.MONITORING, StageGuess.guess("Alerts", "PSI drift on top features, retrain weekly"));
        assertEquals(Stage.NOTE, StageGuess.guess("Open questions", "ask the PM about the launch date"));
    }
}
