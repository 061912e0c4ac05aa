package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.stageboard.i18n.Messages;

/** The translated general banks line up with the English one, and general() follows the interface language. */
class FollowUpBankTest {
    private static final String DIR = "/org/stageboard/rehearsal/";

    /** One entry as the file states it, read straight from the JSON (not through FollowUpBank). */
    private record Raw(String id, String stage, String question, List<String> triggers) {
    }

    private static List<Raw> read(String file) throws IOException {
        try (InputStream in = FollowUpBankTest.class.getResourceAsStream(DIR + file)) {
            assertNotNull(in, file + " is on the classpath");
            JsonNode root = new ObjectMapper().readTree(in);
            assertTrue(root.path("followups").isArray(), file + " has a followups array");
            List<Raw> out = new ArrayList<>();
            for (JsonNode f : root.path("followups")) {
                List<String> triggers = new ArrayList<>();
                f.path("triggers").forEach(t -> triggers.add(t.asText()));
                out.add(new Raw(f.path("id").asText(), f.path("stage").asText(""), f.path("question").asText(), triggers));
            }
            return out;
        }
    }

    private static List<String> questions(List<FollowUp> bank) {
        return bank.stream().map(FollowUp::question).toList();
    }

    private static List<String> questionsOf(List<Raw> raw) {
        return raw.stream().map(Raw::question).toList();
    }

