package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.fixtures.TestBoards.complete;

import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Issue 8's checklist, item by item: every near miss gets an {@code unstated-tradeoff} finding that says what is
 * missing, in English, Chinese and Russian; and a trade-off stated in a note an arrow links to a decision stage's box
 * counts for that stage (a linked note only: a loose note does not).
 */
class NearMissFindingsTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(before);
    }

    private static Finding modelFinding(String modelText, Locale locale) {
        Messages.setLocale(locale);
        Board b = complete().replaceNode(complete().node("m").orElseThrow().withTitle("Model").withText(modelText));
        return Checker.check(b, Profiles.DEFAULT).stream()
                .filter(f -> f.ruleId().equals("unstated-tradeoff") && f.stage() == Stage.MODEL)
                .findFirst().orElseThrow(() -> new AssertionError("no unstated-tradeoff@model for: " + modelText));
    }

    /** {text, the words the message must hold} per language: en, zh, ru. */
    private static void assertSays(List<String[]> cases) {
        List<Locale> locales = List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ru"));
        for (int i = 0; i < 3; i++) {
            String[] c = cases.get(i);
            String message = modelFinding(c[0], locales.get(i)).message();
            assertTrue(message.contains(c[1]), c[0] + " -> " + message);
        }
    }

    @Test
    void aBareButSaysNoAlternativeAndNoReason() {
        // nothing is read as a choice in the English and Russian ones: the message names all three parts
        assertSays(List.of(new String[] {"keep it simple but maybe add a cache later", "(a choice, an alternative and why)"},
                new String[] {"先简单点，但以后可能加缓存", "没有备选方案，也没有理由"},
                new String[] {"пока просто, но потом, может, добавим кэш", "(выбор, альтернатива и почему)"}));
        assertSays(List.of(new String[] {"go with LR but keep it simple", "a choice and a reason, but no alternative"},
                new String[] {"先用 LR，但要注意特征", "没有备选方案，也没有理由"},
                new String[] {"берём LR, но надо бы подумать", "нет ни альтернативы, ни причины"}));
    }

    @Test
    void aPlaceholderSaysItIsOnlyAPlaceholder() {
        assertSays(List.of(new String[] {"trade-off: TBD", "only a placeholder"},
                new String[] {"权衡：待定", "权衡只是占位"},
                new String[] {"компромисс: потом", "только заглушка"}));
    }

    @Test
    void optionsWithNoChoiceSayNoneIsChosen() {
        assertSays(List.of(new String[] {"GBDT vs DNN", "none chosen"},
                new String[] {"GBDT 还是 DNN", "没有选定"},
                new String[] {"GBDT или DNN", "ни один не выбран"}));
    }

    @Test
    void aChoiceAndAReasonSayNoAlternative() {
        assertSays(List.of(new String[] {"use GBDT because the data is tabular", "a choice and a reason, but no alternative"},
                new String[] {"用 GBDT，因为数据是表格型的", "有选择也有理由，但没有备选方案"},
                new String[] {"берём GBDT, потому что данные табличные", "есть выбор и причина, но нет альтернативы"}));
    }

    @Test
    void aChoiceAndAnAlternativeSayNoReason() {
        assertSays(List.of(new String[] {"went with GBDT over DNN", "a choice and an alternative, but no reason"},
                new String[] {"用 GBDT 不用 DNN", "有选择也有备选方案，但没有理由"},
                new String[] {"выбрали GBDT, а не DNN", "есть выбор и альтернатива, но нет причины"}));
    }

    @Test
    void aQuestionOrAHintsInstructionSaysItIsNoDecision() {
        assertSays(List.of(new String[] {"which model would you choose, and why?", "a question, not a decision"},
                new String[] {"选哪个模型？为什么？", "这是一个问题，不是决定"},
                new String[] {"какую модель выбрать и почему?", "это вопрос, а не решение"}));
    }

    @Test
    void aTradeoffInALinkedNoteCountsForItsStage() {
        for (String note : List.of("GBDT over DNN: 10x cheaper to serve and the data is tabular",
                "用 GBDT 不用 DNN：表格数据，服务成本低十倍", "GBDT, а не DNN: данные табличные и обслуживать в 10 раз дешевле")) {
            Board noTradeoff = complete().replaceNode(complete().node("m").orElseThrow().withText("Baseline: LR. Then GBDT."));
            assertTrue(flagsModel(noTradeoff), "the model box alone states none");
            Board withNote = noTradeoff.addNode(new Node("n", Stage.NOTE, "Follow-up", note, "", List.of(), 900, 0, 200, 100));
            assertTrue(flagsModel(withNote), "a loose note does not count: " + note);
            assertFalse(flagsModel(withNote.addEdge(new Edge("en", "n", "m", ""))), "note -> model box: " + note);
            assertFalse(flagsModel(withNote.addEdge(new Edge("en", "m", "n", ""))), "model box -> note: " + note);
        }
    }

    private static boolean flagsModel(Board b) {
        return Checker.check(b, Profiles.DEFAULT).stream()
                .anyMatch(f -> f.ruleId().equals("unstated-tradeoff") && f.stage() == Stage.MODEL);
    }

    @Test
    void theWithdrawnReadingHasItsOwnMessageInThreeLanguages() {
        for (Locale l : List.of(Locale.ENGLISH, Locale.SIMPLIFIED_CHINESE, Locale.forLanguageTag("ru"))) {
            Messages.setLocale(l);
            String m = Messages.get("check.unstated-tradeoff.not-one-decision", "Model", "GBDT", "DNN", "fragile");
            assertTrue(m.contains("GBDT") && m.contains("DNN") && m.contains("fragile"), m);
            assertEquals(-1, m.indexOf('{'), m);
        }
    }
}
