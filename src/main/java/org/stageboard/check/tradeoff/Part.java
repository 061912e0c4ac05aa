package org.stageboard.check.tradeoff;

/** The three things a stated trade-off names: what was chosen, what it was chosen over, and why. */
public enum Part {
    CHOICE, ALTERNATIVE, REASON
}
