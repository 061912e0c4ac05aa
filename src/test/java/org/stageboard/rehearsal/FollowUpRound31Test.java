package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 31, in English, Chinese and Russian: the premise of a question read from the board's
 * own words. Sets 31 and 32 drew questions worded for another kind of system and questions the board had answered.
 * A price the business offers for what it buys (a trade-in, a buyback) is a price it sets, so a pricing board with
 * photos among its inputs is not asked about cameras drifting or the cost of labelling images (a damage grader on the
 * same photos still is); a result set against the baseline named as such («база: … 31%», "旧方法 38%", "old method")
 * states the baseline (two figures with no baseline word do not); a load stated as a rate in any box ("~30M
 * searches/day") answers "how many users and items, what peak QPS?" (a latency bound alone does not); a ranker with the
 * current ETA among its inputs is no ETA model, so it is not asked how its predictions drift by horizon (a board framed
 * as predicting the ETA still is).
 */
class FollowUpRound31Test {
    private static final String BASELINE = "g.model.baseline";
    private static final String VISION_DRIFT = "g.monitoring.drift-vision";
    private static final String IMAGE_LABELS = "g.data.vision-labels";
    private static final String QPS = "g.requirements.scale";
    private static final String FORECAST_DRIFT = "g.monitoring.drift-forecast";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Preorder demand per store;backtest 2023/2024: store WAPE 31%, old method (manager's call) 38%;"
            + "backtest 2023/2024: store WAPE 31%, new SKUs 38%",
        "中秋月饼门店需求预测;回测 2023/2024: 门店级 WAPE 31%, 旧方法(店长报量) 38%;回测 2023/2024: 门店级 WAPE 31%, 新品 38%",
        "Почасовой прогноз заказов;WAPE по часу 23% (база: то же время неделю назад 31%);WAPE по часу 23%, по дням 31%"})
    void aResultAgainstTheNamedBaselineStatesIt(String title, String named, String twoFigures) {
        Board against = forecast(title, named);
        assertFalse(ids(against).contains(BASELINE), ids(against).toString());
        // near miss: two figures with no baseline word between them leave the simplest baseline open
        Board figures = forecast(title, twoFigures);
        assertTrue(ids(figures).contains(BASELINE), ids(figures).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Trade-in offer price for used cars;Used-car body damage grading from photos;offer = predicted resale price - "
            + "reconditioning - margin;grade body damage {none, light, heavy} per photo",
        "二手车以旧换新回收价;二手车车身损伤分级（照片）;回收价 = 预测转售价 - 整备成本 - 利润;每张照片分级: 无/轻/重损伤",
        "Цена выкупа автомобиля в трейд-ин;Оценка повреждений кузова по фото;предложение = прогноз цены перепродажи - "
            + "подготовка - маржа;класс повреждения {нет, лёгкое, тяжёлое} по каждому фото"})
    void anOfferedPriceIsAPriceNotACameraBoard(String priceTitle, String gradeTitle, String offer, String grade) {
        Board priced = photos(priceTitle, offer);
        assertFalse(ids(priced).contains(VISION_DRIFT), ids(priced).toString());
        assertFalse(ids(priced).contains(IMAGE_LABELS), ids(priced).toString());
        // near miss: grading the same photos is a vision board, whose cameras drift and whose images need labels
        Board graded = photos(gradeTitle, grade);
        assertTrue(ids(graded).contains(VISION_DRIFT), ids(graded).toString());
        assertTrue(ids(graded).contains(IMAGE_LABELS), ids(graded).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Sponsored jobs in search results;~30M searches/day, p95 < 120ms for ad ranking;p95 < 120ms for ad ranking",
        "搜索结果中的赞助职位排序;日均 ~3000 万次搜索, 广告排序 p95 < 120ms;广告排序 p95 < 120ms",
        "Спонсорские вакансии в поиске;~30 млн поисков в день, p95 < 120 мс на ранжирование рекламы;"
            + "p95 < 120 мс на ранжирование рекламы"})
    void aLoadStatedAsARateAnswersTheScaleQuestion(String title, String rate, String latencyOnly) {
        Board loaded = sponsored(title, rate);
        assertFalse(ids(loaded).contains(QPS), ids(loaded).toString());
        // near miss: a latency bound alone says nothing of how many requests arrive at peak
        Board bound = sponsored(title, latencyOnly);
        assertTrue(ids(bound).contains(QPS), ids(bound).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "'Order again' carousel;rank the user's past restaurants by P(order in this session);"
            + "predict the delivery time of each order, regression",
        "“再来一单”推荐位;按本次会话下单概率给用户历史餐厅排序;预测每单送达时间（回归）",
        "Карусель «Закажите снова»;ранжируем прошлые рестораны по P(заказ в этой сессии);"
            + "регрессия времени доставки каждого заказа"})
    void aRankerWithAnEtaInputIsNoEtaModel(String title, String ranks, String estimates) {
        Board ranker = delivery(title, ranks);
        assertFalse(ids(ranker).contains(FORECAST_DRIFT), ids(ranker).toString());
        // near miss: framed as estimating the delivery time, its predictions drift against fresh actuals
        Board eta = delivery(title, estimates);
        assertTrue(ids(eta).contains(FORECAST_DRIFT), ids(eta).toString());
    }

    private static Board delivery(String title, String framing) {
        return board(title, Stage.REQUIREMENTS, "~9M MAU, p99 < 150ms", Stage.FRAMING, framing, Stage.DATA,
                "order history 12 months", Stage.FEATURES, "recency, frequency, current ETA, fee now vs usual",
                Stage.MODEL, "LightGBM", Stage.SERVING, "features from Redis + live ETA service");
    }

    private static Board forecast(String title, String evaluation) {
        return board(title, Stage.REQUIREMENTS, "~800 stores, plan 45 days ahead", Stage.DATA, "4 years of POS",
                Stage.MODEL, "LightGBM per store x SKU, quantile p70", Stage.EVALUATION, evaluation);
    }

    private static Board photos(String title, String framing) {
        return board(title, Stage.REQUIREMENTS, "~60 dealers, answer online < 10 s", Stage.FRAMING, framing,
                Stage.DATA, "3 years of deals, ~150k, with 8 photos each", Stage.FEATURES,
                "make, model, mileage, photos -> CNN body damage score", Stage.MODEL, "CatBoost", Stage.SERVING,
                "online in the app");
    }

    private static Board sponsored(String title, String serving) {
        return board(title, Stage.FRAMING, "rank by bid x pCTR, slots 1, 4, 8", Stage.FEATURES,
                "query-job text match, location distance", Stage.MODEL, "pCTR DNN", Stage.SERVING, serving);
    }
}
