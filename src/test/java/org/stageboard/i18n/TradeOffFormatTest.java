package org.stageboard.i18n;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.TradeOff;

class TradeOffFormatTest {
    @Test
    void aTradeOffReadsChoiceOverAlternativesBecause() {
        assertEquals("online scoring over batch, cache: fresh traffic",
                TradeOffFormat.oneLine(new TradeOff("online scoring", List.of("batch", "cache"), "fresh traffic")));
    }

    @Test
    void incompleteTradeOffsSayWhatTheyHave() {
        assertEquals("online over batch", TradeOffFormat.oneLine(new TradeOff("online", List.of("batch", " "), "")));
        assertEquals("online: fresh", TradeOffFormat.oneLine(new TradeOff("online", List.of(), "fresh")));
        assertEquals("? over batch: cheap", TradeOffFormat.oneLine(new TradeOff(" ", List.of("batch"), "cheap")));
    }

    @Test
    void russianNamesTheAlternativeInTheNominativeSoNoWordNeedsDeclining() {
        java.util.Locale before = Messages.locale();
        Messages.setLocale(new java.util.Locale("ru"));
        try {
            // "вместо" would need the genitive ("вместо случайного разбиения"); "а не" takes the word as typed
            assertEquals("разбиение по времени (а не случайное разбиение): нет утечки из будущего",
                    TradeOffFormat.oneLine(new TradeOff("разбиение по времени", List.of("случайное разбиение"),
                            "нет утечки из будущего")));
            assertEquals("онлайн (а не пакетный скоринг)",
                    TradeOffFormat.oneLine(new TradeOff("онлайн", List.of("пакетный скоринг"), "")));
        } finally {
            Messages.setLocale(before);
        }
    }
}
