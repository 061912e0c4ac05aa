package org.stageboard.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.stageboard.i18n.Messages;
import org.stageboard.io.JsonFormat;
import org.stageboard.io.JsonLocated;
import org.stageboard.io.JsonProblem;
import org.stageboard.model.Stage;

/**
 * Reads and validates one template file (schema v1, see the README): Jackson binds the file to {@link TemplateJson}
 * records through {@link JsonFormat} (values of the wrong kind are refused there, with their place), then
 * {@link TemplateCheck} validates the records. Anything that would make a broken board is an error: bad JSON, a
 * missing or unknown field, a missing or unknown stage, an unknown category, an id that differs from the file name, a
 * stage without answer, a trade-off that is incomplete, more than two trade-offs on a stage, or no trade-off on data,
 * model or serving. Every error is one line, {@code file:line:col: path: problem}. Style limits (lengths and counts)
 * are {@link TemplateLint}'s job.
 */
public final class TemplateLoader {
    public static final String FORMAT = "stageboard-template";
    public static final int VERSION = 1;
    /** Boxes must fit the screen, so a stage may state at most this many trade-offs. */
    public static final int MAX_TRADEOFFS = 2;
    /** The stages on which a template must state at least one complete trade-off. */
    public static final Set<Stage> TRADEOFF_REQUIRED = Set.of(Stage.DATA, Stage.MODEL, Stage.SERVING);
    public static final Set<String> PROFILES = Set.of("default", "core");
    /** The format named by a translation file ({@code <id>.<language>.json}). */
    public static final String TRANSLATION_FORMAT = "stageboard-template-translation";
    /** Values in one template file: shipped ones hold about a thousand; user files are at most 1 MB. */
    private static final int MAX_VALUES = 200_000;

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
        JsonLocated<TemplateJson.File> base = read(file, json, TemplateJson.File.class);
        TemplateCheck check = new TemplateCheck(TemplateCheck.in(file, base.positions()), base.positions()::fields);
        Template t = check.template(base.value(), stem(file));
        check.throwIfAny();
        return t;
    }

    /**
     * Parses a translation of a template: {@code overlay} (a file named {@code <id>.<language>.json}, format
     * {@value #TRANSLATION_FORMAT}) replaces the texts it carries (title, prompt, clarifying, followups,
     * strongAnswer, curveballs, and per stage title, hint, answer, tradeoffs) and keeps the base file's text for the
     * rest. The result is validated like a template, and each problem names the file and place it comes from.
     */
    public Template parseTranslation(String baseFile, byte[] baseJson, String overlayFile, byte[] overlayJson)
            throws TemplateException {
        JsonLocated<TemplateJson.File> base = read(baseFile, baseJson, TemplateJson.File.class);
        JsonLocated<TemplateJson.Translation> overlay = read(overlayFile, overlayJson, TemplateJson.Translation.class);
        String stem = stem(overlayFile);
        int dot = stem.lastIndexOf('.');
        String fileId = dot < 0 ? stem : stem.substring(0, dot);
        String fileLanguage = dot < 0 ? "" : stem.substring(dot + 1);
        var inOverlay = TemplateCheck.in(overlayFile, overlay.positions());
        var inBase = TemplateCheck.in(baseFile, base.positions());
        TemplateCheck header = new TemplateCheck(inOverlay, overlay.positions()::fields);
        String language = header.translationHeader(overlay.value(), fileId, fileLanguage);
        header.throwIfAny();
        TemplateJson.Translation translation = overlay.value();
        TemplateCheck check = new TemplateCheck(pointer -> translation.carries(pointer) ? inOverlay.apply(pointer)
                : inBase.apply(pointer), base.positions()::fields);
        Template t = check.template(base.value().translatedBy(translation, language), stem(baseFile));
        check.throwIfAny();
        return t;
    }

    /** The file bound to {@code type}; what Jackson refuses becomes one located line. */
    private static <T> JsonLocated<T> read(String file, byte[] json, Class<T> type) throws TemplateException {
        try {
            return JsonFormat.readLocated(json, type, MAX_VALUES);
        } catch (JsonProblem p) {
            // compiler style always names a place: the start of the file when the problem is with all of it
            String where = file + ":" + Math.max(1, p.line()) + ":" + Math.max(1, p.column());
            throw new TemplateException(where, p.path().isEmpty() ? p.problem()
                    : Messages.get("template.error.where", p.path(), p.problem()));
        }
    }

    private static String stem(String file) {
        String name = file.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1);
        return name.endsWith(".json") ? name.substring(0, name.length() - 5) : name;
    }
}
