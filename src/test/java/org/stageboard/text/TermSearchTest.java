package org.stageboard.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TermSearchTest {
    private final String text = TextNorm.normalize(
            "Ranking with GBDT; user feedback, Electric cars\n冷启动问题 用户流失\nРекомендации быстрее, A/B test, log-loss");
    private final TermSearch search = new TermSearch(text);

    /** The token-list shortcut answers exactly as the shared matcher does on the same text. */
    @Test
    void answersAsTheSharedMatcher() {
        for (String term : List.of("rank", "rank*", "ranking", "FRAUD", "ctr", "feed", "feedback", "рекоменд*",
                "рекоменд", "комендант*", "a/b", "a/b test", "log loss", "冷启动", "流失", "流", "gbdt", "ё*")) {
            String n = TextNorm.normalize(term);
            assertEquals(Terms.of(List.of(n)).in(text), search.find(term).isPresent(), term);
        }
    }

    @Test
    void givesTheWordsAsTheTextHasThem() {
        assertEquals(Optional.of("ranking"), search.find("Rank*"));
        assertEquals(Optional.of("рекомендации"), search.find("рекоменд*"));
        assertEquals(Optional.empty(), search.find("  "));
        assertEquals(Optional.empty(), search.find(null));
    }

    @Test
    void compiledMatchersAreShared() {
        assertSame(TermSearch.compiled(List.of("a/b", "ranking")), TermSearch.compiled(List.of("a/b", "ranking")));
    }
}
