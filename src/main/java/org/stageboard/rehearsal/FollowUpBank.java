package org.stageboard.rehearsal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.stageboard.model.Stage;

/**
 * The follow-up questions a session can draw from: the general bank shipped with the app (written from the
 * domain brief, {@code org/stageboard/rehearsal/followups.json}) plus whatever the board's template brings.
 */
public final class FollowUpBank {
    private static final String RESOURCE = "/org/stageboard/rehearsal/followups.json";
    private static volatile List<FollowUp> general;

    /** A question as a template lists it: the stage it probes and the text. */
    public record StagedQuestion(Stage stage, String question) {
    }

    private FollowUpBank() {
    }

    /** The general bank; loaded once. */
    public static List<FollowUp> general() {
        List<FollowUp> g = general;
        if (g == null) {
            g = load();
            general = g;
        }
        return g;
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

    private static List<FollowUp> load() {
        try (InputStream in = FollowUpBank.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + RESOURCE);
            }
            JsonNode root = new ObjectMapper().readTree(in);
            List<FollowUp> out = new ArrayList<>();
            for (JsonNode f : root.path("followups")) {
                String id = f.path("id").asText();
                Stage stage = Stage.fromId(f.path("stage").asText())
                        .orElseThrow(() -> new IllegalStateException(RESOURCE + ": " + id + " has an unknown stage"));
                List<String> triggers = new ArrayList<>();
                f.path("triggers").forEach(t -> triggers.add(t.asText()));
                out.add(new FollowUp("g." + id, stage, f.path("question").asText(), triggers, false));
            }
            return List.copyOf(out);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + RESOURCE, e);
        }
    }
}
