package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.fixtures.TestBoards.board;
import static org.stageboard.fixtures.TestBoards.box;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.check.ReferenceComparison.Kind;
import org.stageboard.check.ReferenceComparison.PointResult;
import org.stageboard.check.ReferenceComparison.StageResult;
import org.stageboard.check.ReferenceComparison.Status;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

class ReferenceComparisonTest {

    private static PointResult point(List<StageResult> r, Stage s, String startsWith) {
        return r.stream().filter(x -> x.stage() == s).flatMap(x -> x.points().stream())
                .filter(p -> p.point().text().startsWith(startsWith)).findFirst().orElseThrow();
    }

    @Test
    void keyTermsNormaliseStemAndSplitChinese() {
        assertEquals(List.of("label", "click", "purchas"),
                List.copyOf(KeyTerms.of("Labels from the clicks and purchases")));
        assertEquals(KeyTerms.of("labelled data"), KeyTerms.of("labeling datas"));
        // Chinese: words of the shared segmenter (issue 8), bigrams only for characters it does not know
        assertEquals(List.of("点击", "正样本"), List.copyOf(KeyTerms.of("点击作为正样本")));
        assertEquals(List.of("鲸鱼", "鱼骨"), List.copyOf(KeyTerms.of("鲸鱼骨")));
        assertEquals(KeyTerms.of("Метки из кликов"), KeyTerms.of("метка из клика"));
        assertTrue(KeyTerms.of("the and of").isEmpty());
    }

    @Test
    void pointsAreLinesBulletsAndTradeoffs() {
        Board ref = board(box("d", Stage.DATA, "• Labels from clicks\n- Split by time\nNegatives sampled 1:10\n\n")
                .withTradeoffs(List.of(new TradeOff("implicit labels", List.of("human labels"), "cheap"))));
        List<ReferenceComparison.Point> p = ReferenceComparison.points(ref, Stage.DATA);
        assertEquals(4, p.size());
        assertEquals(Kind.BULLET, p.get(0).kind());
        assertEquals("Labels from clicks", p.get(0).text());
        assertEquals(Kind.LINE, p.get(2).kind());
        assertEquals(Kind.TRADEOFF, p.get(3).kind());
    }

    @Test
    void englishPointsCoveredMissedAndElsewhere() {
        Board ref = board(
                box("d", Stage.DATA, "• Labels from clicks and purchases\n• Split by time to avoid leakage"),
                box("m", Stage.MODEL, "• Popularity baseline\n• Two-tower retrieval model"));
        Board user = board(
                box("d", Stage.DATA, "We label with clicked items and purchased ones."),
                box("m", Stage.MODEL, "Two tower model for retrieval"),
                box("e", Stage.EVALUATION, "Compare with a popularity baseline"));
        List<StageResult> r = ReferenceComparison.compare(user, ref);
        assertEquals(List.of(Stage.DATA, Stage.MODEL), r.stream().map(StageResult::stage).toList());
        PointResult labels = point(r, Stage.DATA, "Labels");
        assertEquals(Status.COVERED, labels.status());
        assertEquals(List.of("label", "click", "purchas"), labels.matched());
        PointResult split = point(r, Stage.DATA, "Split");
        assertEquals(Status.MISSED, split.status());
        assertTrue(split.missing().contains(KeyTerms.stemEn("leakage")), split.toString());
        PointResult baseline = point(r, Stage.MODEL, "Popularity");
        assertEquals(Status.COVERED_ELSEWHERE, baseline.status());
        assertEquals(Stage.EVALUATION, baseline.foundIn());
        assertEquals(Status.COVERED, point(r, Stage.MODEL, "Two-tower").status());
        StageResult data = r.get(0);
        assertEquals(1, data.covered());
        assertEquals(1, data.missed());
    }

