package org.stageboard.rehearsal.score;

import java.util.List;
import java.util.Optional;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.template.Template;
import org.stageboard.text.Terms;
import org.stageboard.text.TextNorm;

/** Builds the scorecard's sentences from bundle clauses, in the interface language. */
final class Sentences {
    private Sentences() {
    }

    /** Clauses joined into one sentence: "Requirements state “…”; no label is stated." */
    static String of(List<String> clauses) {
        String joined = String.join(Messages.get("score.sep"), clauses.stream().filter(c -> !c.isBlank()).toList());
        if (joined.isEmpty()) {
            return "";
        }
        int first = joined.codePointAt(0);
        String capital = new String(Character.toChars(Character.toUpperCase(first)));
        return capital + joined.substring(Character.charCount(first)) + Messages.get("score.end");
    }

    /** A clause with the board's words quoted in it. */
    static String clause(String key, Object... args) {
        return Messages.get(key, args);
    }

    /** The clause quoting what the board says ({@code saidKey}), or the one saying it is not stated. */
    static String quoteOr(Optional<String> quote, String saidKey, String missingKey) {
        return quote.map(q -> clause(saidKey, q)).orElseGet(() -> clause(missingKey));
    }

    /**
     * What a stronger answer does ({@code key}, a clause without its full stop), pointing at the reference answer's
     * box for {@code stage} where the template has one: its first line that says one of {@code prefer}, else its
     * first line.
     */
    static String stronger(String key, Optional<Template> template, Stage stage, Terms prefer) {
        String advice = Messages.get(key);
        Optional<String> ref = stage == null ? Optional.empty() : referenceLine(template, stage, prefer);
        if (ref.isEmpty()) {
            return advice + Messages.get("score.end");
        }
        return Messages.get("score.stronger.withRef", advice, Messages.stageName(stage), ref.get())
                + Messages.get("score.end");
    }

    static Optional<String> referenceLine(Optional<Template> template, Stage stage, Terms prefer) {
        if (template.isEmpty() || template.get().stage(stage) == null) {
            return Optional.empty();
        }
        List<String> answer = template.get().stage(stage).answer();
        if (prefer != null) {
            for (String line : answer) {
                if (prefer.in(TextNorm.normalize(line))) {
                    return Optional.of(BoardWords.cut(line));
                }
            }
        }
        return answer.isEmpty() ? Optional.empty() : Optional.of(BoardWords.cut(answer.get(0)));
    }
}
