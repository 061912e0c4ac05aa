package org.stageboard.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.template.Template;

/**
 * The follow-up questions a session can draw from: the general bank shipped with the app (written from the
 * domain brief, {@code org/stageboard/rehearsal/followups.json}) plus whatever the board's template brings.
 * The English file is the master: it holds every question's stage, topic, triggers, answered-by terms and gaps.
 * The translations ({@code followups_zh.json}, {@code followups_ru.json}) hold only the wording, by id, so
 * picking and session logs behave the same in every language and a question missing from a translation is
 * asked in English.
 */
public final class FollowUpBank {
    static final String ENGLISH = "/org/stageboard/rehearsal/followups.json";
    private static final String LOCALIZED = "/org/stageboard/rehearsal/followups_%s.json";
    /** Banks loaded so far, by resource; the user may switch the interface language while running. */
    private static final Map<String, List<FollowUp>> LOADED = new ConcurrentHashMap<>();

    /** A question as a template lists it: the stage it probes and the text. */
    public record StagedQuestion(Stage stage, String question) {
    }

    private FollowUpBank() {
    }

    /** The general bank in the interface language ({@link Messages#locale()}); each language loaded once. */
    public static List<FollowUp> general() {
        return general(resourceFor(Messages.locale()));
    }

    /** The bank file for a locale: Chinese and Russian have their own, every other language gets English. */
    static String resourceFor(Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        return lang.equals("zh") || lang.equals("ru") ? String.format(LOCALIZED, lang) : ENGLISH;
    }

    /**
     * The bank worded as in {@code resource}: the English master with each question the translation has replaced
     * by its wording. A missing or unreadable translation gives the English bank: a broken translation must not
     * take the follow-up card down with it.
     */
    static List<FollowUp> general(String resource) {
        return LOADED.computeIfAbsent(resource, r -> {
            List<FollowUp> master = loadMaster();
            if (r.equals(ENGLISH)) {
                return master;
            }
            Map<String, JsonNode> wording;
            try {
                wording = wording(r);
            } catch (RuntimeException e) {
                return master;
            }
            List<FollowUp> out = new ArrayList<>();
            for (FollowUp f : master) {
                JsonNode w = wording.get(f.id().substring(2));
                String q = w == null ? "" : w.path("question").asText("").strip();
                String lacks = w == null ? "" : w.path("lacks").asText("").strip();
                out.add(f.withText(q.isEmpty() ? f.question() : q, lacks.isEmpty() ? f.lacks() : lacks));
            }
            return List.copyOf(out);
        });
    }

    /** A template's follow-ups as the bank takes them; none when the board has no template. */
    public static List<StagedQuestion> questionsOf(Optional<Template> template) {
        return template.map(t -> t.followups().stream()
                .map(f -> new StagedQuestion(f.stage(), f.question())).toList()).orElse(List.of());
    }

    /** The template's questions first (they fit the case), then the general bank. */
    public static List<FollowUp> with(List<StagedQuestion> templateQuestions) {
        List<FollowUp> out = new ArrayList<>();
        for (int i = 0; i < templateQuestions.size(); i++) {
            StagedQuestion q = templateQuestions.get(i);
            if (q != null && q.stage() != null && q.question() != null && !q.question().isBlank()) {
                out.add(FollowUp.fromTemplate(i, q.stage(), q.question().trim()));
            }
        }
        out.addAll(general());
        return List.copyOf(out);
    }

    /**
     * The question's topic, or its idea group when it has one: questions of one group ask one concern in different
     * words (position bias, selection bias, feedback loop, filter bubble, diversity: what the logs' own choices do
     * to training), so a top list and a session ask at most one of them, as for one topic.
     */
    private static String ideaGroup(JsonNode f) {
        String group = f.path("group").asText("");
        return group.isBlank() ? f.path("topic").asText("") : group;
    }

    private static List<FollowUp> loadMaster() {
        JsonNode root = read(ENGLISH);
        List<FollowUp> out = new ArrayList<>();
        for (JsonNode f : root.path("followups")) {
            String id = f.path("id").asText();
            Stage stage = Stage.fromId(f.path("stage").asText())
                    .orElseThrow(() -> new IllegalStateException(ENGLISH + ": " + id + " has an unknown stage"));
            out.add(new FollowUp("g." + id, stage, f.path("question").asText(), strings(f.path("triggers")), false,
                    ideaGroup(f), strings(f.path("answeredBy")), strings(f.path("gaps")),
                    f.path("lacks").asText(""), skipWhen(f), f.path("needsTrigger").asBoolean(false),
                    f.path("focused").asBoolean(false), f.path("precise").asBoolean(false),
                    strings(f.path("domains")), f.path("penalty").asInt(0),
                    f.path("stock").asBoolean(false)));
        }
        return List.copyOf(out);
    }

    /**
     * The bank's "skipWhen" terms, plus each "requires" idea as "!idea": the positive evidence a question worded
     * for one kind of system needs ("retrieval" for a grounding question), so it is skipped where the board never
     * says it rather than asked wherever nothing contrary is said.
     */
    private static List<String> skipWhen(JsonNode f) {
        List<String> out = new ArrayList<>(strings(f.path("skipWhen")));
        for (String idea : strings(f.path("requires"))) {
            out.add(FollowUpPreconditions.REQUIRES + idea);
        }
        return out;
    }

    /** A translation's entries by id. */
    private static Map<String, JsonNode> wording(String resource) {
        Map<String, JsonNode> out = new HashMap<>();
        for (JsonNode f : read(resource).path("followups")) {
            out.put(f.path("id").asText(), f);
        }
        return out;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(t -> out.add(t.asText()));
        return out;
    }

    private static JsonNode read(String resource) {
        try (InputStream in = FollowUpBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return new ObjectMapper().readTree(in);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
