package org.stageboard.template;

import java.util.List;
import java.util.Locale;

/**
 * The languages a template's text can be written in, as two-letter codes. A template names the language of its main
 * file; translations of it live beside it. Whatever a template lacks falls back to English, then to the language it
 * was written in.
 */
public final class TemplateLanguage {
    public static final String ENGLISH = "en";
    /** Every language a template may carry, in the order the gallery and the README list them. */
    public static final List<String> ALL = List.of(ENGLISH, "zh", "ru");

    private TemplateLanguage() {
    }

    public static boolean isKnown(String code) {
        return ALL.contains(code);
    }

    /** The template language for a locale: its language when it is one of {@link #ALL}, English otherwise. */
    public static String of(Locale locale) {
        String code = locale == null ? ENGLISH : locale.getLanguage();
        return isKnown(code) ? code : ENGLISH;
    }
}
