package org.stageboard.check.tradeoff;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Options listed over lines or labels, then one picked with a reason (issue 8's eighth round), in English, Chinese and
 * Russian; examples written for this test, not taken from the corpus. The findings panel must show the picked option
 * as the choice, another listed option as the alternative and the words after the pick as the reason; a list with no
 * pick, or a pick with nothing after it, must not read as a stated trade-off by these rules.
 */
class PickedOptionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "A) nightly batch scores / B) streaming scores / going with A, the report is read once a day|nightly batch scores|streaming scores|the report is read once a day",
        "option 1: fine-tune a 7b model\\noption 2: few-shot prompting\\n-> 2, we have 40 labelled tickets|||",
        "embedding store: pgvector / milvus / redis. pgvector, the team already runs postgres|||",
        "方案一：离线批量打分；方案二：实时打分。选二，因为促销价格每分钟都在变|实时打分|离线批量打分|因为促销价格每分钟都在变",
        "①人工标注 ②弱监督 ③主动学习 → 选③，预算只够标 2 千条|主动学习|人工标注|预算只够标 2 千条",
        "召回：向量检索 还是 倒排？向量检索，长尾 query 倒排几乎没结果|向量检索|倒排|长尾 query 倒排几乎没结果",
        "вариант 1 — свой ASR, вариант 2 — облачный API. берём 2, т.к. своих данных с акцентами нет|облачный API|свой ASR|т.к. своих данных с акцентами нет",
        "источник меток:\\n- жалобы\\n- асессоры\\n- LLM\\nвыбор: асессоры, жалоб слишком мало|асессоры|жалобы|жалоб слишком мало",
        "пересчёт цен: раз в час или раз в сутки? раз в сутки: поставщики меняют прайсы ночью|раз в сутки|раз в час|поставщики меняют прайсы ночью",
        "A nightly batch  B streaming → B, prices change every minute|streaming|nightly batch|prices change every minute",
        "A 全量人审 / B 模型初筛 → B，人审团队只有 20 人|模型初筛|全量人审|人审团队只有 20 人",
        "А ночной батч  Б онлайн → Б, цены меняются каждую минуту|онлайн|ночной батч|цены меняются каждую минуту",
    })
    void listedOptionsThenAPickWithAReason(String text, String choice, String alternative, String reason) {
        TradeoffReading r = TradeoffReader.readByRules(text.replace("\\n", "\n"));
        assertTrue(r.stated(), text + " => " + r);
        if (choice != null) {
            assertEquals(choice, r.choice(), "choice shown");
            assertEquals(alternative, r.alternative(), "alternative shown");
            assertEquals(reason, r.reason(), "reason shown");
        }
    }

    @ParameterizedTest
    @ValueSource(strings = {
        // options, no pick
        "A) nightly batch scores  B) streaming scores  C) both",
        "embedding store: pgvector / milvus / redis",
        "方案一：离线批量打分；方案二：实时打分",
        "召回：向量检索 还是 倒排？",
        "вариант 1 — свой ASR, вариант 2 — облачный API",
        "пересчёт цен: раз в час или раз в сутки?",
        // a pick with nothing after it
        "A) nightly batch scores / B) streaming scores / going with A",
        "①人工标注 ②弱监督 ③主动学习 → 选③",
        "вариант 1 — свой ASR, вариант 2 — облачный API. берём 2",
        // a pick put off
        "option 1: fine-tune / option 2: prompting / -> 2, later",
    })
    void listsWithNoPickOrNoReasonAreNotStatedByTheRules(String text) {
        TradeoffReading r = TradeoffReader.readByRules(text);
        assertFalse(r.stated(), text + " => " + r);
    }

    @Test
    void aPickWithNoReasonReadsTheTwoOptionsAndMissesTheReason() {
        for (String text : List.of("A) nightly batch / B) streaming / going with A", "方案一 离线，方案二 实时。选二",
                "вариант 1 — батч, вариант 2 — онлайн. берём 2")) {
            FoundParts f = PickedOption.read(TradeoffReader.analyse(text).norm(), TradeoffReader.analyse(text).hits());
            assertTrue(f != null && f.choice != null && f.alternative != null, text);
            assertNull(f.reason, text);
        }
    }

    @Test
    void aJudgementOfAnOptionIsNotAPick() {
        for (String text : List.of("A) nightly batch / B) streaming / B is too costly, A is stale",
                "方案一 离线，方案二 实时。不用二，太贵", "вариант 1 — батч, вариант 2 — онлайн. 2 не потянем")) {
            TradeoffReader.Analysis a = TradeoffReader.analyse(text);
            FoundParts f = PickedOption.read(a.norm(), a.hits());
            assertTrue(f == null || f.reason == null, text + " read as a pick: " + (f == null ? "" : f.choice[0]));
        }
    }
}
