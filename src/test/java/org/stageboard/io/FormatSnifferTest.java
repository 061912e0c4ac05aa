package org.stageboard.io;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import org.stageboard.io.FormatSniffer.Claim;

class FormatSnifferTest {
    private static Claim sniff(String text) {
        return FormatSniffer.sniff(text.getBytes(StandardCharsets.UTF_8), "stageboard", 1);
    }

    @Test
    void ourOwnFilesAreCurrent() {
        assertEquals(Claim.CURRENT_OR_OLDER, sniff("{\"format\": \"stageboard\", \"version\": 1, \"nodes\": []}"));
        assertEquals(Claim.CURRENT_OR_OLDER, sniff("{\"nodes\": [{\"version\": 5}], \"version\": 1, \"format\": \"stageboard\""));
    }

    @Test
    void newerIsRecognisedWhateverElseIsWrong() {
        assertEquals(Claim.NEWER, sniff("{\"format\": \"stageboard\", \"version\": 2}"));
        assertEquals(Claim.NEWER, sniff("{\"format\": \"stageboard\", /* c */ \"version\": \"99\", }"));
        assertEquals(Claim.NEWER, sniff("{\"format\": \"stageboard\", \"version\": 1, \"version\": 3"));
        assertEquals(Claim.NEWER, sniff("// header\n{\"version\": 2.5, \"format\": \"stageboard\", \"x\": \u0000"));
    }

    @Test
    void nestedFieldsDoNotCount() {
        assertEquals(Claim.FOREIGN, sniff("{\"meta\": {\"format\": \"stageboard\", \"version\": 1}}"));
        assertEquals(Claim.CURRENT_OR_OLDER,
                sniff("{\"format\": \"stageboard\", \"version\": 1, \"n\": {\"version\": 9, \"s\": \"\\\"version\\\": 9\"}}"));
    }

    @Test
    void everythingElseIsForeignOrEmpty() {
        assertEquals(Claim.EMPTY, sniff(" \n"));
        assertEquals(Claim.FOREIGN, sniff("hello"));
        assertEquals(Claim.FOREIGN, sniff("{\"format\": \"stageboard-template\", \"version\": 1}"));
        assertEquals(Claim.FOREIGN, sniff("{\"format\": \"stageboard\"}"));
        assertEquals(Claim.FOREIGN, sniff("{\"format\": \"stageboard\", \"version\": 0}"));
        assertEquals(Claim.FOREIGN, sniff("{\"format\": \"stageboard\", \"version\": \"beta\"}"));
    }

    @Test
    void aFileCutInsideAStringIsJudgedNotThrownAt() {
        // found by ReaderFuzzTest: a lone quote as the last byte
        assertEquals(Claim.FOREIGN, sniff("{\"format\": \""));
        assertEquals(Claim.FOREIGN, sniff("{\"format\": \"stageboard\", \"version\": \""));
        assertEquals(Claim.NEWER, sniff("{\"format\": \"stageboard\", \"version\": \"7"));
    }
}
