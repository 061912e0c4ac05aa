package org.stageboard.rehearsal;

import java.util.List;

/**
 * The interviewer's crib for a mock interview: the prompt, the clarifying questions the candidate may ask with
 * the answers to give, the follow-ups to ask, and what a strong answer covers. Built from a template.
 */
public record CueSheet(String prompt, List<QA> clarifying, List<String> followups, List<String> strongAnswer) {

    /** A clarifying question and the answer the interviewer gives. */
    public record QA(String question, String answer) {
        public QA {
            question = question == null ? "" : question;
            answer = answer == null ? "" : answer;
        }
    }

    public CueSheet {
        prompt = prompt == null ? "" : prompt;
        clarifying = clarifying == null ? List.of() : List.copyOf(clarifying);
        followups = followups == null ? List.of() : List.copyOf(followups);
        strongAnswer = strongAnswer == null ? List.of() : List.copyOf(strongAnswer);
    }
}
