package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.stageboard.i18n.Messages;

/** Every shipped rule has a short name in each language, and no two rules share one. */
class RuleNamesTest {
    @Test
    void everyRuleIsNamedOnceInEachLanguage() {
        Locale before = Messages.locale();
        try {
            for (Locale l : List.of(Locale.ENGLISH, Locale.CHINESE, Locale.forLanguageTag("ru"))) {
                Messages.setLocale(l);
                Set<String> seen = new HashSet<>();
                for (String id : Rules.ids()) {
                    assertTrue(Messages.has("check." + id + ".name"), id + " in " + l);
                    String name = Messages.get("check." + id + ".name");
                    assertFalse(name.contains(id), "a name, not the id: " + name);
                    assertTrue(seen.add(name), "two rules called " + name + " in " + l);
                }
            }
        } finally {
            Messages.setLocale(before);
        }
    }
}
