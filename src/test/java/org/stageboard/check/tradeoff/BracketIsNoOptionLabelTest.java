package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Profiles;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * "2)" and "b)" enumerate options only where they open an item: the ")" that closes a bracket ("(daily, T+1)",
 * "(p99 2)", «(последние 3)», "（近 7)") lists nothing, so a data box with such a bracket is not "options listed but
 * none chosen". Where options are listed, the finding quotes them, and never as an empty "".
 */
class BracketIsNoOptionLabelTest {
    @ParameterizedTest
    @ValueSource(strings = {"4.2M rows (hotel x date x device, daily, T+1)", "labels land T+1)", "p99 budget (p99 2)",
        "окно (последние 3)", "выгрузка из CRM (раз в сутки, T+1)", "日志（按天落地, T+1)", "特征窗口 (近 7)"})
    void aClosingBracketListsNoOptions(String text) {
        assertNotEquals(TradeoffReading.Hint.OPTIONS_ONLY, TradeoffReader.readUncached(text).hint(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1) GBDT 2) DNN", "варианты: 1) бустинг 2) нейросеть", "方案：1) 双塔 2) 单塔",
        "options (1) batch (2) online", "a) rules b) a model"})
    void anEnumerationStillListsOptions(String text) {
        assertEquals(TradeoffReading.Hint.OPTIONS_ONLY, TradeoffReader.readUncached(text).hint(), text);
    }

    @ParameterizedTest
    @ValueSource(strings = {"1) GBDT 2) DNN", "GBDT or DNN", "бустинг или нейросеть", "双塔还是单塔"})
    void theOptionsFindingNeverQuotesNothing(String text) {
        Board b = Board.empty().addNode(Node.of("m", Stage.MODEL, "Model", 0, 0).withText(text));
        List<Finding> options = Checker.check(b, Profiles.DEFAULT).stream()
                .filter(f -> f.ruleId().equals("unstated-tradeoff")).toList();
        assertEquals(1, options.size(), text);
        assertTrue(!options.get(0).message().contains("\"\"") && !options.get(0).message().contains("«»")
                && !options.get(0).message().contains("“”"), options.get(0).message());
    }
}
