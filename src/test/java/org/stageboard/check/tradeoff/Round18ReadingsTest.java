package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added in round 18 (from the misses on dev-21 and dev-22), in examples written for this test, in English,
 * Chinese and Russian where the form exists there: the status quo found wanting before a "so" when it fails on its
 * own ("X alone …", 单靠, «сами по себе») or when the choice after it closes with "instead"; "X in A, not in B" with
 * the preposition repeated; "revisit" as a noun; a bare "lose … vs/but …" pricing a choice; a measured comparison
 * whose measures sit beside each option ("A 2.1% vs 6% for B"). The near misses beside them stay unflagged.
 */
class Round18ReadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the status quo wanting on its own, or replaced "instead"
        "rain gauge alone fires ~30 min after the underpass floods, so nowcast from radar + drain sensors|rain gauge alone fires ~30 min after the underpass floods",
        "单靠规则漏掉一半刷单，所以上模型|单靠规则",
        "правила сами по себе пропускают половину ботов, поэтому модель|правила сами по себе",
        "nightly batch recomputes everything at 3am even for dead items, so event-driven updates instead|nightly batch recomputes everything at 3am even for dead items",
        // the same preposition on both sides of "not"
        "churn alerts in the app, not in email, as nobody opens our emails|in email",
        "dedup at ingest, not at query time, since queries need < 50 ms|at query time",
        // "revisit" as a satellite's return time is a reason, not a deferral
        "tower cams, not satellite: sat revisit is 15 min|satellite",
        // each option with its own measure, then the winner shipped
        "shadow week: new router 2.1% misroutes vs 6% for keyword rules. shipping the router|6% for keyword rules",
        "离线回放：新模型误报 3 次/天 对比 规则 20 次/天，全量新模型|规则 20 次/天",
        "реплей за месяц: бустинг 4 ложных тревоги в день против 25 у порога, оставляем бустинг|25 у порога",
    })
    void tradeoffsAreReadWithTheirAlternative(String text, String alternative) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        ReadingAssertions.assertStated(r, text, null, alternative);
        assertTrue(TradeoffReader.readUncached(text).stated(), text);
    }

    /** A dash, semicolon or colon before "not in" works as a comma does (with no comma in the box it used to throw). */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "alerts in the app - not in email, as nobody reads email",
        "alerts in the app; not in email as nobody reads it",
        "in app: not in email",
    })
    void aMarkOtherThanACommaBeforeNotInIsReadLikeOne(String text) {
        assertEquals("in email", TradeoffReader.analyse(text).reading().alternative(), text);
    }

    /** A measured comparison closed by switching to the winner. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "теневой прогон: новый матчер совпадает с операторами в 93%, старый в 85% → переключаем",
        "shadow run: new matcher agrees with ops 93% of the time, old one 85% -> switching to the new one",
    })
    void aMeasuredResultClosedBySwitchingIsRead(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.stated(), text + " => " + r);
    }

    /** A bare "lose …" prices the choice before it when a gain or the compared option follows. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "int8 on the jetson: lose ~2 pts mAP vs fp16 but we get 20 fps",
        "prune on the phone: lose 1 pt top-1 vs the full model but 3x faster",
    })
    void aBareLoseWithItsGainIsAPrice(String text) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        assertTrue(r.stated(), text + " => " + r);
        assertTrue(TradeoffReader.readUncached(text).stated(), text);
        assertTrue(r.reason().startsWith("lose"), text + " => " + r);
    }

    /** Near misses: one means found wanting with nothing chosen, "not in scope", measures with no decision. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "rain gauge threshold alone fires ~30 min late",
        "单靠规则漏掉一半刷单",
        "правила сами по себе пропускают половину ботов",
        "not in scope for v1",
        "dashboards in grafana, not in kibana",
        "sat revisit is 15 min",
        "new router 2.1% misroutes vs 6% for keyword rules",
        "lose weight of old samples after 30 days",
        "revisit the threshold next quarter, not now",
    })
    void nearMissesStayUnflagged(String text) {
        assertFalse(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.analyse(text).reading());
        assertFalse(TradeoffReader.analyse(text).reading().stated(), text);
    }
}
