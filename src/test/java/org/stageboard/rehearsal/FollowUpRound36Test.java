package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.asks;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.skips;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.fixtures.TestBoards;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 36, in English, Chinese and Russian: questions set 41 asked of boards that had denied
 * what raised them, answered them, or left a note on the same point. A term said only where the board denies it ("not
 * a plain classifier", «не бандиты», "不是普通分类器") is not said; a note that quotes the label's own word already asks
 * what the label means; a note on a loop already asks the feedback-loop question; a label that comes the same day has
 * nothing to wait for.
 */
class FollowUpRound36Test {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "survival model on time-to-sale, not a plain classifier;plain classifier: sold or not;classifier",
        "生存模型，不是普通分类器;普通二分类器：卖出与否;分类器",
        "модель выживаемости, не классификатор;классификатор: продано или нет;классификатор",
        "a simulator rather than a 'best plan' classifier;a 'best plan' classifier;classifier",
        "симулятор вместо классификатора лучшего плана;классификатор лучшего плана;классификатор*"})
    void aDeniedTermIsNotSaid(String denied, String said, String term) {
        assertEquals(Optional.empty(), words(denied).find(term));
        assertTrue(words(said).find(term).isPresent(), said);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "не только клики, но и время просмотра;клики",
        "not only clicks but watch time;clicks",
        "不只看点击，也看时长;点击"})
    void notOnlyDeniesNothing(String text, String term) {
        assertTrue(words(text).find(term).isPresent(), text);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "a hint for the duty officer, not an automatic closure<br>horizon 24 h;horizon*",
        "подсказка дежурному, не автомат закрытия<br>горизонт 24ч;горизонт*",
        "给值班员的提示，不是自动封路<br>预测 24 小时;预测"})
    void aDenialEndsWithItsLine(String text, String term) {
        assertTrue(words(text.replace("<br>", "\n")).find(term).isPresent(), text);
    }

    private static BoardText words(String model) {
        return new BoardText(TestBoards.titled("Empty-leg flights", Stage.MODEL, model));
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "NOTAM briefing for dispatchers;labels: dispatchers marked 'relevant to this flight' on 600 flights;what is 'relevant'? dispatchers disagreed on 1 in 5;is the CAA ok with an AI summary?",
        "给调度员的 NOTAM 简报;标签：调度员标“相关”，600 个航班;“相关”到底指什么？两人 1/5 不一致;民航局认可 AI 摘要吗？",
        "Приложение для дачников;метка = «сделано» в течение 3 дней после пуша;«сделано» отмечают только любители галочек?;погода по региону или по координатам?"})
    void aNoteQuotingTheLabelAsksWhatItMeans(String title, String label, String quoting, String elsewhere) {
        String id = "g.data.label-meaning";
        skips(labelled(title, label, quoting), id);
        asks(labelled(title, label, elsewhere), id);
    }

    private static Board labelled(String title, String label, String note) {
        return board(title, Stage.REQUIREMENTS, "rank items per user", Stage.DATA, label, Stage.MODEL,
                "LightGBM ranker", Stage.EVALUATION, "NDCG@5", Stage.NOTE, note);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Concrete truck dispatch;dispatch by p80 -> trucks early -> longer waits -> next forecast longer? feedback loop;GPS gaps in tunnels?",
        "商混站罐车发车;按 p80 排 -> 车早到 -> 等待变长 -> 下次预测更长？反馈环;隧道里 GPS 丢点？",
        "Бетоновозы: диспетчеризация;по p80 -> машины раньше -> ожидание дольше -> прогноз ещё дольше? петля;GPS пропадает в тоннелях?"})
    void aNoteOnALoopAsksTheFeedbackLoopQuestion(String title, String loop, String elsewhere) {
        String id = "g.monitoring.feedback-loop";
        skips(looped(title, loop), id);
        asks(looped(title, elsewhere), id);
    }

    private static Board looped(String title, String note) {
        return board(title, Stage.REQUIREMENTS, "cut waiting on site by half", Stage.DATA, "1 yr of GPS, logs",
                Stage.MODEL, "LightGBM quantile p50/p80", Stage.SERVING, "rules engine every 15 min",
                Stage.MONITORING, "weekly MAE, retrain monthly", Stage.NOTE, note);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "label = actual boardings, same day, no delay;label = actual boardings, known weeks later",
        "标签 = 闸机人次，当天就有;标签 = 闸机人次，几周后才知道",
        "метка = фактические посадки, без задержки;метка = фактические посадки, известны через недели"})
    void aLabelKnownTheSameDayHasNothingToWaitFor(String sameDay, String later) {
        String id = "g.data.label-final";
        asks(pilots(later), id);
        skips(pilots(sameDay), id);
    }

    private static Board pilots(String data) {
        return board("Harbor pilot boarding forecast", Stage.FRAMING, "boardings per hour, 48 h ahead", Stage.DATA,
                data, Stage.MODEL, "global LightGBM", Stage.EVALUATION, "MAE per hour, time split");
    }
}
