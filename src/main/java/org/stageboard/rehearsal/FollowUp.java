package org.stageboard.rehearsal;

import java.util.List;
import java.util.Objects;
import org.stageboard.model.Stage;

/**
 * A follow-up question in the interviewer's voice, with what tells the picker when it fits a board.
 *
 * @param id           stable within a bank ("g.serving.latency-budget", "t.0"); used to never ask twice
 * @param triggers     ideas that make the question relevant when the board mentions them; each entry is one idea
 *                     written as synonyms joined by "|" in any language ("online|real-time|在线|онлайн*"), so an
 *                     idea found twice counts once. Empty means the board's words never raise it
 * @param fromTemplate true for questions the board's template brought along (asked first: they fit the case)
 * @param topic        questions sharing a topic are near-duplicates: a session asks at most one of them
 *                     ("" = the question is its own topic)
 * @param answeredBy   terms that, found on the board, mean it already answers the question (it is not asked);
 *                     "#latency" stands for a number with a time unit ("p99 80 ms"), "#number" for any number
 * @param gaps         checker rule ids this question probes when the checker reports them at the question's stage
 *                     ("no-baseline", "missing-stage"), "rule@stage" for another stage, or "unanswered": the
 *                     question's stage has an answer but nothing on the board answers this question
 * @param lacks        what the board lacks when an "unanswered" gap raises the question ("rollout plan")
 * @param skipWhen     terms that make the question beside the point ("batch" for "what is your p99 budget?")
 * @param needsTrigger the question presumes what its triggers say ("why online rather than batch?"), so a gap
 *                     alone does not raise it
 * @param focused      the question is worded for one kind of system, named by its first trigger idea (churn,
 *                     forecasting, an LLM): it is raised only where the board is about that domain (title, prompt
 *                     or several boxes, {@link BoardTerms#central}), and there it ranks above general questions
 * @param precise      a trigger so specific that saying it once is enough ("negative downsampling" raises the
 *                     calibration question): it ranks like a question on the board's own domain
 * @param domains      the kinds of system the question is worded for ({@link BoardDomains}: "ranking",
 *                     "forecast", "classify", "generate", "vision"); on a board whose kind is known and is none of
 *                     them the question is not asked (no position-bias question on a forecasting board). Empty: any
 * @param penalty      taken off the score: a question that judges found generic on most boards waits for better ones
 * @param stock        the question fits any board once its stage is written ("what is your simplest baseline?",
 *                     "what is the fallback?"): it waits behind every question that rests on this board's own words,
 *                     notes or missing stages, however strongly a checker gap raises it, unless the board is mostly
 *                     empty
 */
public record FollowUp(String id, Stage stage, String question, List<String> triggers, boolean fromTemplate,
                       String topic, List<String> answeredBy, List<String> gaps, String lacks,
                       List<String> skipWhen, boolean needsTrigger, boolean focused, boolean precise,
                       List<String> domains, int penalty, boolean stock) {
    public FollowUp {
        domains = domains == null ? List.of() : List.copyOf(domains);
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(stage, "stage");
        question = question == null ? "" : question;
        triggers = triggers == null ? List.of() : List.copyOf(triggers);
        topic = topic == null || topic.isBlank() ? id : topic;
        answeredBy = answeredBy == null ? List.of() : List.copyOf(answeredBy);
        gaps = gaps == null ? List.of() : List.copyOf(gaps);
        lacks = lacks == null ? "" : lacks;
        skipWhen = skipWhen == null ? List.of() : List.copyOf(skipWhen);
    }

    /** A question that rests on the board: not {@code stock}. */
    public FollowUp(String id, Stage stage, String question, List<String> triggers, boolean fromTemplate,
                    String topic, List<String> answeredBy, List<String> gaps, String lacks,
                    List<String> skipWhen, boolean needsTrigger, boolean focused, boolean precise,
                    List<String> domains, int penalty) {
        this(id, stage, question, triggers, fromTemplate, topic, answeredBy, gaps, lacks, skipWhen, needsTrigger,
                focused, precise, domains, penalty, false);
    }

    /** A question for any kind of system, without a penalty. */
    public FollowUp(String id, Stage stage, String question, List<String> triggers, boolean fromTemplate,
                    String topic, List<String> answeredBy, List<String> gaps, String lacks,
                    List<String> skipWhen, boolean needsTrigger, boolean focused, boolean precise) {
        this(id, stage, question, triggers, fromTemplate, topic, answeredBy, gaps, lacks, skipWhen, needsTrigger,
                focused, precise, List.of(), 0);
    }

    /** A question that is not {@code precise}. */
    public FollowUp(String id, Stage stage, String question, List<String> triggers, boolean fromTemplate,
                    String topic, List<String> answeredBy, List<String> gaps, String lacks,
                    List<String> skipWhen, boolean needsTrigger, boolean focused) {
        this(id, stage, question, triggers, fromTemplate, topic, answeredBy, gaps, lacks, skipWhen, needsTrigger,
                focused, false);
    }

    /** A question with triggers only (no topic, suppression or gaps). */
    public FollowUp(String id, Stage stage, String question, List<String> triggers, boolean fromTemplate) {
        this(id, stage, question, triggers, fromTemplate, "", List.of(), List.of(), "", List.of(), false, false);
    }

    /** A question a template supplies as {stage, question}. */
    public static FollowUp fromTemplate(int index, Stage stage, String question) {
        return new FollowUp("t." + index, stage, question, List.of(), true);
    }

    /** The same question about another stage (a note's question asked where the note points). */
    public FollowUp atStage(Stage other) {
        return new FollowUp(id, other, question, triggers, fromTemplate, topic, answeredBy, gaps, lacks, skipWhen,
                needsTrigger, focused, precise, domains, penalty, stock);
    }

    /** The same question in another wording (a translation), everything else unchanged. */
    public FollowUp withText(String otherQuestion, String otherLacks) {
        return new FollowUp(id, stage, otherQuestion, triggers, fromTemplate, topic, answeredBy, gaps, otherLacks,
                skipWhen, needsTrigger, focused, precise, domains, penalty, stock);
    }
}
