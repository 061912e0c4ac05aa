package org.stageboard.i18n;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import org.stageboard.model.Stage;

/**
 * Every string the user sees comes from here. Each concern owns one bundle
 * ({@code org/stageboard/i18n/<concern>.properties}) so features never edit each other's files;
 * a key is looked up in each bundle in turn.
 */
public final class Messages {
    private static final List<String> BUNDLES =
            List.of("ui", "io", "cli", "export", "template", "check", "rehearsal", "stages", "progress");
    private static final ResourceBundle.Control NO_FALLBACK =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
    private static volatile Locale locale = Locale.getDefault();

    private Messages() {
    }

    public static void setLocale(Locale l) {
        locale = l;
    }

    public static Locale locale() {
        return locale;
    }

    /** The message for {@code key}, formatted with {@link MessageFormat}; the key itself when it is missing. */
    public static String get(String key, Object... args) {
        String pattern = find(key);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, locale).format(args);
    }

    /** The message for {@code key} in {@code l} rather than the interface language (for content seeded in a language). */
    public static String getIn(Locale l, String key, Object... args) {
        String pattern = find(key, l);
        if (pattern == null) {
            return key;
        }
        return args.length == 0 ? pattern : new MessageFormat(pattern, l).format(args);
    }

    /** A stage's name as the user reads it ("Data", "数据", "Данные"). */
    public static String stageName(Stage stage) {
        return get("stage." + stage.id());
    }

    public static boolean has(String key) {
        return find(key) != null;
    }

    private static String find(String key) {
        return find(key, locale);
    }

    private static String find(String key, Locale locale) {
        for (String name : BUNDLES) {
            try {
                // no fallback to the system locale: English (the base files) must win when English is chosen
                ResourceBundle b = ResourceBundle.getBundle("org.stageboard.i18n." + name, locale, NO_FALLBACK);
                if (b.containsKey(key)) {
                    return b.getString(key);
                }
            } catch (MissingResourceException ignored) {
                // a concern without a bundle yet
            }
        }
        return null;
    }
}
