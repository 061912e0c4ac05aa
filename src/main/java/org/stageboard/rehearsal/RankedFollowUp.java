package org.stageboard.rehearsal;

/** A follow-up as the picker would ask it on one board (its "{box}" filled in), and why it was chosen. */
public record RankedFollowUp(FollowUp question, FollowUpReason why) {
}
