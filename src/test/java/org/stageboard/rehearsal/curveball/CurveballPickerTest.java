package org.stageboard.rehearsal.curveball;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.LongStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;

import static org.stageboard.fixtures.TestBoards.inARow;

class CurveballPickerTest {
    private static final Locale RU = Locale.forLanguageTag("ru");
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(before);
    }

    private static List<String> ids(Board b, long seed) {
        return new CurveballPicker(List.of(), CurveballBank.general(Locale.ENGLISH), seed).candidates(b).stream()
                .map(Curveball::id).toList();
    }

    private static final Board FRAUD = inARow("Card fraud detection",
            Stage.REQUIREMENTS, "Block fraudulent card payments",
            Stage.DATA, "Chargebacks as labels, 0.2% positive",
            Stage.MODEL, "GBDT on transaction features");

    @Test
    void aFraudBoardGetsLabelDelayFirstAndNoLatencyCutWithoutServing() {
        for (long seed : new long[] {1, 2, 3, 42}) {
            List<String> ids = ids(FRAUD, seed);
            assertEquals("b.label-delay", ids.get(0), "the one specific curveball comes first: " + ids);
            assertFalse(ids.contains("b.latency-cut"), ids.toString());
            assertFalse(ids.contains("b.traffic-spike"), "no serving, no traffic spike: " + ids);
        }
    }

    @Test
    void anOnlineServingBoardGetsTheLatencyCut() {
        Board feed = inARow("Checkout recommendations", Stage.SERVING, "Online ranking per request, p99 80 ms",
                Stage.DATA, "Orders and clicks");
        assertTrue(ids(feed, 7).contains("b.latency-cut"), ids(feed, 7).toString());
        assertTrue(ids(feed, 7).contains("b.cold-start"), "a recommender gets cold-start items: " + ids(feed, 7));
        Board fraudOnline = FRAUD.addNode(org.stageboard.model.Node.of("s", Stage.SERVING, "", 0, 300)
                .withText("real-time scoring in the payment path"));
        assertTrue(ids(fraudOnline, 1).containsAll(List.of("b.label-delay", "b.latency-cut")));
    }

    @Test
    void aBoardWithoutServingNeverGetsALatencyCutWhateverTheSeed() {
        // online words and a latency number, but no Serving box saying anything
        Board noServing = inARow("Real-time fraud", Stage.REQUIREMENTS, "online decisions, p99 50 ms",
                Stage.MODEL, "logistic regression", Stage.SERVING, "");
        assertTrue(LongStream.range(0, 50).noneMatch(seed -> ids(noServing, seed).contains("b.latency-cut")));
        // a batch board with a serving box is not online either
        Board batch = inARow("Churn", Stage.SERVING, "nightly batch scoring to the CRM");
        assertFalse(ids(batch, 3).contains("b.latency-cut"), ids(batch, 3).toString());
        assertTrue(ids(batch, 3).contains("b.traffic-spike"));
    }

    @Test
    void theTemplatesOwnCurveballsComeFirstInTheirOrder() {
        List<Template.Curveball> own = List.of(new Template.Curveball(Stage.DATA, "Labels now take 90 days."),
                new Template.Curveball(Stage.SERVING, "Budget is 10 ms."));
        CurveballPicker p = new CurveballPicker(own, CurveballBank.general(Locale.ENGLISH), 5);
        List<Curveball> c = p.candidates(FRAUD);
        assertEquals(List.of("t.0", "t.1", "b.label-delay"), c.stream().limit(3).map(Curveball::id).toList());
        assertTrue(c.get(0).fromTemplate());
        assertEquals("Labels now take 90 days.", p.pick(FRAUD, 1).get(0).text());
        assertEquals("t.1", p.next(FRAUD, List.of("t.0")).orElseThrow().id(), "never the same one twice");
    }

    @Test
    void theShippedFraudTemplateBringsItsCurveballsInEachLanguage() {
        TemplateLibrary lib = TemplateLibrary.load();
        for (String lang : List.of("en", "zh", "ru")) {
            Template t = lib.byId("payment-fraud-detection", lang).orElseThrow();
            assertEquals(2, t.curveballs().size(), lang);
            Curveball first = CurveballPicker.of(Optional.of(t), 1).candidates(FRAUD).get(0);
            assertEquals(t.curveballs().get(0).text(), first.text(), lang);
        }
        assertNotEquals(lib.byId("payment-fraud-detection", "en").orElseThrow().curveballs(),
                lib.byId("payment-fraud-detection", "zh").orElseThrow().curveballs());
    }

    @Test
    void theSameSeedGivesTheSameCurveballsAndSeedsVaryTheGeneralOnes() {
        Board both = inARow("Video recommendations", Stage.SERVING, "online, two-tower retrieval on GPU",
                Stage.FEATURES, "watch history, device, user age", Stage.DATA, "watch logs");
        assertEquals(ids(both, 11), ids(both, 11));
        long distinctFirst = LongStream.range(0, 20).mapToObj(s -> ids(both, s).get(0)).distinct().count();
        assertTrue(distinctFirst > 1, "seeds vary the order among fitting curveballs");
    }

    @Test
    void aPrivacyRuleQuotesAPersonalFeatureTheBoardNames() {
        Board b = inARow("Ads click prediction", Stage.FEATURES, "ad id, past clicks, user age, device type");
        Curveball privacy = new CurveballPicker(List.of(), CurveballBank.general(Locale.ENGLISH), 1).candidates(b)
                .stream().filter(c -> c.id().equals("b.privacy-feature")).findFirst().orElseThrow();
        assertTrue(privacy.text().contains("“user age”"), privacy.text());
        assertEquals(Stage.FEATURES, privacy.stage());
    }

    @Test
    void theBankIsWordedInAllThreeLanguagesWithTheSameEntries() {
        List<CurveballBank.Entry> en = CurveballBank.general(Locale.ENGLISH);
        List<CurveballBank.Entry> zh = CurveballBank.general(Locale.SIMPLIFIED_CHINESE);
        List<CurveballBank.Entry> ru = CurveballBank.general(RU);
        assertEquals(7, en.size());
        for (int i = 0; i < en.size(); i++) {
            assertEquals(en.get(i).id(), zh.get(i).id());
            assertEquals(en.get(i).requires(), ru.get(i).requires(), "conditions come from the master");
            assertTrue(zh.get(i).text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.HAN), zh.get(i).text());
            assertTrue(ru.get(i).text().codePoints().anyMatch(c -> Character.UnicodeScript.of(c)
                    == Character.UnicodeScript.CYRILLIC), ru.get(i).text());
            assertEquals(en.get(i).text().contains("{feature}"), zh.get(i).text().contains("{feature}"));
            assertEquals(en.get(i).text().contains("{feature}"), ru.get(i).text().contains("{feature}"));
        }
    }

    @Test
    void chineseAndRussianBoardsGetTheirCurveballsInTheInterfaceLanguage() {
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Board zh = inARow("信用卡欺诈检测", Stage.DATA, "拒付作为标签", Stage.SERVING, "实时在线打分，p99 50 毫秒");
        List<Curveball> c = CurveballPicker.of(Optional.empty(), 1).candidates(zh);
        assertTrue(c.stream().anyMatch(x -> x.id().equals("b.label-delay") && x.text().contains("标签")), c.toString());
        assertTrue(c.stream().anyMatch(x -> x.id().equals("b.latency-cut")), c.toString());
        Messages.setLocale(RU);
        Board ru = inARow("Прогноз оттока клиентов", Stage.DATA, "метка: ушёл в течение 30 дней",
                Stage.SERVING, "ночной батч");
        List<Curveball> r = CurveballPicker.of(Optional.empty(), 1).candidates(ru);
        assertEquals("b.label-delay", r.get(0).id());
        assertTrue(r.get(0).text().contains("метк"), r.get(0).text());
        assertFalse(r.stream().anyMatch(x -> x.id().equals("b.latency-cut")), "a nightly batch: " + r);
    }
}
