package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Profiles;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Trade-off round 25 ({@link LineUnits}): a box of facts, one per line, states no trade-off because a choice, an
 * alternative and a reason can be picked out of three different lines; a trade-off on one line, or on lines that run
 * on from each other, or laid out as options and a pick, still reads. Examples written for this test in the shape of
 * the Data boxes of sets 38 to 43 (not copied from them); the first group was credited before the round.
 */
class LineUnitsTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(before);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "meter reads every 15 min from 2.1M smart meters<br>manual reads for the old ones, monthly, so gaps<br>"
            + "theft label = inspector visit found tampering (~4k cases)<br>inspectors go where the old rules pointed -> biased",
        "court filings 2015-24, ~300k cases, docket text + outcome<br>label = settled before trial (clerk code, same week)<br>"
            + "2020 virtual hearings = 30-min slots vs 2h in person<br>split: train <=2022, test 2023-24",
        "挂号记录 3 年：科室、医生、时段<br>2020 线上问诊 = 15 分钟一单 vs 线下 1 小时<br>标签 = 是否爽约，当天就有<br>"
            + "时间切：2021-22 训练，2023 测试",
        "журнал заявок 3 года: район, тип, время<br>2020 онлайн-приём = 15 мин на заявку vs 1 ч очно<br>"
            + "метка = повторное обращение в 30 дней<br>сплит по времени: 2021-22 трейн, 2023 тест",
        "записи в клинику 2 года, ~400k<br>2020 телемедицина = 15-min visits vs 1h in clinic<br>label = no-show, same day<br>"
            + "time split: train 2021-22, test 2023",
    })
    void factsOnSeparateLinesAreNoTradeoff(String text) {
        String box = text.replace("<br>", "\n");
        TradeoffReading r = TradeoffReader.readUncached(box);
        assertFalse(r.stated(), box + " => " + r);
        assertEquals(TradeoffReading.Hint.SEPARATE_LINES, r.hint(), box);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // a rejection or a reason opening the next line runs on from the choice above it
        "LightGBM lambdarank per shop<br>not a two-tower: ~600 items a shop, tabular feats win and staff can read why",
        "本地部署 Qwen 14B + RAG<br>不用公有云 API：病历不能出院",
        "бустинг по неделям по каждому складу<br>а не одна нейросеть на всё: данных всего 3 года",
        "push alerts batched hourly, not per event<br>b/c riders mute the app after 3 pings",
        "门店级 LightGBM，不做全国一个模型<br>因为各省促销日历不一样",
        "ночной батч вместо онлайна<br>т.к. цены меняются раз в сутки",
        // a comparison opening the next line
        "全局 LightGBM + 分位数 loss<br>比每店一个 Prophet 好，2000 家店逐个调参太费",
        // one line holds it, the others are facts
        "per-store GBDT over one global model: stores differ too much<br>label = units sold next day<br>retrain weekly",
        // options over lines, then a pick
        "option A: nightly batch top-50<br>option B: online per request<br>going with A, the catalog changes once a day",
        "1) rules only<br>2) GBDT<br>3) rules + GBDT<br>-> 3, rules give the reason code, GBDT catches new rings",
        "+ on-device: works offline, no audio leaves the phone<br>- model must stay < 8 MB<br>worth it, privacy is the #1 ask",
    })
    void aTradeoffOnOneLineOrRunningOnStillReads(String text) {
        String box = text.replace("<br>", "\n");
        assertTrue(TradeoffReader.readUncached(box).stated(), box + " => " + TradeoffReader.readUncached(box));
    }

    @Test
    void theFindingSaysThePartsAreOnSeparateLinesInEachLanguage() {
        String box = "court filings 2015-24, ~300k cases, docket text + outcome\n"
                + "label = settled before trial (clerk code, same week)\n"
                + "2020 virtual hearings = 30-min slots vs 2h in person\nsplit: train <=2022, test 2023-24";
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ru"));
        List<String> says = List.of("separate lines", "分在不同的行", "в разных строках");
        for (int i = 0; i < 3; i++) {
            Messages.setLocale(locales.get(i));
            Board b = TestBoards.complete();
            b = b.replaceNode(b.node("d").orElseThrow().withText(box));
            Finding f = Checker.check(b, Profiles.DEFAULT).stream()
                    .filter(x -> x.ruleId().equals("unstated-tradeoff") && x.stage() == Stage.DATA)
                    .findFirst().orElseThrow(() -> new AssertionError("no unstated-tradeoff@data"));
            assertTrue(f.message().contains(says.get(i)), f.message());
        }
    }
}
