package org.stageboard.template;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * Reads and validates one template file (schema v1, see the README). Anything that would make a broken board is an
 * error: bad JSON, a missing or unknown field, a missing or unknown stage, an unknown category, an id that differs
 * from the file name, a stage without answer, a trade-off that is incomplete, more than two trade-offs on a stage, or
 * no trade-off on data, model or serving. Style limits (lengths and counts) are {@link TemplateLint}'s job.
 */
public final class TemplateLoader {
    public static final String FORMAT = "stageboard-template";
    public static final int VERSION = 1;
    /** Boxes must fit the screen, so a stage may state at most this many trade-offs. */
    public static final int MAX_TRADEOFFS = 2;
    /** The stages on which a template must state at least one complete trade-off. */
    public static final Set<Stage> TRADEOFF_REQUIRED = Set.of(Stage.DATA, Stage.MODEL, Stage.SERVING);
    public static final Set<String> PROFILES = Set.of("default", "core");

    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");
    /** The format named by a translation file ({@code <id>.<language>.json}). */
    public static final String TRANSLATION_FORMAT = "stageboard-template-translation";
    private static final Set<String> TOP_FIELDS = Set.of("format", "version", "id", "language", "title", "category",
            "profile", "prompt", "clarifying", "stages", "followups", "strongAnswer", "curveballs");
    /** The top-level fields a translation may carry: the texts (stages are merged field by field). */
    private static final List<String> TRANSLATED_FIELDS = List.of("title", "prompt", "clarifying", "followups",
            "strongAnswer", "curveballs");
    private static final Set<String> TRANSLATION_FIELDS = Set.of("format", "version", "id", "language", "title",
            "prompt", "clarifying", "stages", "followups", "strongAnswer", "curveballs");
    private static final Set<String> STAGE_FIELDS = Set.of("title", "hint", "answer", "tradeoffs");
    private static final ObjectMapper JSON = new ObjectMapper()
            .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION);

    /** Loads {@code file}; the file name (without ".json") must equal the template's id. */
    public Template load(Path file) throws TemplateException {
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(file);
        } catch (IOException e) {
            throw new TemplateException(file.toString(), Messages.get("template.error.unreadable", e.getMessage()));
        }
        return parse(file.toString(), bytes);
    }

    /**
     * Parses template text.
     *
     * @param file the name shown in messages; its last segment without ".json" must equal the id
     */
    public Template parse(String file, byte[] json) throws TemplateException {
        Parsed base = read(file, json);
        Check check = new Check(pointer -> file + ":" + base.where.at(pointer));
        Template t = check.template(base.root, stem(file));
        check.throwIfAny();
        return t;
    }

    /**
     * Parses a translation of a template: {@code overlay} (a file named {@code <id>.<language>.json}, format
     * {@value #TRANSLATION_FORMAT}) replaces the texts it carries (title, prompt, clarifying, followups,
     * strongAnswer, and per stage title, hint, answer, tradeoffs) and keeps the base file's text for the rest. The
     * result is validated like a template, and each problem names the file and place it comes from.
     */
    public Template parseTranslation(String baseFile, byte[] baseJson, String overlayFile, byte[] overlayJson)
            throws TemplateException {
        Parsed base = read(baseFile, baseJson);
        Parsed overlay = read(overlayFile, overlayJson);
        String stem = stem(overlayFile);
        int dot = stem.lastIndexOf('.');
        String fileId = dot < 0 ? stem : stem.substring(0, dot);
        String fileLanguage = dot < 0 ? "" : stem.substring(dot + 1);
        Check header = new Check(pointer -> overlayFile + ":" + overlay.where.at(pointer));
        String language = header.translationHeader(overlay.root, fileId, fileLanguage);
        header.throwIfAny();
        JsonNode merged = merge(base.root, overlay.root, language);
        Check check = new Check(pointer -> isTranslated(overlay.root, pointer)
                ? overlayFile + ":" + overlay.where.at(pointer) : baseFile + ":" + base.where.at(pointer));
        Template t = check.template(merged, stem(baseFile));
        check.throwIfAny();
        return t;
    }

    private Parsed read(String file, byte[] json) throws TemplateException {
        try {
            JsonNode root = JSON.readTree(json);
            if (root == null || root.isMissingNode()) {
                throw new TemplateException(file, Messages.get("template.error.empty"));
            }
            return new Parsed(root, JsonLocations.of(json));
        } catch (JsonProcessingException e) {
            var loc = e.getLocation();
            String lc = loc == null ? "" : ":" + loc.getLineNr() + ":" + loc.getColumnNr();
            throw new TemplateException(file + lc, Messages.get("template.error.json", oneLine(e.getOriginalMessage())));
        } catch (IOException e) {
            throw new TemplateException(file, Messages.get("template.error.unreadable", e.getMessage()));
        }
    }

    /** The base template's tree with the translation's texts put in, and the translation's language. */
    private static JsonNode merge(JsonNode base, JsonNode overlay, String language) {
        ObjectNode out = base.deepCopy();
        if (!out.isObject()) {
            return out;
        }
        for (String field : TRANSLATED_FIELDS) {
            if (overlay.has(field)) {
                out.set(field, overlay.get(field).deepCopy());
            }
        }
        JsonNode stages = overlay.get("stages");
        if (stages != null && stages.isObject() && out.get("stages") instanceof ObjectNode outStages) {
            for (Iterator<String> it = stages.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                JsonNode from = stages.get(name);
                if (outStages.get(name) instanceof ObjectNode target && from.isObject()) {
                    from.fields().forEachRemaining(f -> target.set(f.getKey(), f.getValue().deepCopy()));
                } else {
                    outStages.set(name, from.deepCopy());
                }
            }
        }
        out.put("language", language);
        return out;
    }

    /** True when the value at {@code pointer} of the merged tree came from the translation. */
    private static boolean isTranslated(JsonNode overlay, String pointer) {
        String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
        if (parts.length == 0) {
            return false;
        }
        if (parts[0].equals("stages")) {
            JsonNode stage = parts.length >= 2 ? overlay.path("stages").path(parts[1]) : null;
            // a problem inside a translated stage field, or with a stage the translation added
            return stage != null && (parts.length >= 3 ? stage.has(parts[2]) : !stage.isMissingNode());
        }
        return TRANSLATED_FIELDS.contains(parts[0]) && overlay.has(parts[0]);
    }

    private record Parsed(JsonNode root, JsonLocations where) {
    }

    private static String stem(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }

    private static String oneLine(String s) {
        return s == null ? "" : s.replaceAll("\\s+", " ").trim();
    }

    /** One validation pass; it records every problem and returns its best reading of the file. */
    private static final class Check {
        /** A JSON pointer of the tree being checked to "file:line:col". */
        private final Function<String, String> where;
        private final List<Problem> errors = new ArrayList<>();

        Check(Function<String, String> where) {
            this.where = where;
        }

        private void error(String pointer, String key, Object... args) {
            String problem = Messages.get(key, args);
            errors.add(new Problem(where.apply(pointer), pointer.isEmpty() ? problem
                    : Messages.get("template.error.where", JsonLocations.readable(pointer), problem)));
        }

        void throwIfAny() throws TemplateException {
            if (!errors.isEmpty()) {
                Problem first = errors.get(0);
                int more = errors.size() - 1;
                throw new TemplateException(first.where(), more == 0 ? first.text()
                        : Messages.get("template.error.more", first.text(), String.valueOf(more)));
            }
        }

        /** Checks a translation's own fields; returns its language (null when it is wrong). */
        String translationHeader(JsonNode root, String fileId, String fileLanguage) {
            if (!root.isObject()) {
                error("", "template.error.notObject");
                return null;
            }
            unknownFields(root, "", TRANSLATION_FIELDS);
            String format = text(root, "", "format", true);
            if (format != null && !format.equals(TRANSLATION_FORMAT)) {
                error("/format", "template.error.format", format, TRANSLATION_FORMAT);
            }
            JsonNode version = required(root, "", "version");
            if (version != null && (!version.isInt() || version.intValue() != VERSION)) {
                error("/version", "template.error.version", version.toString(), String.valueOf(VERSION));
            }
            String id = text(root, "", "id", true);
            if (id != null && !id.equals(fileId)) {
                error("/id", "template.error.idFile", id, fileId + "." + fileLanguage + ".json");
            }
            String language = language(root, true);
            if (language != null && !language.equals(fileLanguage)) {
                error("/language", "template.error.languageFile", language, fileId + "." + language + ".json");
            }
            JsonNode stages = root.get("stages");
            if (stages != null && stages.isObject()) {
                for (Iterator<String> it = stages.fieldNames(); it.hasNext(); ) {
                    String name = it.next();
                    if (stages.get(name).isObject()) {
                        unknownFields(stages.get(name), "/stages/" + name, STAGE_FIELDS);
                    }
                }
            }
            return language;
        }

        private String language(JsonNode root, boolean requiredField) {
            String language = text(root, "", "language", requiredField);
            if (language != null && !TemplateLanguage.isKnown(language)) {
                error("/language", "template.error.language", language, String.join(", ", TemplateLanguage.ALL));
                return null;
            }
            return language;
        }

        Template template(JsonNode root, String fileStem) {
            if (!root.isObject()) {
                error("", "template.error.notObject");
                return null;
            }
            unknownFields(root, "", TOP_FIELDS);
            String format = text(root, "", "format", true);
            if (format != null && !format.equals(FORMAT)) {
                error("/format", "template.error.format", format, FORMAT);
            }
            JsonNode version = required(root, "", "version");
            if (version != null && (!version.isInt() || version.intValue() != VERSION)) {
                error("/version", "template.error.version", version.toString(), String.valueOf(VERSION));
            }
            String id = text(root, "", "id", true);
            if (id != null && !KEBAB.matcher(id).matches()) {
                error("/id", "template.error.idFormat", id);
            } else if (id != null && !id.equals(fileStem)) {
                error("/id", "template.error.idFile", id, fileStem + ".json");
            }
            String language = language(root, false);
            String title = text(root, "", "title", true);
            Category category = category(root);
            String profile = text(root, "", "profile", false);
            if (profile != null && !PROFILES.contains(profile)) {
                error("/profile", "template.error.profile", profile, String.join(", ", PROFILES));
            }
            String prompt = text(root, "", "prompt", true);
            List<Template.Clarifying> clarifying = new ArrayList<>();
            for (Item item : objects(root, "", "clarifying")) {
                clarifying.add(new Template.Clarifying(text(item.node, item.pointer, "question", true),
                        text(item.node, item.pointer, "answer", true)));
            }
            Map<Stage, Template.StageTemplate> stages = stages(root);
            List<Template.Followup> followups = new ArrayList<>();
            for (Item item : objects(root, "", "followups")) {
                String stageId = text(item.node, item.pointer, "stage", true);
                Stage stage = stageId == null ? null : Stage.fromId(stageId).filter(Stage::isPipeline).orElse(null);
                if (stageId != null && stage == null) {
                    error(item.pointer + "/stage", "template.error.stageUnknown", stageId, stageIds());
                }
                followups.add(new Template.Followup(stage, text(item.node, item.pointer, "question", true)));
            }
            List<String> strong = strings(root, "", "strongAnswer", true);
            List<Template.Curveball> curveballs = curveballs(root);
            if (id == null || category == null) {
                return null;
            }
            return new Template(id, title, category, profile, prompt, clarifying, stages, followups, strong, language,
                    curveballs);
        }

        /** The optional "curveballs" array: {stage, text} per requirement change, like the follow-ups. */
        private List<Template.Curveball> curveballs(JsonNode root) {
            List<Template.Curveball> out = new ArrayList<>();
            for (Item item : objects(root, "", "curveballs", false)) {
                unknownFields(item.node, item.pointer, Set.of("stage", "text"));
                String stageId = text(item.node, item.pointer, "stage", true);
                Stage stage = stageId == null ? null : Stage.fromId(stageId).filter(Stage::isPipeline).orElse(null);
                if (stageId != null && stage == null) {
                    error(item.pointer + "/stage", "template.error.stageUnknown", stageId, stageIds());
                }
                String text = text(item.node, item.pointer, "text", true);
                if (stage != null && text != null) {
                    out.add(new Template.Curveball(stage, text));
                }
            }
            return out;
        }

        private Category category(JsonNode root) {
            String id = text(root, "", "category", true);
            if (id == null) {
                return null;
            }
            Category c = Category.fromId(id).orElse(null);
            if (c == null) {
                List<String> ids = new ArrayList<>();
                for (Category each : Category.values()) {
                    ids.add(each.id());
                }
                error("/category", "template.error.category", id, String.join(", ", ids));
            }
            return c;
        }

        private Map<Stage, Template.StageTemplate> stages(JsonNode root) {
            Map<Stage, Template.StageTemplate> out = new EnumMap<>(Stage.class);
            JsonNode stages = required(root, "", "stages");
            if (stages == null) {
                return out;
            }
            if (!stages.isObject()) {
                error("/stages", "template.error.type", "stages", Messages.get("template.type.object"));
                return out;
            }
            for (Iterator<String> it = stages.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (Stage.fromId(name).filter(Stage::isPipeline).filter(s -> s.id().equals(name)).isEmpty()) {
                    error("/stages/" + name, "template.error.stageUnknown", name, stageIds());
                }
            }
            for (Stage s : Stage.pipeline()) {
                String ptr = "/stages/" + s.id();
                JsonNode node = stages.get(s.id());
                if (node == null) {
                    error("/stages", "template.error.stageMissing", s.id());
                    continue;
                }
                if (!node.isObject()) {
                    error(ptr, "template.error.type", s.id(), Messages.get("template.type.object"));
                    continue;
                }
                unknownFields(node, ptr, STAGE_FIELDS);
                List<String> answer = strings(node, ptr, "answer", true);
                if (answer.isEmpty() && node.has("answer")) {
                    error(ptr + "/answer", "template.error.noAnswer");
                }
                List<TradeOff> tradeoffs = tradeoffs(node, ptr);
                if (TRADEOFF_REQUIRED.contains(s) && tradeoffs.stream().noneMatch(TradeOff::isComplete)) {
                    error(ptr + "/tradeoffs", "template.error.tradeoffRequired", s.id());
                }
                out.put(s, new Template.StageTemplate(text(node, ptr, "title", true), text(node, ptr, "hint", true),
                        answer, tradeoffs));
            }
            return out;
        }

        private List<TradeOff> tradeoffs(JsonNode stage, String ptr) {
            List<TradeOff> out = new ArrayList<>();
            List<Item> items = objects(stage, ptr, "tradeoffs", false);
            if (items.size() > MAX_TRADEOFFS) {
                error(ptr + "/tradeoffs", "template.error.tooManyTradeoffs", String.valueOf(items.size()),
                        String.valueOf(MAX_TRADEOFFS));
            }
            for (Item item : items) {
                unknownFields(item.node, item.pointer, Set.of("choice", "over", "because"));
                String choice = text(item.node, item.pointer, "choice", true);
                List<String> over = strings(item.node, item.pointer, "over", true);
                if (over.isEmpty() && item.node.has("over")) {
                    error(item.pointer + "/over", "template.error.noAlternative");
                }
                String because = text(item.node, item.pointer, "because", true);
                out.add(new TradeOff(choice, over, because));
            }
            return out;
        }

        private void unknownFields(JsonNode object, String ptr, Set<String> known) {
            for (Iterator<String> it = object.fieldNames(); it.hasNext(); ) {
                String name = it.next();
                if (!known.contains(name)) {
                    error(ptr + "/" + name, "template.error.unknownField", name, String.join(", ", known.stream()
                            .sorted().toList()));
                }
            }
        }

        private JsonNode required(JsonNode object, String ptr, String field) {
            JsonNode n = object.get(field);
            if (n == null || n.isNull()) {
                error(ptr, "template.error.missing", field);
                return null;
            }
            return n;
        }

        /** A non-blank string field; null (with an error when required) when it is absent, blank or not a string. */
        private String text(JsonNode object, String ptr, String field, boolean requiredField) {
            JsonNode n = object.get(field);
            if (n == null || n.isNull()) {
                if (requiredField) {
                    error(ptr, "template.error.missing", field);
                }
                return null;
            }
            if (!n.isTextual()) {
                error(ptr + "/" + field, "template.error.type", field, Messages.get("template.type.string"));
                return null;
            }
            if (n.textValue().isBlank()) {
                error(ptr + "/" + field, "template.error.blank", field);
                return null;
            }
            return n.textValue().strip();
        }

        /** An array of non-blank strings. */
        private List<String> strings(JsonNode object, String ptr, String field, boolean requiredField) {
            List<String> out = new ArrayList<>();
            JsonNode arr = array(object, ptr, field, requiredField);
            if (arr == null) {
                return out;
            }
            for (int i = 0; i < arr.size(); i++) {
                JsonNode n = arr.get(i);
                String p = ptr + "/" + field + "/" + i;
                if (!n.isTextual()) {
                    error(p, "template.error.type", field + "[" + i + "]", Messages.get("template.type.string"));
                } else if (n.textValue().isBlank()) {
                    error(p, "template.error.blank", field + "[" + i + "]");
                } else {
                    out.add(n.textValue().strip());
                }
            }
            return out;
        }

        private List<Item> objects(JsonNode object, String ptr, String field) {
            return objects(object, ptr, field, true);
        }

        /** The elements of an array of objects, each with its pointer; non-objects are reported. */
        private List<Item> objects(JsonNode object, String ptr, String field, boolean requiredField) {
            List<Item> out = new ArrayList<>();
            JsonNode arr = array(object, ptr, field, requiredField);
            if (arr == null) {
                return out;
            }
            for (int i = 0; i < arr.size(); i++) {
                String p = ptr + "/" + field + "/" + i;
                if (!arr.get(i).isObject()) {
                    error(p, "template.error.type", field + "[" + i + "]", Messages.get("template.type.object"));
                } else {
                    out.add(new Item(arr.get(i), p));
                }
            }
            return out;
        }

        private JsonNode array(JsonNode object, String ptr, String field, boolean requiredField) {
            JsonNode arr = object.get(field);
            if (arr == null || arr.isNull()) {
                if (requiredField) {
                    error(ptr, "template.error.missing", field);
                }
                return null;
            }
            if (!arr.isArray()) {
                error(ptr + "/" + field, "template.error.type", field, Messages.get("template.type.array"));
                return null;
            }
            return arr;
        }

        private static String stageIds() {
            return String.join(", ", Stage.pipeline().stream().map(Stage::id).toList());
        }
    }

    private record Item(JsonNode node, String pointer) {
    }

    /** One problem: where it starts ("file:line:col") and what it is ("stages.data: ..."). */
    private record Problem(String where, String text) {
    }
}
