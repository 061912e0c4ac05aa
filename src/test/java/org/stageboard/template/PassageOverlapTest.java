package org.stageboard.template;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class PassageOverlapTest {
    private static final Path PAIRS = Path.of("src/test/resources/overlap");

    @Test
    void noTwoShippedTemplatesShareALongPassage() throws IOException {
        List<PassageOverlap.Overlap> found = PassageOverlap.find(Fixtures.shippedFiles());
        assertTrue(found.isEmpty(), "templates share passages (rewrite one of each pair): " + found);
    }

    @Test
    void theTestTemplatesShareNone() throws IOException {
        assertEquals(List.of(), PassageOverlap.find(List.of(Fixtures.DIR.resolve("ride-eta.json"),
                Fixtures.DIR.resolve("toxic-comments-multilingual.json"))));
    }

    @Test
    void aSharedTwelveWordPassageIsCaughtWhateverTheCaseAndPunctuation() throws IOException {
        List<PassageOverlap.Overlap> found = PassageOverlap.find(List.of(PAIRS.resolve("shared-a.json"),
                PAIRS.resolve("shared-b.json")));
        assertEquals(1, found.size(), found.toString());
        assertEquals("shared-a.json", found.get(0).fileA());
        assertEquals("shared-b.json", found.get(0).fileB());
        assertTrue(found.get(0).passage().contains("late labels"), found.get(0).passage());
    }

    @Test
    void elevenSharedWordsAndSharedIdentifiersPass() throws IOException {
        assertEquals(List.of(), PassageOverlap.find(List.of(PAIRS.resolve("shared-a.json"),
                PAIRS.resolve("near-miss.json"))));
    }

    @Test
    void chineseCharactersCountAsHalfWords() throws IOException {
        List<PassageOverlap.Overlap> found = PassageOverlap.find(List.of(PAIRS.resolve("shared-zh-a.json"),
                PAIRS.resolve("shared-zh-b.json")));
        assertEquals(1, found.size(), "24 shared characters are a passage: " + found);
        assertEquals(List.of("按", "时", "间", "2024", "split"), PassageOverlap.tokens("按时间2024 split"));
    }
}
