package org.stageboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.Test;

class MessagesTest {

    @Test
    void choosingEnglishOnARussianSystemGivesEnglish() {
        Locale system = Locale.getDefault();
        Locale chosen = Messages.locale();
        try {
            Locale.setDefault(new Locale("ru"));
            Messages.setLocale(Locale.ENGLISH);
            assertEquals("File", Messages.get("menu.file"));
            Messages.setLocale(new Locale("ru"));
            assertEquals("Файл", Messages.get("menu.file"));
            Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
            assertFalse(Messages.get("menu.file").equals("File"), "Chinese menus");
        } finally {
            Locale.setDefault(system);
            Messages.setLocale(chosen);
        }
    }

    @Test
    void aMissingKeyShowsTheKeyAndArgumentsAreFormatted() {
        assertEquals("no.such.key", Messages.get("no.such.key"));
        assertEquals("3 boxes selected", Messages.get("inspector.many", 3));
    }
}
