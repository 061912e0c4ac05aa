package org.stageboard.template;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * What a strong answer to one use case must mention, stage by stage (templates/checklists/<id>.json, plus the points
 * common to its kind of problem in kinds.json), and how much of it a template's reference answer covers. A point is
 * covered when the text of its stage (box title, answer points, trade-offs) contains one of the point's terms.
 */
record Checklist(String id, String kind, List<Point> points) {
    static final Path DIR = Path.of("templates/checklists");
    private static final ObjectMapper JSON = new ObjectMapper();

    /** One key point; {@code stage} null means it may be anywhere in the answer. */
    record Point(Stage stage, String point, List<String> terms) {
        boolean coveredBy(Template t) {
            String text = stage == null ? allText(t) : stageText(t.stage(stage));
            return terms.stream().anyMatch(text::contains);
        }

        String label() {
            return (stage == null ? "any" : stage.id()) + ": " + point;
        }
    }

    /** Reads the checklist of template {@code id}, with the common points and those of its kind. */
    static Checklist load(Path dir, String id) throws IOException {
        JsonNode own = JSON.readTree(dir.resolve(id + ".json").toFile());
        JsonNode kinds = JSON.readTree(dir.resolve("kinds.json").toFile());
        String kind = own.path("kind").asText();
        if (!kinds.path("kinds").has(kind)) {
            throw new IOException(id + ".json: unknown kind \"" + kind + "\"");
        }
        if (!id.equals(own.path("id").asText())) {
            throw new IOException(id + ".json: id \"" + own.path("id").asText() + "\" differs from the file name");
        }
        List<Point> points = new ArrayList<>();
        points(kinds.path("common"), points, id);
        points(kinds.path("kinds").path(kind), points, id);
        points(own.path("points"), points, id);
        return new Checklist(id, kind, points);
    }

    static boolean exists(Path dir, String id) {
        return Files.isRegularFile(dir.resolve(id + ".json"));
    }

    private static void points(JsonNode array, List<Point> out, String id) throws IOException {
        for (JsonNode p : array) {
            String s = p.path("stage").asText();
            Stage stage = s.equals("any") ? null : Stage.fromId(s).filter(Stage::isPipeline)
                    .orElseThrow(() -> new IOException(id + ": unknown stage \"" + s + "\""));
            List<String> terms = new ArrayList<>();
            p.path("terms").forEach(t -> terms.add(t.asText().toLowerCase(Locale.ROOT)));
            if (terms.isEmpty() || p.path("point").asText().isBlank()) {
                throw new IOException(id + ": a point needs text and terms: " + p);
            }
            out.add(new Point(stage, p.path("point").asText(), terms));
        }
    }

    /** The points the template's reference answer does not mention. */
    List<Point> missedBy(Template t) {
        return points.stream().filter(p -> !p.coveredBy(t)).toList();
    }

    double coverage(Template t) {
        return points.isEmpty() ? 1 : 1 - (double) missedBy(t).size() / points.size();
    }

    static String stageText(Template.StageTemplate st) {
        StringBuilder sb = new StringBuilder(st.title()).append('\n');
        st.answer().forEach(a -> sb.append(a).append('\n'));
        for (TradeOff to : st.tradeoffs()) {
            sb.append(to.choice()).append('\n').append(String.join("\n", to.over())).append('\n')
                    .append(to.because()).append('\n');
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    static String allText(Template t) {
        StringBuilder sb = new StringBuilder();
        t.stages().values().forEach(st -> sb.append(stageText(st)));
        return sb.toString();
    }
}
