package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.i18n.Messages;

/**
 * Why a follow-up was chosen for a board: the template brought it, a gap the checker (or the bank) found on the
 * board raises it, and/or words on the board trigger it. Shown by the card and printed by {@code followups}.
 *
 * @param kind       the strongest reason, which also ranks the question
 * @param gap        what the board lacks, in the user's language (the checker's finding, or "no rollout plan");
 *                   "" when no gap raised it
 * @param boardWords the words on the board that triggered it, one per idea, as written there
 */
public record FollowUpReason(Kind kind, String gap, List<String> boardWords) {
    /** From strongest to weakest; {@link #id()} names each in JSON. */
    public enum Kind {
        TEMPLATE, GAP, BOARD, GENERAL, UNRELATED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    public FollowUpReason {
        gap = gap == null ? "" : gap;
        boardWords = boardWords == null ? List.of() : List.copyOf(boardWords);
    }

    static FollowUpReason template() {
        return new FollowUpReason(Kind.TEMPLATE, "", List.of());
    }

    /** One line for the user: "gap found: …; the board says: fraud, real-time". */
    public String text() {
        List<String> parts = new ArrayList<>();
        switch (kind) {
            case TEMPLATE -> parts.add(Messages.get("rehearsal.followup.why.template"));
            case GENERAL -> parts.add(Messages.get("rehearsal.followup.why.general"));
            case UNRELATED -> parts.add(Messages.get("rehearsal.followup.why.unrelated"));
            default -> {
            }
        }
        if (!gap.isEmpty()) {
            parts.add(Messages.get("rehearsal.followup.why.gap", gap));
        }
        if (!boardWords.isEmpty()) {
            parts.add(Messages.get("rehearsal.followup.why.board", String.join(", ", boardWords)));
        }
        return String.join(Messages.get("rehearsal.followup.why.separator"), parts);
    }
}
