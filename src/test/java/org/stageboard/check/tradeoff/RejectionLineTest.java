package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * A rejection on a line of its own, after the line that names the choice, with its reason after a colon or a dash:
 * «YandexGPT API + RAG / а не дообученная Llama у себя: своих GPU нет», "GPT-4o API / 而不是自建 Llama：没有 GPU" (set
 * 38's ru-yy04, whose model box the checker flagged though it states the trade-off). "а не" and "而不是" opening a line
 * go on from the line before; the same line with no reason stays a near miss.
 */
class RejectionLineTest {

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "YandexGPT API + RAG по оглавлению\\nа не дообученная Llama 3 у себя: своих GPU нет",
        "GPT-4o API + RAG\\n而不是自建 Llama 3：没有自己的 GPU",
        "GPT-4o API + RAG\\ninstead of Llama 3 in-house: no GPUs of our own",
        "GPT-4o API + RAG\\nnot a fine-tuned Llama 3 in-house: no GPUs of our own",
    })
    void aRejectionLineWithItsReasonStatesTheTradeoff(String text) {
        String norm = text.replace("\\n", "\n");
        assertTrue(TradeoffReader.readUncached(norm).stated(), text + " => " + TradeoffReader.analyse(norm).reading());
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "GPT-4o API + RAG\\nа не Llama 3 у себя",
        "GPT-4o API + RAG\\n而不是自建 Llama 3",
        "GPT-4o API + RAG\\ninstead of Llama 3 in-house",
    })
    void aRejectionLineWithNoReasonIsANearMiss(String text) {
        String norm = text.replace("\\n", "\n");
        assertFalse(TradeoffReader.readUncached(norm).stated(), text + " => " + TradeoffReader.analyse(norm).reading());
    }
}
