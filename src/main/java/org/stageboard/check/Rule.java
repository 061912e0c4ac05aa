package org.stageboard.check;

/** One check over a board. Rules are stateless; the {@link CheckContext} holds everything precomputed once per run. */
public interface Rule {
    /** Stable id used in JSON, the corpus and message keys ("check.&lt;id&gt;.message"). */
    String id();

    Severity severity();

    /** Adds this rule's findings for the board in {@code ctx} to {@code out}. */
    void check(CheckContext ctx, FindingSink out);
}
