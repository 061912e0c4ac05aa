package org.stageboard.check;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/**
 * Collects findings and builds their text from the check bundle, so every rule words its findings the same way:
 * message key {@code check.<rule>.message} (argument 0 is the stage's display name, then any extra arguments),
 * reason key {@code check.<rule>.reason}.
 */
public final class FindingSink {
    private final List<Finding> findings = new ArrayList<>();

    public void add(Rule rule, Stage stage, String nodeId, Object... extra) {
        add(rule, "message", stage, nodeId, extra);
    }

    /** Like {@link #add} but with a message variant: key {@code check.<rule>.<variant>}. */
    public void add(Rule rule, String variant, Stage stage, String nodeId, Object... extra) {
        Object[] args = new Object[extra.length + 1];
        args[0] = stage == null ? "" : Messages.get("stage." + stage.id());
        System.arraycopy(extra, 0, args, 1, extra.length);
        String message = Messages.get("check." + rule.id() + "." + variant, args);
        String reason = Messages.get("check." + rule.id() + ".reason");
        findings.add(new Finding(rule.id(), rule.severity(), stage, nodeId, message, reason));
    }

    List<Finding> findings() {
        return findings;
    }
}
