package org.stageboard.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/**
 * The follow-up questions a session can draw from: the general bank shipped with the app (written from the
 * domain brief, {@code org/stageboard/rehearsal/followups.json}) plus whatever the board's template brings.
 * The general bank is translated ({@code followups_zh.json}, {@code followups_ru.json}): same ids, stages and
 * triggers, only the question text differs, so picking and session logs behave the same in every language.
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
     * The bank in {@code resource}, or the English one when that file is missing, unreadable or empty: a broken
     * translation must not take the follow-up card down with it.
     */
    static List<FollowUp> general(String resource) {
        List<FollowUp> bank = LOADED.get(resource);
        if (bank == null) {
            if (resource.equals(ENGLISH)) {
                bank = load(ENGLISH);
            } else {
                try {
                    bank = load(resource);
                } catch (RuntimeException e) {
                    bank = List.of();
                }
                if (bank.isEmpty()) {
                    bank = general(ENGLISH);
                }
            }
            LOADED.putIfAbsent(resource, bank);
        }
        return bank;
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

    private static List<FollowUp> load(String resource) {
        try (InputStream in = FollowUpBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<FollowUp> out = new ArrayList<>();
            for (JsonNode f : root.path("followups")) {
                String id = f.path("id").asText();
                Stage stage = Stage.fromId(f.path("stage").asText())
                        .orElseThrow(() -> new IllegalStateException(resource + ": " + id + " has an unknown stage"));
                List<String> triggers = new ArrayList<>();
                f.path("triggers").forEach(t -> triggers.add(t.asText()));
                out.add(new FollowUp("g." + id, stage, f.path("question").asText(), triggers, false));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
