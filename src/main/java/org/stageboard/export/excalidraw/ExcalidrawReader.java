package org.stageboard.export.excalidraw;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.stageboard.export.StageGuess;
import org.stageboard.export.excalidraw.ExcalidrawScene.Element;
import org.stageboard.export.excalidraw.ExcalidrawScene.StageboardData;
import org.stageboard.i18n.Messages;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.io.BoardCodec;
import org.stageboard.io.BoardFileException;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * Reads an Excalidraw scene as a board. Rectangles, ellipses and diamonds with text become boxes (the stage from
 * Stageboard's custom data, else guessed by {@link StageGuess}), free-standing text becomes a note, arrows bound
 * at both ends to boxes become arrows with their label. Everything else (lines, drawings, images, empty shapes,
 * loose arrows) is listed in {@link Result#unmapped()}, never silently dropped.
 */
public final class ExcalidrawReader {
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Set<String> SHAPES = Set.of("rectangle", "ellipse", "diamond");

    /**
     * @param board    the board read
     * @param unmapped one short phrase per kind of element that could not be mapped, e.g. "2 lines"
     */
    public record Result(Board board, List<String> unmapped) {
    }

    private ExcalidrawReader() {
    }

    public static Result read(Path file) throws BoardFileException {
        String name = file.toString();
        byte[] bytes;
        try {
            if (Files.size(file) > BoardCodec.MAX_BYTES) {
                throw new BoardFileException(Messages.get("export.import.tooLarge", name, BoardCodec.MAX_BYTES >> 20));
            }
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new BoardFileException(Messages.get("export.import.unreadable", name, String.valueOf(e.getMessage())), e);
        }
        return read(new String(bytes, StandardCharsets.UTF_8), name);
    }

    public static Result read(String json, String name) throws BoardFileException {
        ExcalidrawScene scene;
        try {
            scene = JSON.readValue(json, ExcalidrawScene.class);
        } catch (JsonProcessingException e) {
            JsonLocation at = e.getLocation();
            String where = at == null ? "" : Messages.get("export.import.at", at.getLineNr(), at.getColumnNr());
            throw new BoardFileException(Messages.get("export.import.badJson", name, where,
                    e.getOriginalMessage().lines().findFirst().orElse("")), e);
        }
        if (scene == null || scene.type() == null || !scene.type().startsWith("excalidraw")) {
            throw new BoardFileException(Messages.get("export.import.notExcalidraw", name,
                    scene == null || scene.type() == null ? "-" : scene.type()));
        }
        if (scene.elements() == null) {
            throw new BoardFileException(Messages.get("export.import.noElements", name));
        }
        return new ExcalidrawReader.Mapping(scene.elements()).run();
    }

    /** One import: the element index and what has been mapped so far. */
    private static final class Mapping {
        private final List<Element> live = new ArrayList<>();
        private final Map<String, Element> byId = new HashMap<>();
        /** Bound text by the id of the shape or arrow holding it. */
        private final Map<String, Element> textOf = new HashMap<>();
        private final Map<String, String> nodeIdOfShape = new HashMap<>();
        private final Set<String> usedIds = new HashSet<>();
        private final Map<String, Integer> unmapped = new LinkedHashMap<>();
        private final List<Node> nodes = new ArrayList<>();
        private final List<Edge> edges = new ArrayList<>();
        private String title = "";
        private String prompt = "";
        private String templateId = "";
        private String profile = "";

        Mapping(List<Element> elements) {
            for (Element e : elements) {
                if (e == null || e.deleted() || e.type() == null) {
                    continue;
                }
                live.add(e);
                if (e.id() != null) {
                    byId.put(e.id(), e);
                }
            }
            for (Element e : live) {
                if ("text".equals(e.type()) && e.containerId() != null && byId.containsKey(e.containerId())) {
                    textOf.put(e.containerId(), e);
                }
            }
        }

        Result run() {
            for (Element e : live) {
                if (SHAPES.contains(e.type())) {
                    shape(e);
                } else if ("text".equals(e.type())) {
                    looseText(e);
                } else if (!"arrow".equals(e.type())) {
                    skip(typeName(e.type()));
                }
            }
            for (Element e : live) {
                if ("arrow".equals(e.type())) {
                    arrow(e);
                }
            }
            List<String> phrases = new ArrayList<>();
            unmapped.forEach((kind, count) -> phrases.add(Messages.get("export.import.count", count, kind)));
            return new Result(new Board(title, prompt, templateId, profile, nodes, edges), phrases);
        }

        private void shape(Element e) {
            Element label = textOf.get(e.id());
            String shown = label == null ? "" : label.fullText().strip();
            StageboardData data = e.customData() == null ? null : e.customData().stageboard();
            if (shown.isEmpty() && data == null) {
                skip(Messages.get("export.import.emptyShape", typeName(e.type())));
                return;
            }
            String id = freshNodeId(data == null ? null : data.id());
            nodeIdOfShape.put(e.id(), id);
            double w = Math.max(Node.MIN_WIDTH, e.widthOr0());
            double h = Math.max(Node.MIN_HEIGHT, e.heightOr0());
            if (data != null && shown.equals(ExcalidrawWriter.shownText(fromData(id, data, e, w, h)).strip())) {
                // untouched since Stageboard wrote it: the exact fields, trade-offs and hint included
                nodes.add(fromData(id, data, e, w, h));
                return;
            }
            // drawn or edited in Excalidraw: first line the title, the rest the answer; stored trade-offs whose
            // line is still shown stay structured
            List<TradeOff> kept = new ArrayList<>();
            List<String> lines = new ArrayList<>(shown.lines().toList());
            if (data != null) {
                for (TradeOff t : fromData(id, data, e, w, h).tradeoffs()) {
                    if (!t.isBlank() && lines.size() > 1 && lines.subList(1, lines.size()).remove(TradeOffFormat.oneLine(t))) {
                        kept.add(t);
                    }
                }
            }
            String boxTitle = lines.get(0).strip();
            String text = String.join("\n", lines.subList(1, lines.size())).strip();
            Stage stage = data != null && data.stage() != null ? Stage.fromId(data.stage()).orElse(null) : null;
            if (stage == null) {
                stage = StageGuess.guess(boxTitle, text, e.strokeColor(), e.backgroundColor());
            }
            nodes.add(new Node(id, stage, boxTitle, text, "", kept, e.xOr0(), e.yOr0(), w, h));
        }

        private static Node fromData(String id, StageboardData d, Element e, double w, double h) {
            Stage stage = Stage.fromId(d.stage()).orElse(Stage.NOTE);
            List<TradeOff> tradeoffs = d.tradeoffs() == null ? List.of() : d.tradeoffs().stream()
                    .map(t -> new TradeOff(t.choice(), t.over(), t.because())).toList();
            return new Node(id, stage, d.title(), d.text(), d.hint(), tradeoffs, e.xOr0(), e.yOr0(), w, h);
        }

        private void looseText(Element e) {
            if (e.containerId() != null && byId.containsKey(e.containerId())) {
                return; // a label: read with its shape or arrow
            }
            StageboardData data = e.customData() == null ? null : e.customData().stageboard();
            if (data != null && "board".equals(data.role())) {
                title = data.title() == null ? "" : data.title();
                prompt = data.prompt() == null ? "" : data.prompt();
                templateId = data.templateId() == null ? "" : data.templateId();
                profile = data.profile() == null ? "" : data.profile();
                return;
            }
            String shown = e.fullText().strip();
            if (shown.isEmpty()) {
                return; // an empty text shows nothing; there is nothing to lose
            }
            String[] parts = shown.split("\\R", 2);
            double w = Math.max(Node.MIN_WIDTH, e.widthOr0() + 2 * ExcalidrawWriter.PAD);
            double h = Math.max(Node.MIN_HEIGHT, e.heightOr0() + 2 * ExcalidrawWriter.PAD);
            nodes.add(new Node(freshNodeId(null), Stage.NOTE, parts[0].strip(),
                    parts.length > 1 ? parts[1].strip() : "", "", List.of(), e.xOr0(), e.yOr0(), w, h));
        }

        private void arrow(Element e) {
            String from = e.startBinding() == null ? null : nodeIdOfShape.get(e.startBinding().elementId());
            String to = e.endBinding() == null ? null : nodeIdOfShape.get(e.endBinding().elementId());
            if (from == null || to == null) {
                skip(Messages.get("export.import.looseArrow"));
                return;
            }
            Element label = textOf.get(e.id());
            StageboardData data = e.customData() == null ? null : e.customData().stageboard();
            String id = data != null && data.id() != null && !data.id().isBlank()
                    && edges.stream().noneMatch(x -> x.id().equals(data.id())) && !usedIds.contains(data.id())
                    ? data.id() : freshEdgeId();
            usedIds.add(id);
            // Excalidraw draws the arrow from its start to its end; a reversed one (start arrowhead only) flips
            boolean reversed = e.endArrowhead() == null && e.startArrowhead() != null;
            edges.add(new Edge(id, reversed ? to : from, reversed ? from : to,
                    label == null ? "" : label.fullText().strip()));
        }

        /** The element type as the user reads it ("line", "линия"); an unknown type keeps its Excalidraw name. */
        private static String typeName(String type) {
            String key = "export.import.type." + type;
            return Messages.has(key) ? Messages.get(key) : type;
        }

        private void skip(String kind) {
            unmapped.merge(kind, 1, Integer::sum);
        }

        private String freshNodeId(String wanted) {
            if (wanted != null && !wanted.isBlank() && usedIds.add(wanted)) {
                return wanted;
            }
            int i = nodes.size() + 1;
            while (usedIds.contains("n" + i)) {
                i++;
            }
            usedIds.add("n" + i);
            return "n" + i;
        }

        private String freshEdgeId() {
            int i = edges.size() + 1;
            while (usedIds.contains("e" + i)) {
                i++;
            }
            return "e" + i;
        }
    }
}
