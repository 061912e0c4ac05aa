package org.stageboard.model;

import java.util.List;
import java.util.Objects;

/**
 * A stated decision: the option chosen, the alternatives it was chosen over, and why.
 * A trade-off is complete when it has a choice, at least one alternative and a reason.
 */
public record TradeOff(String choice, List<String> over, String because) {
    public TradeOff {
        choice = choice == null ? "" : choice;
        over = over == null ? List.of() : over.stream().filter(Objects::nonNull).toList();
        because = because == null ? "" : because;
    }

    public boolean hasAlternative() {
        return over.stream().anyMatch(o -> !o.isBlank());
    }

    public boolean hasReason() {
        return !because.isBlank();
    }

    public boolean isComplete() {
        return !choice.isBlank() && hasAlternative() && hasReason();
    }

    public boolean isBlank() {
        return choice.isBlank() && !hasAlternative() && !hasReason();
    }
}