    private static List<FollowUp> generalIn(Locale locale) {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(locale);
            return FollowUpBank.general();
        } finally {
            Messages.setLocale(before);
        }
    }

    @Test
    void translationsWordTheSameIdsInTheSameOrderAndNothingElse() throws IOException {
        List<Raw> en = read("followups.json");
        assertFalse(en.isEmpty());
        for (String file : List.of("followups_zh.json", "followups_ru.json")) {
            List<Raw> tr = read(file);
            assertEquals(en.stream().map(Raw::id).toList(), tr.stream().map(Raw::id).toList(), file + " ids");
            for (Raw t : tr) {
                assertEquals("", t.stage(), file + ": " + t.id() + " repeats the stage; the English file owns it");
                assertEquals(List.of(), t.triggers(), file + ": " + t.id() + " repeats triggers");
            }
        }
    }

    @Test
    void everyBankEntryIsUsable() throws IOException {
        List<FollowUp> bank = FollowUpBank.general(DIR + "followups.json");
        for (FollowUp f : bank) {
            for (String written : f.gaps()) {
                String g = written.startsWith("!") ? written.substring(1) : written; // "!": the gap is required
                String rule = g.contains("@") ? g.substring(0, g.indexOf('@')) : g;
                assertTrue(rule.equals("unanswered") || org.stageboard.check.Rules.ids().contains(rule),
                        f.id() + " probes an unknown rule " + g);
                if (rule.equals("unanswered")) {
                    assertFalse(f.lacks().isBlank(), f.id() + " says what the board lacks");
                    assertFalse(f.answeredBy().isEmpty(), f.id() + " says what would answer it");
                }
            }
            if (f.question().contains("{box}")) {
                assertTrue(f.gaps().contains("unstated-tradeoff"), f.id() + " quotes the box a gap is about");
            }
            f.triggers().forEach(t -> assertFalse(t.isBlank() || t.contains("||"), f.id() + " trigger " + t));
            if (f.question().contains("{trigger}") || f.question().contains("{context}")) {
                assertTrue(f.needsTrigger() && !f.triggers().isEmpty(), f.id() + " quotes a trigger, so it needs one");
            }
            f.domains().forEach(d -> assertTrue(Set.of("ranking", "forecast", "classify", "generate", "vision", "regress",
                            "speech", "pricing").contains(d.startsWith("-") ? d.substring(1) : d),
                    f.id() + " names an unknown kind of system " + d));
        }
        for (String lang : List.of("zh", "ru")) {
            List<FollowUp> tr = FollowUpBank.general(DIR + "followups_" + lang + ".json");
            for (int i = 0; i < bank.size(); i++) {
                for (String placeholder : List.of("{box}", "{label}", "{trigger}", "{context}", "{context2}", "{note}")) {
                    assertEquals(bank.get(i).question().contains(placeholder), tr.get(i).question().contains(placeholder),
                            lang + " " + bank.get(i).id() + " keeps the " + placeholder + " placeholder");
                }
                assertEquals(bank.get(i).lacks().isBlank(), tr.get(i).lacks().isBlank(), lang + " lacks of " + bank.get(i).id());
            }
        }
    }

    @Test
    void everyQuestionIsWrittenInItsOwnLanguage() throws IOException {
        List<Raw> en = read("followups.json");
        List<Raw> zh = read("followups_zh.json");
        List<Raw> ru = read("followups_ru.json");
        for (int i = 0; i < en.size(); i++) {
            String id = en.get(i).id();
            String e = en.get(i).question();
            String z = zh.get(i).question();
            String r = ru.get(i).question();
            for (String q : List.of(e, z, r)) {
                assertFalse(q.isBlank(), "empty question for " + id);
                assertEquals(q.strip(), q, "stray whitespace in " + id);
            }
            assertNotEquals(e, z, "zh question of " + id + " is still English");
            assertNotEquals(e, r, "ru question of " + id + " is still English");
            assertTrue(z.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN),
                    "zh question of " + id + " has Chinese characters: " + z);
            assertTrue(r.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.CYRILLIC),
                    "ru question of " + id + " has Cyrillic letters: " + r);
            assertTrue(z.endsWith("？"), "zh question of " + id + " ends with a full-width question mark: " + z);
            assertTrue(r.endsWith("?"), "ru question of " + id + " ends with a question mark: " + r);
        }
    }

    @Test
    void generalFollowsTheInterfaceLanguage() throws IOException {
        List<Raw> en = read("followups.json");
        List<String> enIds = en.stream().map(r -> "g." + r.id()).toList();

        List<FollowUp> zh = generalIn(Locale.SIMPLIFIED_CHINESE);
        assertEquals(questionsOf(read("followups_zh.json")), questions(zh));
        assertEquals(enIds, zh.stream().map(FollowUp::id).toList(), "ids do not depend on the language");

        List<FollowUp> english = generalIn(Locale.ENGLISH);
        assertEquals(questionsOf(en), questions(english));
        assertEquals(enIds, english.stream().map(FollowUp::id).toList());

        assertEquals(questionsOf(read("followups_ru.json")), questions(generalIn(Locale.forLanguageTag("ru-RU"))));
        assertEquals(questionsOf(en), questions(generalIn(Locale.GERMAN)), "other languages get English");
    }

    @Test
    void everythingButTheWordingIsTheSameInEveryLanguage() {
        List<FollowUp> en = generalIn(Locale.ENGLISH);
        for (Locale l : List.of(Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ru"))) {
            List<FollowUp> tr = generalIn(l);
            assertEquals(en.size(), tr.size());
            for (int i = 0; i < en.size(); i++) {
                FollowUp e = en.get(i);
                FollowUp t = tr.get(i);
                assertEquals(e.withText(t.question(), t.lacks()), t, l + " " + e.id());
            }
        }
    }

    @Test
    void languageCodePicksTheFile() {
        assertEquals(DIR + "followups_zh.json", FollowUpBank.resourceFor(Locale.SIMPLIFIED_CHINESE));
        assertEquals(DIR + "followups_zh.json", FollowUpBank.resourceFor(Locale.forLanguageTag("zh-Hans-CN")));
        assertEquals(DIR + "followups_ru.json", FollowUpBank.resourceFor(Locale.forLanguageTag("ru-RU")));
        assertEquals(DIR + "followups.json", FollowUpBank.resourceFor(Locale.ENGLISH));
        assertEquals(DIR + "followups.json", FollowUpBank.resourceFor(Locale.FRENCH));
        assertEquals(DIR + "followups.json", FollowUpBank.resourceFor(null));
    }

    @Test
    void aMissingTranslationFallsBackToEnglish() throws IOException {
        List<FollowUp> bank = FollowUpBank.general(DIR + "followups_xx.json");
        assertEquals(questionsOf(read("followups.json")), questions(bank));
    }
}
