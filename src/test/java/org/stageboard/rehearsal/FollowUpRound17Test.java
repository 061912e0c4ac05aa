package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.text.TextNorm;

/**
 * Follow-ups of issue 8, round 17, in English, Chinese and Russian: what the board states in other words than the
 * bank's answers the question (an alert load per shift, a loss that weighs the rare class, a proxy metric named next
 * to the business metric), and the same question is still asked where the board leaves it open.
 */
class FollowUpRound17Test {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Leak detection on pump stations; alert the on-call engineer on each anomaly; alert the on-call engineer; the crew handles ~25 alerts per shift",
        "泵站泄漏检测; 每个异常都推送告警给值班工程师; 推送告警给值班工程师; 每班约 25 条告警，值班员处理得过来",
        "Утечки на насосных станциях; каждая аномалия — алерт дежурному инженеру; алерт дежурному инженеру; дежурный разбирает ~25 алертов за смену"})
    void aStatedAlertLoadAnswersHowManyAlerts(String title, String open, String serving, String load) {
        String id = "g.monitoring.alert-fatigue";
        assertTrue(ids(pumps(title, open, "")).contains(id), ids(pumps(title, open, "")).toString());
        assertFalse(ids(pumps(title, serving, load)).contains(id), ids(pumps(title, serving, load)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "false alerts ~60/day, too many for the crew",
        "误报告警 每天 60 条，太多了",
        "ложных алертов ~60/сут — многовато"})
    void anAlertLoadCalledTooManyStaysTheCandidatesOpenPoint(String load) {
        BoardSignals s = new BoardSignals(TextNorm.normalize(load), Optional.empty());
        assertFalse(s.shows("#alert-volume"), load);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "the on-call team can take at most 20 alerts a day | false alerts ~60/day, too many",
        "值班最多处理每天 20 条告警 | 误报每天 60 条告警，太多",
        "не более ~20 алертов в сутки | ложных алертов ~60/сут — многовато",
        "QA samples 50 alarms per shift to confirm", "每班质检员抽 50 个报警确认"})
    void aCapBesideALoadCalledTooManyOrAnAuditSampleIsNoAnswer(String text) {
        String board = text.replace(" | ", "\n"); // two lines of one board
        assertFalse(new BoardSignals(TextNorm.normalize(board), Optional.empty()).shows("#alert-volume"), board);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "reviewers get ~400 alerts/day", "ложных тревог на 1 смену: 4", "每天 30 条报警", "12 alarms a night"})
    void alertLoadsAreReadInEitherOrder(String load) {
        assertTrue(new BoardSignals(TextNorm.normalize(load), Optional.empty()).shows("#alert-volume"), load);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "40 pages per day of scanned invoices", "alert if the score drifts", "每天 30 条订单"})
    void otherCountsAreNoAlertLoad(String text) {
        assertFalse(new BoardSignals(TextNorm.normalize(text), Optional.empty()).shows("#alert-volume"), text);
    }

    private static Board pumps(String title, String serving, String monitoring) {
        return board(title, Stage.REQUIREMENTS, "detect leaks within 10 min", Stage.FRAMING,
                "anomaly detection on pressure and flow", Stage.DATA, "2 years of SCADA readings", Stage.MODEL,
                "isolation forest baseline, then LSTM autoencoder", Stage.SERVING, serving, Stage.MONITORING,
                monitoring.isEmpty() ? "false alarm rate per station" : monitoring);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Van arrivals at a depot; regression of minutes late per van, quantiles P10-P90; drivers see a recommended arrival window; recommended window in the carrier portal",
        "仓库到车预测; 回归：每辆车晚到多少分钟，分位数; 司机能看到推荐的到达时段; 承运商门户展示推荐时段",
        "Прибытие фургонов на склад; регрессия опоздания в минутах, квантили P10–P90; водители видят рекомендованное окно; рекомендуемое окно в кабинете перевозчика"})
    void aFramingThatStatesAnotherTaskMakesNoRecommender(String title, String framing, String requirements,
                                                         String serving) {
        Board b = board(title, Stage.REQUIREMENTS, requirements, Stage.FRAMING, framing, Stage.DATA,
                "gate logs and GPS tracks, 2 years", Stage.MODEL, "LightGBM quantile", Stage.SERVING, serving);
        assertFalse(BoardDomains.of(new BoardText(b)).contains("ranking"), BoardDomains.of(new BoardText(b)).toString());
        assertFalse(ids(b).contains("g.model.filter-bubble"), ids(b).toString());
        assertFalse(ids(b).contains("g.evaluation.off-policy"), ids(b).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Video recommendations; binary classification: will the user watch past 30 s",
        "视频推荐; 二分类：用户是否看完 30 秒",
        "Рекомендации видео; бинарная классификация: досмотрит ли пользователь 30 с"})
    void aRecommenderFramedAsClassificationStaysOne(String title, String framing) {
        Board b = board(title, Stage.FRAMING, framing, Stage.DATA, "watch logs", Stage.MODEL, "two-tower + GBDT");
        assertTrue(BoardDomains.of(new BoardText(b)).contains("ranking"), BoardDomains.of(new BoardText(b)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Mobile game: which offer to show in the shop; revenue per user +8%, D7 retention must not drop; raise D7 retention by 3 points",
        "手游商店推荐礼包; 人均收入 +8%，次日留存不能掉; 次日留存提升 3 个点",
        "Мобильная игра: какое предложение показать в магазине; выручка на игрока +8%, удержание D7 не падает; поднять удержание D7 на 3 п.п."})
    void retentionHeldAsAGuardrailIsNoChurnBoard(String title, String guardrail, String goal) {
        String id = "g.evaluation.retention-holdout";
        assertFalse(ids(shop(title, guardrail)).contains(id), ids(shop(title, guardrail)).toString());
        assertTrue(ids(shop(title, goal)).contains(id), ids(shop(title, goal)).toString());
    }

    private static Board shop(String title, String requirements) {
        return board(title, Stage.REQUIREMENTS, requirements, Stage.DATA, "purchase logs, retention by cohort",
                Stage.MODEL, "GBDT on player features", Stage.EVALUATION, "A/B test by player, 2 weeks");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Museum tickets: a personalised price per visitor; price per user from five levels, predict P(buy | price) and pick the best",
        "博物馆门票个性化定价; 每个用户从五档价格里选一个，预测 P(购买 | 价格)",
        "Билеты в музей: персональная цена для посетителя; цена для каждого из пяти уровней, P(покупки | цена)"})
    void aBoardThatSetsAPricePerPersonIsAPricingBoard(String title, String framing) {
        Board b = board(title, Stage.FRAMING, framing, Stage.DATA, "ticket sales, 2 years", Stage.MODEL, "GBDT");
        assertTrue(BoardDomains.of(new BoardText(b)).contains("pricing"), BoardDomains.of(new BoardText(b)).toString());
        Board hotel = board("Hotel search ranking", Stage.FEATURES, "price per night, distance, rating", Stage.MODEL,
                "LambdaMART");
        assertFalse(BoardDomains.of(new BoardText(hotel)).contains("pricing"));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Parcel locker demand; 3 years of pickups, split train/test; 3 years of pickups, test = the last 2 months",
        "快递柜需求; 三年取件记录，划分训练集和测试集; 三年取件记录，train 前 34 个月 / test 后 2 个月",
        "Спрос на постаматы; выдачи за 3 года, сплит train/test; выдачи за 3 года, последние 2 месяца — тест"})
    void aTestSetCutByTimeAnswersTheSplitQuestion(String title, String open, String byTime) {
        String id = "g.data.split";
        assertTrue(ids(lockers(title, open)).contains(id), ids(lockers(title, open)).toString());
        assertFalse(ids(lockers(title, byTime)).contains(id), ids(lockers(title, byTime)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"A/B test over the last 2 weeks", "A/B-тест за последние 2 недели",
        "random 80/20 split"})
    void anABTestOrARandomSplitIsNoTimeSplit(String text) {
        assertFalse(new BoardSignals(TextNorm.normalize(text), Optional.empty()).shows("#time-split"), text);
    }

    private static Board lockers(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "forecast daily pickups per locker, 14 days ahead", Stage.DATA, data,
                Stage.MODEL, "LightGBM with lags", Stage.EVALUATION, "WAPE by locker");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"ученики 10 и 11 класса", "задачи для 11 класса", "в 10 классе"})
    void aSchoolGradeIsNoClassCount(String text) {
        assertFalse(new BoardSignals(TextNorm.normalize(text), Optional.empty()).shows("#class-count"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {"14 классов дефектов", "22 класса обращений", "101 класс товаров", "86 категорий"})
    void aRussianClassCountIsStillOne(String text) {
        assertTrue(new BoardSignals(TextNorm.normalize(text), Optional.empty()).shows("#class-count"), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Card fraud detection; binary classifier, fraud is rare (0.2%); binary classifier, fraud is rare (0.2%), weighted loss with pos_weight = 50",
        "信用卡欺诈检测; 二分类，欺诈很少（0.2%）; 二分类，欺诈很少（0.2%），用加权损失",
        "Выявление мошенничества по картам; бинарный классификатор, мошенничество редкое (0,2%); бинарный классификатор, мошенничество редкое (0,2%), взвешенная функция потерь"})
    void aLossThatWeighsTheRareClassAnswersImbalance(String title, String open, String weighted) {
        String id = "g.data.imbalance";
        assertTrue(ids(fraud(title, open)).contains(id), ids(fraud(title, open)).toString());
        assertFalse(ids(fraud(title, weighted)).contains(id), ids(fraud(title, weighted)).toString());
    }

    private static Board fraud(String title, String model) {
        return board(title, Stage.REQUIREMENTS, "block fraudulent card payments, p99 < 50 ms", Stage.DATA,
                "card transactions with chargeback labels", Stage.MODEL, model, Stage.EVALUATION, "PR-AUC");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Course search ranking; proxy metric: NDCG@10 on graded clicks; proxy metric: NDCG@10 on graded clicks; business metric: enrolments per search",
        "课程搜索排序; 代理指标：按点击分级的 NDCG@10; 代理指标：按点击分级的 NDCG@10; 业务指标：每次搜索的报名数",
        "Ранжирование поиска курсов; прокси-метрика: NDCG@10 по кликам; прокси-метрика: NDCG@10 по кликам; бизнес-метрика: записи на курс с поиска"})
    void aProxyNamedBesideTheBusinessMetricAnswersTheProxyQuestion(String title, String open, String proxy,
                                                                  String business) {
        String id = "g.framing.proxy";
        assertTrue(ids(courses(title, open, "")).contains(id), ids(courses(title, open, "")).toString());
        assertFalse(ids(courses(title, proxy, business)).contains(id), ids(courses(title, proxy, business)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Bot detection on a booking site; IP reputation, residential proxy list, ASN type",
        "Детекция ботов на сайте бронирований; репутация IP, список прокси, тип ASN"})
    void aNetworkProxyIsNoProxyMetric(String title, String features) {
        Board b = board(title, Stage.REQUIREMENTS, "block scraping bots", Stage.FRAMING, "binary classifier: bot or human",
                Stage.FEATURES, features, Stage.MODEL, "GBDT", Stage.EVALUATION, "precision at 0.1% FPR");
        assertFalse(ids(b).contains("g.framing.proxy"), ids(b).toString());
    }

    private static Board courses(String title, String evaluation, String requirements) {
        return board(title, Stage.REQUIREMENTS, requirements.isEmpty() ? "search over 40k courses" : requirements,
                Stage.FRAMING, "learning to rank over the query's courses", Stage.DATA, "search logs, clicks, impressions",
                Stage.MODEL, "LambdaMART", Stage.EVALUATION, evaluation);
    }
}
