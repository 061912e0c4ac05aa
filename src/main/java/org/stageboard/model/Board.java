package org.stageboard.model;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.UnaryOperator;

/**
 * An immutable whiteboard: boxes (in z-order, last on top) and arrows between them.
 * Every edit produces a new Board; unchanged nodes keep their identity so views can reconcile cheaply.
 *
 * @param templateId the template this board was seeded from, or "" for a blank board
 * @param profile    the checker profile to use, or "" for the default
 * @param language   the language the board was seeded in from its template ("en", "zh", "ru"), or "" when unknown
 */
public record Board(String title, String prompt, String templateId, String profile,
                    List<Node> nodes, List<Edge> edges, String language) {

    public Board {
        title = title == null ? "" : title;
        prompt = prompt == null ? "" : prompt;
        templateId = templateId == null ? "" : templateId;
        profile = profile == null ? "" : profile;
        nodes = List.copyOf(nodes == null ? List.of() : nodes);
        edges = List.copyOf(edges == null ? List.of() : edges);
        language = language == null ? "" : language;
    }

    /** A board whose language is not known (blank boards, and boards from before boards had one). */
    public Board(String title, String prompt, String templateId, String profile, List<Node> nodes, List<Edge> edges) {
        this(title, prompt, templateId, profile, nodes, edges, "");
    }

    public static Board empty() {
        return new Board("", "", "", "", List.of(), List.of());
    }

    public Board withTitle(String t) {
        return new Board(t, prompt, templateId, profile, nodes, edges, language);
    }

    public Board withPrompt(String p) {
        return new Board(title, p, templateId, profile, nodes, edges, language);
    }

    public Board withProfile(String p) {
        return new Board(title, prompt, templateId, p, nodes, edges, language);
    }

    public Board withLanguage(String l) {
        return new Board(title, prompt, templateId, profile, nodes, edges, l);
    }

    public Board withNodes(List<Node> n) {
        return new Board(title, prompt, templateId, profile, n, edges, language);
    }

    public Board withEdges(List<Edge> e) {
        return new Board(title, prompt, templateId, profile, nodes, e, language);
    }

    public Optional<Node> node(String id) {
        for (Node n : nodes) {
            if (n.id().equals(id)) {
                return Optional.of(n);
            }
        }
        return Optional.empty();
    }

    public Optional<Edge> edge(String id) {
        for (Edge e : edges) {
            if (e.id().equals(id)) {
                return Optional.of(e);
            }
        }
        return Optional.empty();
    }

    /** Nodes keyed by id, in z-order. */
    public Map<String, Node> nodesById() {
        Map<String, Node> map = new LinkedHashMap<>();
        for (Node n : nodes) {
            map.put(n.id(), n);
        }
        return Collections.unmodifiableMap(map);
    }

    public List<Node> nodesOf(Stage stage) {
        return nodes.stream().filter(n -> n.stage() == stage).toList();
    }

    public boolean hasStage(Stage stage) {
        return nodes.stream().anyMatch(n -> n.stage() == stage);
    }

    /** Replaces the nodes whose ids are in {@code ids} by {@code change} applied to them. */
    public Board mapNodes(Collection<String> ids, UnaryOperator<Node> change) {
        Set<String> wanted = Set.copyOf(ids);
        List<Node> out = new ArrayList<>(nodes.size());
        for (Node n : nodes) {
            out.add(wanted.contains(n.id()) ? change.apply(n) : n);
        }
        return withNodes(out);
    }

    public Board replaceNode(Node node) {
        return mapNodes(List.of(node.id()), n -> node);
    }

    public Board replaceEdge(Edge edge) {
        List<Edge> out = new ArrayList<>(edges.size());
        for (Edge e : edges) {
            out.add(e.id().equals(edge.id()) ? edge : e);
        }
        return withEdges(out);
    }

    public Board addNode(Node node) {
        List<Node> out = new ArrayList<>(nodes);
        out.add(node);
        return withNodes(out);
    }

    public Board addEdge(Edge edge) {
        List<Edge> out = new ArrayList<>(edges);
        out.add(edge);
        return withEdges(out);
    }

    /** Removes the given nodes and edges, and every edge that touches a removed node. */
    public Board remove(Collection<String> nodeIds, Collection<String> edgeIds) {
        Set<String> deadNodes = Set.copyOf(nodeIds);
        Set<String> deadEdges = Set.copyOf(edgeIds);
        List<Node> keptNodes = nodes.stream().filter(n -> !deadNodes.contains(n.id())).toList();
        List<Edge> keptEdges = edges.stream()
                .filter(e -> !deadEdges.contains(e.id()))
                .filter(e -> !deadNodes.contains(e.from()) && !deadNodes.contains(e.to()))
                .toList();
        return new Board(title, prompt, templateId, profile, keptNodes, keptEdges, language);
    }

    public List<Edge> edgesTouching(String nodeId) {
        return edges.stream().filter(e -> e.touches(nodeId)).toList();
    }

    /** The bounding box of all nodes, or null for an empty board. */
    public Rect bounds() {
        return Rect.around(nodes.stream().map(Node::bounds).toList());
    }

    /** A fresh id with the given prefix ("n" or "e") that no node or edge uses yet. */
    public String freshId(String prefix) {
        int max = 0;
        for (Node n : nodes) {
            max = Math.max(max, suffix(n.id(), prefix));
        }
        for (Edge e : edges) {
            max = Math.max(max, suffix(e.id(), prefix));
        }
        return prefix + (max + 1);
    }

    private static int suffix(String id, String prefix) {
        if (!id.startsWith(prefix)) {
            return 0;
        }
        try {
            return Integer.parseInt(id.substring(prefix.length()));
        } catch (NumberFormatException e) {
            return 0;
        }
    }
}
