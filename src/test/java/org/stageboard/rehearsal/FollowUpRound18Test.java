package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.text.TextNorm;

/**
 * Follow-ups of issue 8, round 18, in English, Chinese and Russian: what the board reports or caps answers the
 * question (an A/B it ran, an endpoint the app calls), a cost cap per request is quoted back, and a text classifier
 * whose words mention generation is no LLM board.
 */
class FollowUpRound18Test {

    private static boolean shows(String text, String signal) {
        return new BoardSignals(TextNorm.normalize(text), Optional.empty()).shows(signal);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "online A/B by store, 3 weeks: basket size 41 -> 43", "A/B: add-to-cart +2.4%", "AB 实验 2 周，转化 +1.8%",
        "A/B-тест 3 недели: заказы +4%", "ran an online experiment for 10 days"})
    void aReportedABTestIsAResult(String text) {
        assertTrue(shows(text, "#ab-result"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "A/B planned: 3 weeks on 5% of users", "计划做 A/B 实验 2 周", "A/B-тест будет 3 недели", "A/B test before launch"})
    void aPlannedABTestIsNoResult(String text) {
        assertFalse(shows(text, "#ab-result"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Recipe recommendations; A/B planned: 3 weeks; online A/B by user, 3 weeks: saves per session +6%",
        "菜谱推荐; 计划做 A/B 实验 2 周; 在线 A/B 实验 2 周：收藏率 +6%",
        "Рекомендации рецептов; A/B-тест будет 3 недели; A/B-тест 3 недели: сохранения +6%"})
    void aFinishedABTestAnswersTheOffPolicyQuestion(String title, String planned, String ran) {
        String id = "g.evaluation.off-policy";
        assertTrue(ids(recipes(title, planned)).contains(id), ids(recipes(title, planned)).toString());
        assertFalse(ids(recipes(title, ran)).contains(id), ids(recipes(title, ran)).toString());
    }

    private static Board recipes(String title, String evaluation) {
        return board(title, Stage.REQUIREMENTS, "home feed of recipes, 2M users", Stage.FRAMING,
                "rank candidate recipes per user", Stage.DATA, "saves and cooks from logs, candidates from catalog",
                Stage.MODEL, "two-tower retrieval + GBDT ranker", Stage.EVALUATION, "NDCG@10 offline\n" + evaluation,
                Stage.SERVING, "candidates refreshed nightly, ranking online");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "cost cap $0.01 per ticket", "budget: 0.3 cents per request", "成本不超过 0.05 元/次", "стоимость не выше 1 ₽ за запрос"})
    void aCostPerRequestIsACap(String text) {
        assertTrue(shows(text, "#cost-cap"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "GPU budget: 4 A100", "cost of a missed fraud ~ $120", "每月成本 3 万元", "стоимость ошибки 5000 ₽"})
    void aCostThatIsNoPricePerRequestIsNoCap(String text) {
        assertFalse(shows(text, "#cost-cap"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM invoice field extraction; answers within 5 s; cost cap $0.01 per invoice",
        "大模型发票字段抽取; 5 秒内返回; 成本不超过 0.05 元/张",
        "Извлечение полей из счетов через LLM; ответ за 5 с; стоимость не выше 1 ₽ за счёт"})
    void aCostCapAnswersWhatOneRequestCosts(String title, String open, String capped) {
        String id = "g.serving.generation-cost";
        assertTrue(ids(invoices(title, open)).contains(id), ids(invoices(title, open)).toString());
        List<String> asked = ids(invoices(title, open + "\n" + capped));
        assertFalse(asked.contains(id), asked.toString());
        assertTrue(asked.contains("g.serving.cost-cap"), asked.toString());
    }

    private static Board invoices(String title, String requirements) {
        return board(title, Stage.REQUIREMENTS, requirements, Stage.FRAMING, "LLM extracts 12 fields as JSON",
                Stage.MODEL, "gpt-4o-mini via API, prompted with the schema", Stage.SERVING, "queue worker per invoice");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Flagging machine-generated product reviews; binary classification: human vs machine-generated; multi-label classifier of complaint calls; agent prompt shown above 0.7",
        "识别 AI 生成的商品评论; 二分类：人写的还是 AI 生成的; 投诉电话多标签分类; 超过 0.7 时给坐席弹出提示",
        "Поиск сгенерированных отзывов; бинарная классификация: человек или сгенерировано; многометочная классификация звонков; промпт оператору при p > 0.7"})
    void aTextClassifierIsNoLlmBoard(String title, String detector, String calls, String prompt) {
        Board essays = board(title, Stage.FRAMING, detector, Stage.DATA, "30k reviews, 10k generated with GPT-4o",
                Stage.MODEL, "DeBERTa fine-tuned + perplexity features");
        Board agents = board(title, Stage.FRAMING, calls + "\n" + prompt, Stage.DATA, "past calls with CRM flags",
                Stage.SERVING, prompt);
        assertFalse(BoardDomains.of(new BoardText(essays)).contains("generate"), BoardDomains.of(new BoardText(essays)).toString());
        assertFalse(BoardDomains.of(new BoardText(agents)).contains("generate"), BoardDomains.of(new BoardText(agents)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Ticket triage with an LLM; classification of tickets into 20 queues by a prompted LLM",
        "工单分流; 用大模型做工单分类，20 个队列",
        "Маршрутизация тикетов; классификация тикетов по 20 очередям через LLM с промптингом"})
    void aClassifierThatIsAnLlmStaysOne(String title, String framing) {
        Board b = board(title, Stage.FRAMING, framing, Stage.MODEL, "GPT-4o-mini, prompt with examples, summarises the ticket");
        assertTrue(BoardDomains.of(new BoardText(b)).contains("generate"), BoardDomains.of(new BoardText(b)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Offer picker in a mobile game; offers chosen per session; the app calls /offer, < 150 ms",
        "手游礼包推荐; 每次会话选礼包; 客户端调用接口 /offer，< 150 ms",
        "Офферы в мобильной игре; оффер на сессию; приложение дёргает эндпоинт /offer, < 150 мс"})
    void anEndpointTheAppCallsAnswersDeviceOrServer(String title, String open, String endpoint) {
        String id = "g.serving.device";
        assertTrue(ids(game(title, open)).contains(id), ids(game(title, open)).toString());
        assertFalse(ids(game(title, endpoint)).contains(id), ids(game(title, endpoint)).toString());
    }

    private static Board game(String title, String serving) {
        return board(title, Stage.REQUIREMENTS, "mobile app, 3M daily players", Stage.FRAMING,
                "multiclass: which of 4 offers to show", Stage.MODEL, "LightGBM multiclass", Stage.SERVING, serving);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "AUC 0.87 on the last quarter", "macro F1 = 0.64", "MAPE 18% at week 1", "召回率 0.83，精确率 0.61",
        "точность 0,92 на отложенной выборке", "NDCG@10: 0.41"})
    void aReportedResultIsAClaim(String text) {
        assertTrue(shows(text, "#eval-result"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "recall ≥ 0.95", "target F1 0.8", "召回率目标 0.9", "точность должна быть 0,9", "NDCG@10 offline",
        "recall@100 for retrieval"})
    void aTargetOrAMetricWithoutItsNumberIsNoResult(String text) {
        assertFalse(shows(text, "#eval-result"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Pothole detection from bus cameras; mAP 0.62 on 3 cities; mAP 0.62 on 3 cities, reported per city; 0.62",
        "公交摄像头识别坑洼; 3 个城市测试集 F1 0.71; 3 个城市测试集 F1 0.71，按城市分层看; 0.71",
        "Ямы на дорогах по камерам автобусов; F1 0,71 на трёх городах; F1 0,71 на трёх городах, срез по каждому городу; 0,71"})
    void aReportedResultIsQuotedUntilItIsBrokenDown(String title, String result, String sliced, String number) {
        String id = "g.evaluation.result-slice";
        Optional<RankedFollowUp> asked = PlannedBoards.find(potholes(title, result), id);
        assertTrue(asked.isPresent(), ids(potholes(title, result)).toString());
        // the number it quotes is the board's own
        assertTrue(asked.get().question().question().contains(number),
                asked.get().question().question());
        assertFalse(ids(potholes(title, sliced)).contains(id), ids(potholes(title, sliced)).toString());
    }

    private static Board potholes(String title, String evaluation) {
        return board(title, Stage.REQUIREMENTS, "report potholes to the city within a day", Stage.FRAMING,
                "detect potholes in frames", Stage.DATA, "20k labelled frames", Stage.MODEL, "YOLOv8-s",
                Stage.EVALUATION, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "baseline: the ops team's rule (score > 0.9 and 3+ reports); the model blocks when P(abuse) > 0.8",
        "基线：运营规则（分数 > 0.9 且举报 ≥ 3）; 模型 P(违规) > 0.8 时拦截",
        "бейзлайн: правило команды (score > 0,9 и жалоб ≥ 3); модель блокирует при P(abuse) > 0,8"})
    void aCutOnTheBaselineLineIsNotTheModelsCut(String baseline, String modelCut) {
        assertFalse(shows(baseline, "#threshold-stated"), baseline);
        assertTrue(shows(modelCut, "#threshold-stated"), modelCut);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Spam SMS filtering; rules: block if spam words > 0.95 share; block when P(spam) > 0.9",
        "垃圾短信过滤; 规则：垃圾词占比 > 0.95 就拦截; P(垃圾) > 0.9 时拦截",
        "Фильтр спам-SMS; правила: блок, если доля спам-слов > 0,95; блок при P(spam) > 0,9"})
    void theCutIsQuotedWhereItsNumberEnds(String title, String rule, String cut) {
        Board b = board(title, Stage.FRAMING, "binary classifier of SMS", Stage.MODEL, rule + "\n" + cut,
                Stage.EVALUATION, "PR-AUC on last month");
        Optional<RankedFollowUp> asked = PlannedBoards.find(b, "g.evaluation.threshold-origin");
        assertTrue(asked.isPresent(), ids(b).toString());
        assertTrue(asked.get().question().question().contains(cut), asked.get().question().question());
    }
}
