package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 32, in English, Chinese and Russian: questions the board had answered. Sets 33 to 35
 * asked an LLM board how its generated answers are evaluated where the Evaluation box reported people's ratings or an
 * invented-fact rate, how hallucinations are caught where the Monitoring box watched for them, and how the data is
 * split so nothing leaks where the board split by a group or ran a backtest. Each is still asked where the board
 * leaves it open: an Evaluation box that names a metric only, a Monitoring box without invented facts, a random split
 * or a split by image. Outputs counted and scored answer the evaluation question (a sample with no result does not), a vLLM stack
 * what a request costs, traffic to explore new items how they get exposure; and a quote never starts inside "km/h".
 */
class FollowUpRound32Test {
    private static final String GENERATION_EVAL = "g.evaluation.generation";
    private static final String GENERATION_SAFETY = "g.monitoring.generation-safety";
    private static final String SPLIT = "g.data.split";

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM release notes from merged PRs;coverage of merged PRs;40 releases rated by 3 tech writers: coverage 0.86, invented claims 4%",
        "大模型生成直播带货脚本;脚本覆盖卖点;人工评 300 条: 事实错误率 6%",
        "LLM пишет тексты вакансий;охват требований из заявки;галлюцинации в 5% текстов на 200 заявках"})
    void ratedOrInventedFactsInEvaluationAnswerHowGenerationIsEvaluated(String title, String open, String stated) {
        askedOnlyWhereNotStated(GENERATION_EVAL, drafts(title, Stage.EVALUATION, open), drafts(title, Stage.EVALUATION, stated));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM release notes from merged PRs;edit rate, time to publish;edit rate, time to publish, invented-claim reports from approvers",
        "大模型生成直播带货脚本;采纳率、修改率;采纳率、修改率、抽检编造的卖点",
        "LLM пишет тексты вакансий;доля правок, время до публикации;доля правок, выдуманные требования в выборке за неделю"})
    void inventedFactsWatchedInMonitoringAnswerHowHallucinationsAreCaught(String title, String open, String stated) {
        askedOnlyWhereNotStated(GENERATION_SAFETY, drafts(title, Stage.MONITORING, open),
                drafts(title, Stage.MONITORING, stated));
    }

    private static Board drafts(String title, Stage stage, String text) {
        return board(title, Stage.REQUIREMENTS, "draft text for a human to approve", Stage.DATA, "2 years of approved texts",
                Stage.MODEL, "hosted LLM with a prompt and 5 examples", stage, text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Skip-intro detection;train/test split, watch for leakage;split by show not by episode, leakage across seasons;split by image",
        "舌象诊断;训练集/测试集划分，注意泄漏;按患者划分训练集和测试集，防止泄漏;按图片划分训练集和测试集，防止泄漏",
        "Вес коров по камере;сплит train/test, следим за утечкой;сплит по коровам: train/test без утечки;сплит по кадрам: train/test без утечки"})
    void aSplitByGroupAnswersHowTheSplitAvoidsLeaks(String title, String open, String grouped, String byItem) {
        askedOnlyWhereNotStated(SPLIT, camera(title, open), camera(title, grouped));
        // near miss: a split by image keeps the near-copies of one subject on both sides
        assertTrue(ids(camera(title, byItem)).contains(SPLIT), ids(camera(title, byItem)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Car wash daily visits;train/test split, careful with leakage;rolling backtest 8 weeks, careful with leakage",
        "门店客流预测;训练集/测试集划分，注意泄漏;滚动回测 8 周，注意泄漏",
        "Прогноз посещений автомойки;сплит train/test, осторожно с утечкой;скользящий бэктест 8 недель, осторожно с утечкой"})
    void aBacktestAnswersHowTheSplitAvoidsLeaks(String title, String open, String backtest) {
        askedOnlyWhereNotStated(SPLIT, camera(title, open), camera(title, backtest));
    }

    private static Board camera(String title, String data) {
        return board(title, Stage.REQUIREMENTS, "weekly report", Stage.DATA, data, Stage.MODEL, "gradient boosting",
                Stage.EVALUATION, "MAE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM flight rebooking assistant;task success on replayed chats;400 replayed chats: task success 71%, policy violations 2.5%;400 replayed chats kept for a later review",
        "大模型合同风险审查;高风险条款召回;300 份 held-out 合同: 高风险条款 recall 0.88;300 份合同留作之后复查",
        "LLM-подсказки оператору банка;корректность ответов;600 диалогов, эксперты: корректно 78%, ошибка в фактах 6%;600 диалогов отложены на проверку"})
    void outputsCountedAndScoredAnswerHowGenerationIsEvaluated(String title, String open, String sampled, String unscored) {
        askedOnlyWhereNotStated(GENERATION_EVAL, drafts(title, Stage.EVALUATION, open),
                drafts(title, Stage.EVALUATION, sampled));
        // near miss: a sample with no result says what will be evaluated, not how it went
        Board kept = drafts(title, Stage.EVALUATION, unscored);
        assertTrue(ids(kept).contains(GENERATION_EVAL), ids(kept).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "LLM bank chat hints;hint shown when the client stops typing;on-prem 8xA100, vLLM, hint shown when the client stops typing",
        "大模型生成商品标题;商家后台点生成, < 4s 返回 3 条;商家后台点生成, < 4s 返回 3 条, vLLM 4 卡",
        "LLM-подсказки оператору;подсказка, когда клиент закончил печатать;on-prem, vLLM, continuous batching; подсказка сразу"})
    void aServingStackThatBatchesAnswersWhatARequestCosts(String title, String open, String batched) {
        String id = "g.serving.generation-cost";
        askedOnlyWhereNotStated(id, drafts(title, Stage.SERVING, open), drafts(title, Stage.SERVING, batched));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Music app home feed;new tracks arrive daily;new tracks arrive daily, 5% of traffic to explore them",
        "音乐 App 首页推荐;新歌每天上线;新歌每天上线, 给 5% 流量探索",
        "Лента музыкального приложения;новые треки каждый день;новые треки каждый день, бандит на 5% трафика"})
    void exploreTrafficForNewItemsAnswersHowTheyGetExposure(String title, String open, String explored) {
        String id = "g.features.new-entities";
        askedOnlyWhereNotStated(id, feed(title, open), feed(title, explored));
    }

    private static Board feed(String title, String features) {
        return board(title, Stage.REQUIREMENTS, "DAU 8M, home feed p99 < 150 ms", Stage.FRAMING,
                "rank tracks by P(listen > 30 s)", Stage.FEATURES, features, Stage.MODEL, "two-tower + DIN ranker");
    }

    @Test
    void aQuoteNeverStartsInsideAWordWithASlash() {
        Board crash = board("Phone crash detection", Stage.FRAMING, "crash or not, from accelerometer",
                Stage.FEATURES, "peak g-force, speed was > 25 km/h in last 30s, speed now ~0");
        Optional<RankedFollowUp> asked = PlannedBoards.find(crash, "g.features.point-in-time");
        assertTrue(asked.isPresent(), ids(crash).toString());
        String question = asked.get().question().question();
        assertTrue(question.contains("25 km/h in last 30s"), question);
        assertFalse(question.contains("“h in"), question);
    }

    /** {@code id} is asked of the board that leaves the fact open and not of the one that states it. */
    private static void askedOnlyWhereNotStated(String id, Board open, Board stated) {
        assertTrue(ids(open).contains(id), ids(open).toString());
        assertFalse(ids(stated).contains(id), ids(stated).toString());
    }
}
