package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.check.RuleHits.check;
import static org.stageboard.check.RuleHits.with;
import static org.stageboard.fixtures.TestBoards.complete;

import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stageboard.edit.Edits;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/** The rules read the whole board: titles, requirements for serving, notes drawn for a stage, arrow-less boards. */
class BoardReadingRulesTest {
    private final Locale before = Messages.locale();

    @AfterEach
    void restoreLocale() {
        Messages.setLocale(before);
    }

    @Test
    void aTitleStatesWhatItSays() {
        Board noBaseline = with(complete(), "m", "Model", "Two-tower over a cross-encoder because we score 10M items.");
        assertTrue(check(noBaseline).contains("no-baseline@model"));
        assertFalse(check(with(noBaseline, "m", "LR baseline, then two-tower", noBaseline.node("m").get().text()))
                .contains("no-baseline@model"));
        assertFalse(check(with(noBaseline, "m", "基线：逻辑回归", noBaseline.node("m").get().text()))
                .contains("no-baseline@model"));
        assertFalse(check(with(noBaseline, "m", "Бейзлайн — логрег", noBaseline.node("m").get().text()))
                .contains("no-baseline@model"));
        // a title with content fills the box; a bare stage name does not
        assertFalse(check(with(complete(), "m", "Baseline: popularity", "")).contains("empty-stage@model"));
        assertTrue(check(with(complete(), "m", "Model", "")).contains("empty-stage@model"));
        assertTrue(check(with(complete(), "m", "3. Модель", "")).contains("empty-stage@model"));
    }

    @Test
    void aLatencyBudgetInRequirementsServesTheServingRule() {
        Board b = with(complete(), "s", "Serving", "Online ranking; batch candidates nightly.");
        assertTrue(check(b).contains("no-latency-budget@serving"));
        assertFalse(check(with(b, "r", "Requirements", "200M DAU; p99 under 100 ms end to end."))
                .contains("no-latency-budget@serving"));
        assertFalse(check(with(b, "r", "需求", "日活 2 亿，延迟 100 毫秒以内。")).contains("no-latency-budget@serving"));
        assertFalse(check(with(b, "r", "Требования", "Задержка до 50 мс, 10 тыс. RPS.")).contains("no-latency-budget@serving"));
        // a percentile with a number implies the unit
        assertFalse(check(with(b, "s", "Serving", "Online ranking, p99 < 80.")).contains("no-latency-budget@serving"));
        // a number without a unit is no budget
        assertTrue(check(with(b, "r", "Requirements", "200M DAU, 50k QPS.")).contains("no-latency-budget@serving"));
    }

    @Test
    void feedbackLoopIsQuietOnABoardWithoutArrows() {
        Board noArrows = complete().withEdges(List.of());
        Set<String> found = check(noArrows);
        assertFalse(found.contains("no-feedback-loop@monitoring"), found.toString());
        assertFalse(found.contains("disconnected-box@data"), found.toString());
        Board noLoop = complete().remove(List.of(), List.of("e8"));
        assertTrue(check(noLoop).contains("no-feedback-loop@monitoring"));
    }

    @Test
    void aNoteTitledLikeAMissingStageIsReportedWithAFix() {
        Messages.setLocale(Locale.ENGLISH);
        for (String title : List.of("Serving", "部署", "Сервинг", "Deployment plan", "7. Inference")) {
            Board b = complete().replaceNode(complete().node("s").orElseThrow().withStage(Stage.NOTE).withTitle(title));
            Finding f = Checker.check(b, Profiles.DEFAULT).stream()
                    .filter(x -> x.ruleId().equals("missing-stage")).findFirst().orElseThrow();
            assertEquals(Stage.SERVING, f.stage(), title);
            assertEquals("s", f.nodeId(), title);
            assertEquals(new Finding.StageFix("s", Stage.SERVING), f.fix(), title);
            assertTrue(f.message().contains("looks like your Serving box"), f.message());
            assertTrue(f.message().contains(title), f.message());

            Board fixed = Edits.changeStage(b, f.fix().nodeId(), f.fix().stage());
            assertEquals(Stage.SERVING, fixed.node("s").orElseThrow().stage());
            assertFalse(check(fixed).contains("missing-stage@serving"), title);
        }
        // an unrelated note gives the plain finding, without a fix
        Board other = complete().replaceNode(complete().node("o").orElseThrow().withStage(Stage.NOTE)
                .withTitle("Open questions"));
        Finding f = Checker.check(other, Profiles.DEFAULT).stream()
                .filter(x -> x.ruleId().equals("missing-stage")).findFirst().orElseThrow();
        assertEquals(Stage.MONITORING, f.stage());
        assertNull(f.fix());
        assertNull(f.nodeId());
    }

    @Test
    void chineseAndRussianNotesToo() {
        Board zh = complete().replaceNode(complete().node("o").orElseThrow().withStage(Stage.NOTE).withTitle("监控"));
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        Finding f = Checker.check(zh, Profiles.DEFAULT).stream()
                .filter(x -> x.ruleId().equals("missing-stage")).findFirst().orElseThrow();
        assertEquals(new Finding.StageFix("o", Stage.MONITORING), f.fix());
        assertTrue(f.message().contains("看起来就是你的监控方框"), f.message());
        Board ru = complete().replaceNode(complete().node("o").orElseThrow().withStage(Stage.NOTE)
                .withTitle("Мониторинг и алерты"));
        Messages.setLocale(Locale.forLanguageTag("ru"));
        f = Checker.check(ru, Profiles.DEFAULT).stream()
                .filter(x -> x.ruleId().equals("missing-stage")).findFirst().orElseThrow();
        assertEquals(new Finding.StageFix("o", Stage.MONITORING), f.fix());
        assertTrue(f.message().contains("похожа на ваш блок «Мониторинг»"), f.message());
    }