    @Test
    void chineseAndRussianPoints() {
        Board ref = board(
                box("d", Stage.DATA, "• 用点击作为正样本\n• 按时间划分训练集和测试集"),
                box("s", Stage.SERVING, "• Пакетный скоринг раз в сутки\n• Задержка p99 меньше 100 мс"));
        Board user = board(
                box("d", Stage.DATA, "正样本来自点击；负样本随机采样。"),
                box("s", Stage.SERVING, "Пакетного скоринга достаточно: пересчёт раз в сутки."));
        List<StageResult> r = ReferenceComparison.compare(user, ref);
        PointResult zh = point(r, Stage.DATA, "用点击");
        assertEquals(Status.COVERED, zh.status(), zh.toString());
        assertTrue(zh.matched().contains("点击"));
        assertEquals(Status.MISSED, point(r, Stage.DATA, "按时间").status());
        PointResult batch = point(r, Stage.SERVING, "Пакетный");
        assertEquals(Status.COVERED, batch.status(), batch.toString());
        assertTrue(batch.matched().contains(KeyTerms.stemRu("пакетный")));
        assertEquals(Status.MISSED, point(r, Stage.SERVING, "Задержка").status());
    }

    @Test
    void onePointOfTwoTermsNeedsBoth() {
        Board ref = board(box("f", Stage.FEATURES, "negative sampling"));
        Board half = board(box("f", Stage.FEATURES, "random sampling"));
        assertEquals(Status.MISSED, ReferenceComparison.compare(half, ref).get(0).points().get(0).status());
        Board both = board(box("f", Stage.FEATURES, "we sample negatives"));
        assertEquals(Status.COVERED, ReferenceComparison.compare(both, ref).get(0).points().get(0).status());
    }

    @Test
    void eachVerdictQuotesTheUsersOwnSentences() {
        Board ref = board(
                box("d", Stage.DATA, "• Labels from clicks and purchases\n• Split by time to avoid leakage"),
                box("m", Stage.MODEL, "• Popularity baseline"));
        Board user = board(
                box("d", Stage.DATA, "Events from Kafka. We label with clicked items and purchased ones; random split."),
                box("e", Stage.EVALUATION, "• Compare with a popularity baseline"));
        List<StageResult> r = ReferenceComparison.compare(user, ref);
        PointResult labels = point(r, Stage.DATA, "Labels");
        assertEquals(List.of(new ReferenceComparison.Phrase("d", Stage.DATA,
                "We label with clicked items and purchased ones")), labels.words(), "the separator is dropped");
        PointResult baseline = point(r, Stage.MODEL, "Popularity");
        assertEquals(Status.COVERED_ELSEWHERE, baseline.status());
        assertEquals(List.of(new ReferenceComparison.Phrase("e", Stage.EVALUATION, "Compare with a popularity baseline")),
                baseline.words(), "bullet dropped, words as written");
        PointResult split = point(r, Stage.DATA, "Split");
        assertEquals(Status.MISSED, split.status());
        assertEquals("random split.", split.words().get(0).text(), "the closest the board comes");
    }

    @Test
    void chineseAndRussianPhrasesAndLongSentencesByClause() {
        Board ref = board(box("s", Stage.SERVING, "• 在线推理，延迟 100 毫秒以内\n• Пакетный скоринг раз в сутки"));
        String longRu = "Сервис отвечает синхронно, признаки берём из кэша, который обновляется каждые пять минут, "
                + "а пакетный скоринг кандидатов делаем раз в сутки ночью на кластере";
        Board user = board(box("s", Stage.SERVING, "实时服务。在线推理，延迟控制在 100 毫秒。\n" + longRu));
        List<StageResult> r = ReferenceComparison.compare(user, ref);
        assertEquals("在线推理，延迟控制在 100 毫秒。", point(r, Stage.SERVING, "在线推理").words().get(0).text());
        PointResult batch = point(r, Stage.SERVING, "Пакетный");
        assertEquals(Status.COVERED, batch.status());
        String quoted = batch.words().get(0).text();
        assertTrue(longRu.contains(quoted) && quoted.length() < longRu.length() && quoted.contains("пакетный скоринг"),
                quoted);
    }
}
