package org.stageboard.template;

import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.stageboard.i18n.Messages;
import org.stageboard.io.JsonPositions;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * The validation pass over a template's bound records ({@link TemplateJson}): it records every problem at its JSON
 * pointer and returns its best reading of the file as a {@link Template}. Jackson has already refused values of the
 * wrong kind; what is left is what records cannot say: required fields, blank texts, known stages and categories,
 * ids that match the file name, trade-offs where the schema asks for them, and fields no record names at the top
 * level, in stages, trade-offs and curveballs (Jackson skips them; in a hand-written file they are typos).
 */
final class TemplateCheck {
    private static final Pattern KEBAB = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    /** A JSON pointer of the records being checked to "file:line:col". */
    private final Function<String, String> where;
    /** The names of the fields the file holds in the object at a pointer. */
    private final Function<String, List<String>> fieldsAt;
    private final List<Problem> errors = new ArrayList<>();

    TemplateCheck(Function<String, String> where, Function<String, List<String>> fieldsAt) {
        this.where = where;
        this.fieldsAt = fieldsAt;
    }

    /** "file:line:col" of the value at a pointer of one file. */
    static Function<String, String> in(String file, JsonPositions positions) {
        return pointer -> file + ":" + positions.line(pointer) + ":" + positions.column(pointer);
    }

