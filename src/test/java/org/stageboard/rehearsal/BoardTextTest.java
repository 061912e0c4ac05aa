package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class BoardTextTest {
    private final BoardText text = new BoardText(Board.empty().withPrompt("Design fraud detection")
            .addNode(new Node("n1", Stage.MODEL, "Ranking", "Electric cars; 冷启动问题; user feedback; 用户流失",
                    "hint says bandit", List.of(new TradeOff("GBDT", List.of("DNN"), "Рекомендации быстрее")),
                    0, 0, 100, 100))
            .addNode(Node.of("n2", Stage.DATA, "Data", 0, 0))
            .addNode(Node.of("n3", Stage.SERVING, "部署", 0, 0))
            .addEdge(new Edge("e1", "n1", "n2", "A/B test"))
            .addEdge(new Edge("e2", "n2", "n1", "обратная связь")));

    @Test
    void wholeTokensInEveryScriptAndExplicitStems() {
        assertFalse(text.mentions("rank"), "a word is not a prefix");
        assertTrue(text.mentions("rank*"));
        assertEquals(Optional.of("ranking"), text.find("rank*"), "the word as the board writes it");
        assertTrue(text.mentions("FRAUD"));
        assertFalse(text.mentions("ctr"), "inside 'electric' is not a word");
        assertFalse(text.mentions("feed"), "'feed' is not 'feedback'");
        assertTrue(text.mentions("feedback"));
        assertTrue(text.mentions("рекоменд*"));
        assertFalse(text.mentions("рекоменд"));
        assertFalse(text.mentions("комендант*"));
        assertTrue(text.mentions("a/b"));
        assertTrue(text.mentions("a/b test"));
        assertTrue(text.mentions("gbdt"), "a trade-off's choice counts");
        // round 29: an alternative chosen against is not used, so it raises no question that presumes it
        assertFalse(text.mentions("dnn"), "a trade-off's rejected alternative does not count");
    }

    @Test
    void chineseMatchesWholeWords() {
        assertTrue(text.mentions("冷启动"));
        assertTrue(text.mentions("流失"));
        assertFalse(text.mentions("流"), "流 is not inside 流失");
    }

    @Test
    void hintsSeededLabelsStageTitlesAndBlankTermsDoNotCount() {
        assertFalse(text.mentions("bandit"));
        assertFalse(text.mentions("  "));
        assertFalse(text.mentions("обратн* связ*"), "the template's own feedback arrow, seeded in Russian");
        assertFalse(text.mentions("部署"), "a practice box titled by its stage");
        assertFalse(text.mentions("data"));
        assertTrue(text.mentions("ranking"), "a title the candidate wrote counts");
    }
}
