package org.stageboard.check;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/**
 * Collects findings and builds their text from the check bundle, so every rule words its findings the same way:
 * message key {@code check.<rule>.message} (argument 0 is the stage's display name, then any extra arguments),
 * reason key {@code check.<rule>.reason}.
 */
public final class FindingSink {
    /**
     * Message patterns by locale and key. Resource-bundle lookups cost microseconds each (a missing bundle throws),
     * and the checker runs on every edit, so each pattern is looked up once per locale.
     */
    private static final Map<String, String> PATTERNS = new ConcurrentHashMap<>();

    private static final Map<String, MessageFormat> FORMATS = new ConcurrentHashMap<>();

    private final List<Finding> findings = new ArrayList<>();

    public void add(Rule rule, Stage stage, String nodeId, Object... extra) {
        add(rule, "message", stage, nodeId, extra);
    }

    /** Like {@link #add} but with a message variant: key {@code check.<rule>.<variant>}. */
    public void add(Rule rule, String variant, Stage stage, String nodeId, Object... extra) {
        addWithFix(rule, variant, stage, nodeId, null, extra);
    }

    /** Like {@link #add(Rule, String, Stage, String, Object...)}, offering a one-click fix (may be null). */
    public void addWithFix(Rule rule, String variant, Stage stage, String nodeId, Finding.StageFix fix,
                           Object... extra) {
        Object[] args = new Object[extra.length + 1];
        args[0] = stage == null ? "" : pattern("stage." + stage.id());
        System.arraycopy(extra, 0, args, 1, extra.length);
        String message = format("check." + rule.id() + "." + variant, args);
        String reason = pattern("check." + rule.id() + ".reason");
        findings.add(new Finding(rule.id(), rule.severity(), stage, nodeId, message, reason, fix));
    }

    /** Formats with a cached MessageFormat (building one costs more than a whole rule on a small board). */
    private static String format(String key, Object[] args) {
        Locale locale = Messages.locale();
        MessageFormat f = FORMATS.computeIfAbsent(locale.toLanguageTag() + "|" + key,
                k -> new MessageFormat(pattern(key), locale));
        synchronized (f) { // MessageFormat is not thread-safe; the CLI and the UI may check at the same time
            return f.format(args);
        }
    }

    /** The unformatted text for {@code key} in the current locale (Messages returns it as is without arguments). */
    private static String pattern(String key) {
        Locale locale = Messages.locale();
        return PATTERNS.computeIfAbsent(locale.toLanguageTag() + "|" + key, k -> Messages.get(key));
    }

    List<Finding> findings() {
        return findings;
    }
}
