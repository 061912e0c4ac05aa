package org.stageboard.ui.findings;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.UiTest;
import org.stageboard.i18n.Messages;
import org.testfx.framework.junit5.ApplicationExtension;

/**
 * A line of the "words the checker read" view: quoted words, "not found", or "implied" for a part with no words.
 * The view is a JavaFX control, so loading its class needs the toolkit: a UI test, started by TestFX.
 */
@UiTest
@ExtendWith(ApplicationExtension.class)
class TradeoffReadingPartTextTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restore() {
        Messages.setLocale(before);
    }

    @Test
    void quotesWordsSaysNotFoundAndNeverShowsAnEmptyQuote() {
        Messages.setLocale(Locale.ENGLISH);
        assertEquals("Choice: «GBDT»", TradeoffReadingView.partText("check.reading.choice", "GBDT", true));
        assertEquals("Because: not found", TradeoffReadingView.partText("check.reading.reason", "", false));
        String implied = TradeoffReadingView.partText("check.reading.reason", " ", true);
        assertEquals("Because: implied (read from the sentence as a whole)", implied);
        for (Locale l : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ru")}) {
            Messages.setLocale(l);
            String line = TradeoffReadingView.partText("check.reading.reason", "", true);
            assertFalse(line.contains("«»") || line.contains("\u00ab\u00bb"), line);
            assertFalse(line.endsWith(Messages.get("check.reading.missing")), line);
        }
    }
}
