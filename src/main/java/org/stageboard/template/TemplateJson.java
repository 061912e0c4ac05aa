package org.stageboard.template;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The JSON shape of a template file (schema v1, see the README) and of its translations, as records bound by Jackson
 * ({@link org.stageboard.io.JsonFormat}). Every field may be absent (null): what is required, and what the values
 * must be, is {@link TemplateCheck}'s job, so each problem can be reported with its place. Fields no record names
 * are skipped by the parser, never buffered ({@code ignoreUnknown}); {@link TemplateCheck} reports them from the
 * field names the reader noted.
 */
final class TemplateJson {
    private TemplateJson() {
    }

    /** A template file ({@value TemplateLoader#FORMAT}). */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record File(String format, Integer version, String id, String language, String title, String category,
                String profile, String prompt, List<Clarifying> clarifying, LinkedHashMap<String, Stage> stages,
                List<Followup> followups, List<String> strongAnswer, List<Curveball> curveballs) {

        /**
         * This template with a translation's texts put in: each text the translation carries replaces the base's,
         * stage by stage and field by field, and the language is the translation's.
         */
        File translatedBy(Translation t, String language) {
            LinkedHashMap<String, Stage> merged = stages;
            if (t.stages() != null && stages != null) {
                merged = new LinkedHashMap<>(stages);
                for (Map.Entry<String, Stage> e : t.stages().entrySet()) {
                    Stage base = merged.get(e.getKey());
                    merged.put(e.getKey(), base == null || e.getValue() == null ? e.getValue()
                            : base.translatedBy(e.getValue()));
                }
            }
            return new File(format, version, id, language, or(t.title(), title), category, profile,
                    or(t.prompt(), prompt), or(t.clarifying(), clarifying), merged, or(t.followups(), followups),
                    or(t.strongAnswer(), strongAnswer), or(t.curveballs(), curveballs));
        }
    }

    /** A translation file ({@value TemplateLoader#TRANSLATION_FORMAT}): the texts only. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Translation(String format, Integer version, String id, String language, String title, String prompt,
                       List<Clarifying> clarifying, LinkedHashMap<String, Stage> stages, List<Followup> followups,
                       List<String> strongAnswer, List<Curveball> curveballs) {

        /** True when the value at {@code pointer} of a template translated by this came from this translation. */
        boolean carries(String pointer) {
            String[] parts = pointer.isEmpty() ? new String[0] : pointer.substring(1).split("/");
            if (parts.length == 0) {
                return false;
            }
            if (parts[0].equals("stages")) {
                Stage stage = parts.length >= 2 && stages != null ? stages.get(parts[1]) : null;
                // a problem inside a translated stage field, or with a stage the translation added
                return stage != null && (parts.length < 3 || stage.has(parts[2]));
            }
            return switch (parts[0]) {
                case "title" -> title != null;
                case "prompt" -> prompt != null;
                case "clarifying" -> clarifying != null;
                case "followups" -> followups != null;
                case "strongAnswer" -> strongAnswer != null;
                case "curveballs" -> curveballs != null;
                default -> false;
            };
        }
    }

    /** One pipeline stage's box: its title, the practice hint, the reference answer and its trade-offs. */
    @JsonIgnoreProperties(ignoreUnknown = true)
    record Stage(String title, String hint, List<String> answer, List<TradeOff> tradeoffs) {
        Stage translatedBy(Stage t) {
            return new Stage(or(t.title, title), or(t.hint, hint), or(t.answer, answer), or(t.tradeoffs, tradeoffs));
        }

        boolean has(String field) {
            return switch (field) {
                case "title" -> title != null;
                case "hint" -> hint != null;
                case "answer" -> answer != null;
                case "tradeoffs" -> tradeoffs != null;
                default -> false;
            };
        }
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record TradeOff(String choice, List<String> over, String because) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Clarifying(String question, String answer) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Followup(String stage, String question) {
    }

    @JsonIgnoreProperties(ignoreUnknown = true)
    record Curveball(String stage, String text) {
    }

    private static <T> T or(T preferred, T otherwise) {
        return preferred != null ? preferred : otherwise;
    }
}
