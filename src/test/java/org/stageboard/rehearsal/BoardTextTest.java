package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class BoardTextTest {
    private final BoardText text = new BoardText(Board.empty().withPrompt("Design fraud detection")
            .addNode(new Node("n1", Stage.MODEL, "Ranking", "Electric cars; 冷启动问题", "hint says bandit",
                    List.of(new TradeOff("GBDT", List.of("DNN"), "Рекомендации быстрее")), 0, 0, 100, 100))
            .addNode(Node.of("n2", Stage.DATA, "", 0, 0))
            .addEdge(new Edge("e1", "n1", "n2", "A/B test")));

    @Test
    void matchesWordStartsInAlphabeticScripts() {
        assertTrue(text.mentions("rank"));
        assertTrue(text.mentions("FRAUD"));
        assertFalse(text.mentions("ctr"), "inside 'electric' is not a word");
        assertTrue(text.mentions("рекоменд"));
        assertFalse(text.mentions("комендант"));
        assertTrue(text.mentions("a/b"));
        assertTrue(text.mentions("dnn"), "trade-off alternatives count");
    }

    @Test
    void chineseMatchesAnywhere() {
        assertTrue(text.mentions("冷启动"));
        assertTrue(text.mentions("启动"));
    }

    @Test
    void hintsAndBlankKeywordsDoNotCount() {
        assertFalse(text.mentions("bandit"));
        assertFalse(text.mentions("  "));
    }
}
