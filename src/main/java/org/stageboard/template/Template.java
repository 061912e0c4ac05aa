package org.stageboard.template;

import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * One interview use case as read from a template file (schema v1): the question, the interviewer's replies to
 * clarifying questions, a hint and a reference answer per pipeline stage, follow-ups and what a strong answer covers.
 *
 * @param profile the checker profile named by the file, or "" when the file names none
 * @param stages   exactly the eight pipeline stages, iterated in pipeline order
 * @param language the language this text is written in ({@link TemplateLanguage}), "en" when the file names none
 */
public record Template(String id, String title, Category category, String profile, String prompt,
                       List<Clarifying> clarifying, Map<Stage, StageTemplate> stages,
                       List<Followup> followups, List<String> strongAnswer, String language,
                       List<Curveball> curveballs) {

    /** A template without curveballs (the form before curveballs existed). */
    public Template(String id, String title, Category category, String profile, String prompt,
                    List<Clarifying> clarifying, Map<Stage, StageTemplate> stages, List<Followup> followups,
                    List<String> strongAnswer, String language) {
        this(id, title, category, profile, prompt, clarifying, stages, followups, strongAnswer, language, List.of());
    }

    public Template {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(category, "category");
        title = title == null ? "" : title;
        profile = profile == null ? "" : profile;
        prompt = prompt == null ? "" : prompt;
        clarifying = List.copyOf(clarifying == null ? List.of() : clarifying);
        Map<Stage, StageTemplate> ordered = new EnumMap<>(Stage.class);
        if (stages != null) {
            ordered.putAll(stages);
        }
        stages = Collections.unmodifiableMap(ordered);
        followups = List.copyOf(followups == null ? List.of() : followups);
        strongAnswer = List.copyOf(strongAnswer == null ? List.of() : strongAnswer);
        language = language == null || language.isBlank() ? TemplateLanguage.ENGLISH : language;
        curveballs = List.copyOf(curveballs == null ? List.of() : curveballs);
    }

    public StageTemplate stage(Stage s) {
        return stages.get(s);
    }

    /** A question the candidate may ask, and what the interviewer answers. */
    public record Clarifying(String question, String answer) {
    }

    /** A question the interviewer asks later, aimed at one stage. */
    public record Followup(Stage stage, String question) {
    }

    /**
     * A requirement change the interviewer throws in halfway through a rehearsal, written for this case ("labels
     * now arrive 60 days late"); {@code stage} is where the board should change in answer.
     */
    public record Curveball(Stage stage, String text) {
    }

    /** What one box of the pipeline holds: its title, the practice hint and the reference answer. */
    public record StageTemplate(String title, String hint, List<String> answer, List<TradeOff> tradeoffs) {
        public StageTemplate {
            title = title == null ? "" : title;
            hint = hint == null ? "" : hint;
            answer = List.copyOf(answer == null ? List.of() : answer);
            tradeoffs = List.copyOf(tradeoffs == null ? List.of() : tradeoffs);
        }
    }
}
