package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.cli.Cli;

/** `check --json` carries the one-click fix of a missing stage whose box is a note titled like that stage. */
class CheckJsonStageFixTest {
    @TempDir
    Path dir;

    @Test
    void aMissingStageWithANoteTitledLikeItCarriesTheFix() throws IOException {
        Path f = dir.resolve("b.stageboard");
        Files.writeString(f, """
                {"format":"stageboard","version":1,"title":"t","profile":"core","nodes":[
                 {"id":"n1","stage":"data","title":"Data","text":"clicks as labels","x":0,"y":0},
                 {"id":"n2","stage":"note","title":"Serving","text":"batch nightly","x":200,"y":0}],
                 "edges":[]}""");
        JsonNode root = json(f);
        JsonNode serving = null;
        for (JsonNode finding : root.get("findings")) {
            if (finding.get("rule").asText().equals("missing-stage") && finding.get("stage").asText().equals("serving")) {
                serving = finding;
            } else {
                assertFalse(finding.has("fix"), finding.toString()); // only findings with a fix get the field
            }
        }
        assertNotNull(serving, root.toString());
        assertEquals("turn-note-into-stage", serving.get("fix").get("kind").asText());
        assertEquals("n2", serving.get("fix").get("box").asText());
        assertEquals("serving", serving.get("fix").get("stage").asText());
        // additive: the documented fields come first, unchanged
        assertEquals("error", serving.get("severity").asText());
        assertFalse(serving.get("message").asText().isBlank());
    }

    private static JsonNode json(Path board) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Cli.standard().run(new String[] {"check", board.toString(), "--json"}, new PrintStream(out, true,
                StandardCharsets.UTF_8), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        return new ObjectMapper().readTree(out.toString(StandardCharsets.UTF_8));
    }
}