    @Test
    void everyShippedStageNameIsReadAsItsStage() throws IOException {
        for (String suffix : List.of("", "_zh", "_ru")) {
            Properties p = new Properties();
            try (InputStream in = getClass().getResourceAsStream("/org/stageboard/i18n/stages" + suffix + ".properties")) {
                p.load(new java.io.InputStreamReader(in, java.nio.charset.StandardCharsets.UTF_8));
            }
            for (Stage s : Stage.pipeline()) {
                String name = p.getProperty("stage." + s.id());
                assertNotNull(name, s + suffix);
                assertEquals(s, StageTitles.stageNamed(name), name);
                assertTrue(StageTitles.onlyStageNames(name), name);
                assertEquals(s, StageTitles.stageNamed(s.id()), s.id());
            }
        }
        assertTrue(StageTitles.onlyStageNames("Data & features"));
        assertTrue(StageTitles.onlyStageNames("2. 数据"));
        assertFalse(StageTitles.onlyStageNames("Data: clicks as labels"));
        assertEquals(Stage.MONITORING, StageTitles.stageNamed("Model monitoring"));
        assertNull(StageTitles.stageNamed("Serving is where we keep the model warm and the cache hot"));
        assertNull(StageTitles.stageNamed("Open questions"));
    }

    @Test
    void abbreviationsAreKnown() {
        Board b = with(complete(), "m", "Model", "LR first, then GBDT and a DNN ranker.");
        assertFalse(check(b).contains("no-baseline@model"));
        Board d = with(complete(), "d", "Data", "Pos/neg from sessions, split by time.");
        assertFalse(check(d).contains("no-label-source@data"));
        assertTrue(Vocabulary.MODEL_FAMILY.matches("GBDT vs DNN"));
        assertTrue(Vocabulary.RETRIEVAL_INDEX.matches("ANN index (HNSW) for candidates"));
        assertTrue(Vocabulary.SCALE.matches("50k QPS at peak"));
        assertTrue(Vocabulary.LATENCY.matches("P99 budget"));
        assertTrue(Vocabulary.ONLINE_METRIC.matches("CTR in the A/B"));
        assertFalse(Vocabulary.MODEL_FAMILY.matches("class LRU cache"));
    }

    @Test
    void onlineMetricsAndServingModesInChineseAndRussian() {
        for (String text : List.of("误拒率和拒付率", "线上看转化率", "доля ложных отказов", "A/B: удержание")) {
            assertTrue(Vocabulary.ONLINE_METRIC.matches(text), text);
        }
        for (String text : List.of("在线推理", "近实时流式处理", "每次请求打分", "на каждый запрос", "потоковая обработка")) {
            assertTrue(Vocabulary.SERVING_MODE.matches(text), text);
        }
        for (String text : List.of("人工标注", "正负样本", "разметка асессорами", "метки из чарджбэков")) {
            assertTrue(Vocabulary.LABEL_SOURCE.matches(text), text);
        }
        // whole words only: 人工智能 (AI) is no human labelling
        assertFalse(Vocabulary.LABEL_SOURCE.matches("人工智能平台"));
    }

    @Test
    void russianLabelSourcesInTheGenitivePlural() {
        for (String text : List.of("нет меток, берём клики", "разметка меток асессорами", "мало меток")) {
            assertTrue(Vocabulary.LABEL_SOURCE.matches(text), text);
        }
        assertFalse(Vocabulary.LABEL_SOURCE.matches("метод ближайших соседей"));
    }

    @Test
    void generationAndSpeechMetricsAreOfflineMetricsInAllThreeLanguages() {
        for (String text : List.of("BLEU and COMET on the dev set", "ROUGE-L", "CIDEr on captions", "FID 12.3",
                "CLIP score", "WER 8%", "CER on names", "perplexity", "word error rate", "看 BLEU 和困惑度", "词错误率 8%",
                "字错率", "WER и перплексия", "пословная ошибка 8%", "доля ошибочных слов")) {
            assertTrue(Vocabulary.OFFLINE_METRIC.matches(text), text);
        }
        assertFalse(Vocabulary.OFFLINE_METRIC.matches("we were there"));
    }

    @Test
    void aReasonWordAloneIsNoDecisionBegun() {
        Messages.setLocale(Locale.ENGLISH);
        Board b = with(complete(), "d", "Data", "only 11 price changes since launch, confounded w/ launches");
        List<Finding> unstated = Checker.check(b, Profiles.DEFAULT).stream()
                .filter(f -> f.ruleId().equals("unstated-tradeoff") && f.stage() == Stage.DATA).toList();
        assertEquals(1, unstated.size(), "the data box states no trade-off");
        assertTrue(unstated.get(0).message().contains("no trade-off stated"), unstated.get(0).message());
    }
}
