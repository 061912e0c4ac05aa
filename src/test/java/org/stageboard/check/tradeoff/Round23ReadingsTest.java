package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Readings added in round 23 (from the out-of-fold misses on dev-31 and dev-32), in examples written for this test, in
 * English, Chinese and Russian where the form exists there: an option with "+" and "-" lines under it and a last line
 * that settles the weighing ({@link PlusMinusList}); "ended up" and «ушли к конкурентам» as the old way's failure
 * before a fix written as the new state ({@link OutcomeThenFix}); the generic "you" of a reason is no hint's
 * instruction ({@link Sentences}); the winner named bare after measured results ({@link MeasuredResult}). Near
 * misses no longer read: a "trade-in", 代价函数 (the loss being minimised) and a reason about one kind of the thing the
 * choice splits by ("per location cuz the stadium location …", {@link SiblingReason}).
 */
class Round23ReadingsTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // the status quo's failure ("ended up", «ушли к конкурентам»), then the fix as the new state
        "pallets were stacked by arrival order, heavy crates ended up on top of glassware twice a week. load planner by weight now|load planner by weight now|",
        "тару на приёмке взвешивали на глаз, поставщики ушли к конкурентам. теперь весы с фото|теперь весы с фото|",
        // "you" inside the reason is the generic you
        "choir seating by recorded blend, not by section lists cuz the audience hears who stands next to your voice|choir seating by recorded blend|by section lists",
        "choir seating by recorded blend rather than section lists because sections don't tell you who blends|choir seating by recorded blend|section lists",
        // measured results, then the winner named bare
        "на 300 бланках tesseract дал 22% ошибок, облачный ocr 7% — дальше облачный|дальше облачный|",
        "пилот на складе: сборщики с подсказками 140 строк в час, без подсказок 95. подсказки|подсказки|",
    })
    void tradeoffsAreReadWithTheirParts(String text, String choice, String alternative) {
        TradeoffReading r = TradeoffReader.analyse(text).reading();
        ReadingAssertions.assertStated(r, text, choice, alternative);
    }

    /** The list form on its own: the header is the choice, the first pro the reason, what the last line beats the alternative. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "cold-room sensors:\\n+ alerts before the milk turns\\n- $3k per site\\nstill cheaper than dumping a spoiled batch every month|cold-room sensors|dumping a spoiled batch every month",
        "分拣线视觉检测：\\n+ 一小时 900 件\\n- 一台设备 40 万\\n比旺季临时招人划算|分拣线视觉检测|旺季临时招人",
        "датчики в холодильных камерах:\\n+ тревога до порчи\\n- 200 тыс. за точку\\nвсё равно дешевле, чем списывать партию раз в месяц|датчики в холодильных камерах|списывать партию раз в месяц",
        "cold-room sensors:\\n+ alerts before the milk turns\\n- $3k per site\\nworth it|cold-room sensors|3k per site",
    })
    void plusMinusListsSettledByTheirLastLine(String text, String choice, String alternative) {
        String norm = text.replace("\\n", "\n");
        FoundParts f = PlusMinusList.read(norm);
        assertNotNull(f, text);
        assertEquals(choice, norm.substring(f.choice[0], f.choice[1]), text);
        assertEquals(alternative, norm.substring(f.alternative[0], f.alternative[1]), text);
        assertTrue(TradeoffReader.readUncached(norm).stated(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // pros and cons with no settling line, a question, or a deferral
        "cold-room sensors:\\n+ alerts before the milk turns\\n- $3k per site",
        "cold-room sensors:\\n+ alerts before the milk turns\\n- $3k per site\\nworth it?",
        "cold-room sensors:\\n+ alerts before the milk turns\\n- $3k per site\\nfinance to decide next week",
        "分拣线视觉检测：\\n+ 一小时 900 件\\n- 一台设备 40 万",
    })
    void plusMinusListsWithoutAVerdictOnlyWeigh(String text) {
        assertNull(PlusMinusList.read(text.replace("\\n", "\n")), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        // "ended up" with no failure, or no fix
        "pallets were stacked by arrival order, heavy crates ended up on top of glassware",
        "pallets were stacked by arrival order and ended up fine. load planner by weight now",
        // a hint that addresses the writer in its first words still asks
        "justify your choice of seating model",
        "which seating would you pick, blend or section lists",
        // one option's metrics, or options numbered and never measured, then a name
        "recall 81%, precision 76%. ensemble",
        "варианты:\\n1) весы\\n2) фото\\n3) фото с весами",
        // a data box's facts, one a line, the last repeating a word of an earlier one: no winner named
        "продажи за 3 года, 1 200 магазинов\\nвалидация — последние 8% магазинов",
        // a trade-in and a cost function are no price paid
        "trade-in credit for old phones follows the carrier's price list",
        "trade-in kiosk for old laptops near the exit",
        "配送排序模型的代价函数里加了超时惩罚",
        // a reason about one kind of the thing the choice splits by names no option given up
        "menu fcst per location cuz the stadium location spikes on game days",
    })
    void nearMissesStayUnflagged(String text) {
        String norm = text.replace("\\n", "\n");
        assertFalse(TradeoffReader.readUncached(norm).stated(), text + " => " + TradeoffReader.analyse(norm).reading());
    }

    /** What the new guards leave alone: a trade written as such, a price named with 为代价, a sibling of another kind. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "tradein quotes: we trade a bit of margin for faster resale",
        "为了准时率，以多跑 8% 里程为代价",
        "weekly retrain because daily retrain chases noise",
    })
    void realTradeoffsStillRead(String text) {
        assertTrue(TradeoffReader.readUncached(text).stated(), text + " => " + TradeoffReader.analyse(text).reading());
    }
}
