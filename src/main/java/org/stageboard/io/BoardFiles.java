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
 * TEMPORARY minimal reader written by the checker helper so `check` can run before the io helper's codec lands.
 * The integrator replaces this file with the io helper's {@code BoardFiles}; callers only rely on
 * {@code open(Path)} returning a Board or throwing an exception whose message is one line naming the file.
 */
public final class BoardFiles {
    private static final ObjectMapper JSON = new ObjectMapper();

    private BoardFiles() {
    }

    public static Board open(Path file) throws IOException {
        JsonNode root;
        try {
            root = JSON.readTree(Files.readAllBytes(file));
        } catch (NoSuchFileException e) {
            throw new IOException(file + ": no such file");
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            throw new IOException(file + ": not valid JSON" + (loc == null ? "" : " at line " + loc.getLineNr()
                    + ", column " + loc.getColumnNr()));
        } catch (IOException e) {
            throw new IOException(file + ": cannot read (" + e.getClass().getSimpleName() + ")");
        }
        if (root == null || !root.isObject() || !"stageboard".equals(root.path("format").asText())) {
            throw new IOException(file + ": not a Stageboard board (missing \"format\": \"stageboard\")");
        }
        List<Node> nodes = new ArrayList<>();
        int i = 0;
        for (JsonNode n : root.path("nodes")) {
            String where = file + ": nodes[" + i++ + "]";
            String id = n.path("id").asText("");
            if (id.isBlank()) {
                throw new IOException(where + " has no id");
            }
            Stage stage = Stage.fromId(n.path("stage").asText("note"))
                    .orElseThrow(() -> new IOException(where + " has unknown stage \"" + n.path("stage").asText() + "\""));
            List<TradeOff> tradeoffs = new ArrayList<>();
            for (JsonNode t : n.path("tradeoffs")) {
                List<String> over = new ArrayList<>();
                t.path("over").forEach(o -> over.add(o.asText()));
                tradeoffs.add(new TradeOff(t.path("choice").asText(""), over, t.path("because").asText("")));
            }
            nodes.add(new Node(id, stage, n.path("title").asText(""), n.path("text").asText(""),
                    n.path("hint").asText(""), tradeoffs, n.path("x").asDouble(0), n.path("y").asDouble(0),
                    n.path("width").asDouble(Node.DEFAULT_WIDTH), n.path("height").asDouble(Node.DEFAULT_HEIGHT)));
        }
        List<Edge> edges = new ArrayList<>();
        for (JsonNode e : root.path("edges")) {
            edges.add(new Edge(e.path("id").asText(""), e.path("from").asText(""), e.path("to").asText(""),
                    e.path("label").asText("")));
        }
        return new Board(root.path("title").asText(""), root.path("prompt").asText(""),
                root.path("templateId").asText(""), root.path("profile").asText(""), nodes, edges);
    }
}
