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
 * Follow-ups of issue 8, round 16, in English, Chinese and Russian: a question the board already answers stays quiet
 * (a stated retraining cadence, an hourly or orchestrated batch, probabilities summed rather than cut, an "answer only
 * from the context" rule, a stated operating point), and the same question is still asked where the board does not
 * state it.
 */
class FollowUpStatedFactsTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Wheat yield forecast; retrain the model on new seasons; retrain the model once a year",
        "小麦产量预测; 新季度数据来了就重训; 每年重训一次",
        "Прогноз урожайности; переобучаем модель на новых данных; переобучаем модель раз в год"})
    void aStatedRetrainCadenceAnswersHowOften(String title, String open, String stated) {
        String id = "g.monitoring.retrain";
        askedOnlyWhereNotStated(id, wheat(title, open), wheat(title, stated));
    }

    private static Board wheat(String title, String monitoring) {
        return board(title, Stage.REQUIREMENTS, "forecast by region, MAPE < 10%", Stage.DATA, "satellite NDVI, 10 years",
                Stage.MODEL, "LightGBM", Stage.EVALUATION, "MAPE by region", Stage.MONITORING, monitoring);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Queue wait forecast; real-time turnstile counts and session features; real-time turnstile counts, recomputed hourly",
        "排队时长预测; 实时闸机计数和会话特征; 实时闸机计数，每小时重算一次",
        "Прогноз очереди; счётчики турникетов в реальном времени, признаки сессии; счётчики турникетов в реальном времени, пересчёт каждый час"})
    void anHourlyBatchGetsNoMinutesStaleFeatureQuestion(String title, String live, String hourly) {
        String id = "g.features.freshness";
        askedOnlyWhereNotStated(id, queue(title, live), queue(title, hourly));
    }

    private static Board queue(String title, String features) {
        return board(title, Stage.REQUIREMENTS, "wait time per checkpoint", Stage.FEATURES, features, Stage.MODEL,
                "gradient boosting", Stage.EVALUATION, "MAE");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Booking cancellation; AUC 0.81, the planner acts on the top 200 bookings flagged; AUC 0.81, the planner sums probabilities per night into expected cancellations",
        "预约爽约预测; AUC 0.81，按阈值标记高风险预约; AUC 0.81，把每个时段的爽约概率加起来得到期望空号数",
        "Отмена брони; AUC 0.81, менеджер обзванивает брони выше порога; AUC 0.81, сумма вероятностей отмены по ночам даёт ожидаемое число отмен"})
    void probabilitiesSummedIntoACountGetNoThresholdQuestion(String title, String cut, String summed) {
        Board flagged = cancellations(title, cut);
        Board sums = cancellations(title, summed);
        assertFalse(ids(sums).contains("g.evaluation.auc-cut"), ids(sums).toString());
        assertFalse(ids(sums).contains("g.framing.threshold"), ids(sums).toString());
        assertTrue(ids(flagged).contains("g.framing.threshold") || ids(flagged).contains("g.evaluation.auc-cut"),
                ids(flagged).toString());
    }

    private static Board cancellations(String title, String evaluation) {
        return board(title, Stage.REQUIREMENTS, "binary classifier: will the booking be cancelled", Stage.DATA,
                "3 years of bookings", Stage.MODEL, "XGBoost classifier", Stage.EVALUATION, evaluation);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Helpdesk RAG assistant; LLM answers from the knowledge base; LLM answers only from the retrieved context, else hands over",
        "客服 RAG 助手; 大模型根据知识库回答; 大模型只根据检索到的内容回答，否则转人工",
        "RAG-ассистент поддержки; LLM отвечает по базе знаний; LLM отвечает только по контексту, иначе передаёт специалисту"})
    void anAnswerOnlyFromTheContextRuleAnswersGrounding(String title, String open, String rule) {
        String id = "g.model.grounding";
        askedOnlyWhereNotStated(id, helpdesk(title, open), helpdesk(title, rule));
    }

    private static Board helpdesk(String title, String model) {
        return board(title, Stage.REQUIREMENTS, "answer accountants' questions, RAG over the knowledge base", Stage.DATA,
                "knowledge base articles, retrieval with bm25", Stage.MODEL, model);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Clinic voice bot; dialogue: a state machine, not LLM, for predictability; no LLM in the loop, rules only; LLM drafts the answer; LLM answers price questions",
        "诊所语音机器人; 对话：状态机，不用大模型; 不是大模型，规则为主; 大模型生成回答; 大模型回答价格问题",
        "Голосовой робот клиники; диалог: конечный автомат, не LLM — ради предсказуемости; без LLM, только правила; LLM пишет ответ; LLM отвечает на вопросы о ценах"})
    void aBoxThatDeniesATermDoesNotMakeItTheSubject(String title, String denied1, String denied2, String said1,
                                                    String said2) {
        String llm = "llm|大模型";
        assertFalse(new BoardText(board(title, Stage.FRAMING, denied1, Stage.MODEL, denied2)).subject(llm));
        assertTrue(new BoardText(board(title, Stage.FRAMING, said1, Stage.MODEL, said2)).subject(llm));
    }

    /** {@code id} is asked of the board that leaves the fact open and not of the one that states it. */
    private static void askedOnlyWhereNotStated(String id, Board open, Board stated) {
        assertTrue(ids(open).contains(id), ids(open).toString());
        assertFalse(ids(stated).contains(id), ids(stated).toString());
    }
}
