package org.stageboard.io;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * TEMPORARY, written on the export branch only so the export command can read a board; the io helper's real
 * BoardFiles (with versioning and migrations) replaces this file. It reads format version 1 and nothing else.
 */
public final class BoardFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoardFiles() {
    }

    /** Reads a board file; an IOException's message is one line naming the problem and where. */
    public static Board open(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IOException("file not found");
        } catch (JsonProcessingException e) {
            var at = e.getLocation();
            throw new IOException("not valid JSON" + (at == null ? "" : " at line " + at.getLineNr()
                    + ", column " + at.getColumnNr()) + ": " + e.getOriginalMessage().lines().findFirst().orElse(""));
        }
        if (root == null || !root.isObject() || !"stageboard".equals(root.path("format").asText())) {
            throw new IOException("not a Stageboard board (\"format\" is not \"stageboard\")");
        }
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("nodes")) {
            i++;
            String stageId = n.path("stage").asText();
            Stage stage = Stage.fromId(stageId).orElseThrow(() -> new IOException("unknown stage \"" + stageId
                    + "\" in node " + n.path("id").asText("#?")));
            String id = n.path("id").asText("");
            if (id.isEmpty()) {
                throw new IOException("node number " + i + " has no id");
            }
            List<TradeOff> tradeoffs = new ArrayList<>();
            for (JsonNode t : n.path("tradeoffs")) {
                List<String> over = new ArrayList<>();
                t.path("over").forEach(o -> over.add(o.asText()));
                tradeoffs.add(new TradeOff(t.path("choice").asText(), over, t.path("because").asText()));
            }
            nodes.add(new Node(id, stage, n.path("title").asText(), n.path("text").asText(), n.path("hint").asText(),
                    tradeoffs, n.path("x").asDouble(), n.path("y").asDouble(),
                    n.path("width").asDouble(Node.DEFAULT_WIDTH), n.path("height").asDouble(Node.DEFAULT_HEIGHT)));
        }
        List<Edge> edges = new ArrayList<>();
        for (JsonNode e : root.path("edges")) {
            edges.add(new Edge(e.path("id").asText(), e.path("from").asText(), e.path("to").asText(),
                    e.path("label").asText()));
        }
        return new Board(root.path("title").asText(), root.path("prompt").asText(), "", "", nodes, edges);
    }
}
