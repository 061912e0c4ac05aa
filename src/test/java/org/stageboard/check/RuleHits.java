package org.stageboard.check;

import java.util.Set;
import java.util.stream.Collectors;
import org.stageboard.model.Board;

/** The shape rule tests share: what the default profile finds on a board as "rule@stage", and one box rewritten. */
final class RuleHits {
    private RuleHits() {
    }

    static Set<String> check(Board b) {
        return Checker.check(b, Profiles.DEFAULT).stream()
                .map(f -> f.ruleId() + "@" + (f.stage() == null ? "-" : f.stage().id())).collect(Collectors.toSet());
    }

    /** {@code b} with box {@code id} retitled and its text replaced. */
    static Board with(Board b, String id, String title, String text) {
        return b.replaceNode(b.node(id).orElseThrow().withTitle(title).withText(text));
    }
}