    private void error(String pointer, String key, Object... args) {
        String problem = Messages.get(key, args);
        errors.add(new Problem(where.apply(pointer), pointer.isEmpty() ? problem
                : Messages.get("template.error.where", JsonPositions.readable(pointer), problem)));
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
    String translationHeader(TemplateJson.Translation root, String fileId, String fileLanguage) {
        unknownFields("", TemplateJson.Translation.class);
        String format = text(root.format(), "", "format", true);
        if (format != null && !format.equals(TemplateLoader.TRANSLATION_FORMAT)) {
            error("/format", "template.error.format", format, TemplateLoader.TRANSLATION_FORMAT);
        }
        version(root.version());
        String id = text(root.id(), "", "id", true);
        if (id != null && !id.equals(fileId)) {
            error("/id", "template.error.idFile", id, fileId + "." + fileLanguage + ".json");
        }
        String language = language(root.language(), true);
        if (language != null && !language.equals(fileLanguage)) {
            error("/language", "template.error.languageFile", language, fileId + "." + language + ".json");
        }
        if (root.stages() != null) {
            for (String name : root.stages().keySet()) {
                unknownFields("/stages/" + name, TemplateJson.Stage.class);
            }
        }
        return language;
    }

    Template template(TemplateJson.File root, String fileStem) {
        unknownFields("", TemplateJson.File.class);
        String format = text(root.format(), "", "format", true);
        if (format != null && !format.equals(TemplateLoader.FORMAT)) {
            error("/format", "template.error.format", format, TemplateLoader.FORMAT);
        }
        version(root.version());
        String id = text(root.id(), "", "id", true);
        if (id != null && !KEBAB.matcher(id).matches()) {
            error("/id", "template.error.idFormat", id);
        } else if (id != null && !id.equals(fileStem)) {
            error("/id", "template.error.idFile", id, fileStem + ".json");
        }
        String language = language(root.language(), false);
        String title = text(root.title(), "", "title", true);
        Category category = category(root.category());
        String profile = text(root.profile(), "", "profile", false);
        if (profile != null && !TemplateLoader.PROFILES.contains(profile)) {
            error("/profile", "template.error.profile", profile, String.join(", ", TemplateLoader.PROFILES));
        }
        String prompt = text(root.prompt(), "", "prompt", true);
        List<Template.Clarifying> clarifying = new ArrayList<>();
        for (Item<TemplateJson.Clarifying> item : objects(root.clarifying(), "", "clarifying", true)) {
            clarifying.add(new Template.Clarifying(text(item.value.question(), item.pointer, "question", true),
                    text(item.value.answer(), item.pointer, "answer", true)));
        }
        Map<Stage, Template.StageTemplate> stages = stages(root.stages());
        List<Template.Followup> followups = new ArrayList<>();
        for (Item<TemplateJson.Followup> item : objects(root.followups(), "", "followups", true)) {
            Stage stage = pipelineStage(item.value.stage(), item.pointer);
            followups.add(new Template.Followup(stage, text(item.value.question(), item.pointer, "question", true)));
        }
        List<String> strong = strings(root.strongAnswer(), "", "strongAnswer", true);
        List<Template.Curveball> curveballs = curveballs(root.curveballs());
        if (id == null || category == null) {
            return null;
        }
        return new Template(id, title, category, profile, prompt, clarifying, stages, followups, strong, language,
                curveballs);
    }

    private void version(Integer version) {
        if (version == null) {
            error("", "template.error.missing", "version");
        } else if (version != TemplateLoader.VERSION) {
            error("/version", "template.error.version", String.valueOf(version), String.valueOf(TemplateLoader.VERSION));
        }
    }

    private String language(String value, boolean requiredField) {
        String language = text(value, "", "language", requiredField);
        if (language != null && !TemplateLanguage.isKnown(language)) {
            error("/language", "template.error.language", language, String.join(", ", TemplateLanguage.ALL));
            return null;
        }
        return language;
    }

    /** A required "stage" field naming a pipeline stage, as follow-ups and curveballs have; null when it does not. */
    private Stage pipelineStage(String value, String ptr) {
        String stageId = text(value, ptr, "stage", true);
        Stage stage = stageId == null ? null : Stage.fromId(stageId).filter(Stage::isPipeline).orElse(null);
        if (stageId != null && stage == null) {
            error(ptr + "/stage", "template.error.stageUnknown", stageId, stageIds());
        }
        return stage;
    }

    /** The optional "curveballs" list: {stage, text} per requirement change, like the follow-ups. */
    private List<Template.Curveball> curveballs(List<TemplateJson.Curveball> list) {
        List<Template.Curveball> out = new ArrayList<>();
        for (Item<TemplateJson.Curveball> item : objects(list, "", "curveballs", false)) {
            unknownFields(item.pointer, TemplateJson.Curveball.class);
            Stage stage = pipelineStage(item.value.stage(), item.pointer);
            String text = text(item.value.text(), item.pointer, "text", true);
            if (stage != null && text != null) {
                out.add(new Template.Curveball(stage, text));
            }
        }
        return out;
    }

    private Category category(String value) {
        String id = text(value, "", "category", true);
        if (id == null) {
            return null;
        }
        Category c = Category.fromId(id).orElse(null);
        if (c == null) {
            error("/category", "template.error.category", id,
                    String.join(", ", Arrays.stream(Category.values()).map(Category::id).toList()));
        }
        return c;
    }

    private Map<Stage, Template.StageTemplate> stages(Map<String, TemplateJson.Stage> stages) {
        Map<Stage, Template.StageTemplate> out = new EnumMap<>(Stage.class);
        if (stages == null) {
            error("", "template.error.missing", "stages");
            return out;
        }
        for (String name : stages.keySet()) {
            if (Stage.fromId(name).filter(Stage::isPipeline).filter(s -> s.id().equals(name)).isEmpty()) {
                error("/stages/" + name, "template.error.stageUnknown", name, stageIds());
            }
        }
        for (Stage s : Stage.pipeline()) {
            String ptr = "/stages/" + s.id();
            TemplateJson.Stage stage = stages.get(s.id());
            if (!stages.containsKey(s.id())) {
                error("/stages", "template.error.stageMissing", s.id());
                continue;
            }
            if (stage == null) {
                error(ptr, "template.error.type", s.id(), Messages.get("template.type.object"));
                continue;
            }
            unknownFields(ptr, TemplateJson.Stage.class);
            List<String> answer = strings(stage.answer(), ptr, "answer", true);
            if (answer.isEmpty() && stage.answer() != null) {
                error(ptr + "/answer", "template.error.noAnswer");
            }
            List<TradeOff> tradeoffs = tradeoffs(stage.tradeoffs(), ptr);
            if (TemplateLoader.TRADEOFF_REQUIRED.contains(s) && tradeoffs.stream().noneMatch(TradeOff::isComplete)) {
                error(ptr + "/tradeoffs", "template.error.tradeoffRequired", s.id());
            }
            out.put(s, new Template.StageTemplate(text(stage.title(), ptr, "title", true),
                    text(stage.hint(), ptr, "hint", true), answer, tradeoffs));
        }
        return out;
    }

    private List<TradeOff> tradeoffs(List<TemplateJson.TradeOff> list, String ptr) {
        List<TradeOff> out = new ArrayList<>();
        List<Item<TemplateJson.TradeOff>> items = objects(list, ptr, "tradeoffs", false);
        if (items.size() > TemplateLoader.MAX_TRADEOFFS) {
            error(ptr + "/tradeoffs", "template.error.tooManyTradeoffs", String.valueOf(items.size()),
                    String.valueOf(TemplateLoader.MAX_TRADEOFFS));
        }
        for (Item<TemplateJson.TradeOff> item : items) {
            unknownFields(item.pointer, TemplateJson.TradeOff.class);
            String choice = text(item.value.choice(), item.pointer, "choice", true);
            List<String> over = strings(item.value.over(), item.pointer, "over", true);
            if (over.isEmpty() && item.value.over() != null) {
                error(item.pointer + "/over", "template.error.noAlternative");
            }
            String because = text(item.value.because(), item.pointer, "because", true);
            out.add(new TradeOff(choice, over, because));
        }
        return out;
    }

    /** Reports the fields the file holds at {@code ptr} that the record {@code owner} does not name. */
    private void unknownFields(String ptr, Class<?> owner) {
        List<String> known = Arrays.stream(owner.getRecordComponents()).map(RecordComponent::getName).sorted().toList();
        for (String name : fieldsAt.apply(ptr)) {
            if (!known.contains(name)) {
                error(ptr + "/" + name.replace("~", "~0").replace("/", "~1"), "template.error.unknownField", name,
                        String.join(", ", known));
            }
        }
    }

    /** A non-blank string field; null (with an error when required) when it is absent or blank. */
    private String text(String value, String ptr, String field, boolean requiredField) {
        if (value == null) {
            if (requiredField) {
                error(ptr, "template.error.missing", field);
            }
            return null;
        }
        if (value.isBlank()) {
            error(ptr + "/" + field, "template.error.blank", field);
            return null;
        }
        return value.strip();
    }

    /** A list of non-blank strings. */
    private List<String> strings(List<String> list, String ptr, String field, boolean requiredField) {
        List<String> out = new ArrayList<>();
        if (list == null) {
            if (requiredField) {
                error(ptr, "template.error.missing", field);
            }
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String s = list.get(i);
            String p = ptr + "/" + field + "/" + i;
            if (s == null) {
                error(p, "template.error.type", field + "[" + i + "]", Messages.get("template.type.string"));
            } else if (s.isBlank()) {
                error(p, "template.error.blank", field + "[" + i + "]");
            } else {
                out.add(s.strip());
            }
        }
        return out;
    }

    /** The elements of a list of objects, each with its pointer; nulls are reported. */
    private <T> List<Item<T>> objects(List<T> list, String ptr, String field, boolean requiredField) {
        List<Item<T>> out = new ArrayList<>();
        if (list == null) {
            if (requiredField) {
                error(ptr, "template.error.missing", field);
            }
            return out;
        }
        for (int i = 0; i < list.size(); i++) {
            String p = ptr + "/" + field + "/" + i;
            if (list.get(i) == null) {
                error(p, "template.error.type", field + "[" + i + "]", Messages.get("template.type.object"));
            } else {
                out.add(new Item<>(list.get(i), p));
            }
        }
        return out;
    }

    private static String stageIds() {
        return String.join(", ", Stage.pipeline().stream().map(Stage::id).toList());
    }

    private record Item<T>(T value, String pointer) {
    }

    /** One problem: where it starts ("file:line:col") and what it is ("stages.data: ..."). */
    private record Problem(String where, String text) {
    }
}
