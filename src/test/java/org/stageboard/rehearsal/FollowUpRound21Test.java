package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;
import org.stageboard.text.TextNorm;

/**
 * Follow-ups of issue 8, round 21, in English, Chinese and Russian: a question worded for one kind of system waits
 * for that kind. Grounding in retrieved documents needs retrieval that feeds generated answers (not candidate
 * retrieval for matching), alert fatigue a board about detecting events (not one alert rule on a pricing board),
 * the transcript-drift question a system that recognises what is said (not a sound-scene classifier), users and QPS a
 * served system (not a model on the device, a price setter or a forecast), and a Russian «через» says "later" only before an amount of time.
 */
class FollowUpRound21Test {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Recalled product listing matching;retrieval: notice -> candidate listings, then a pairwise classifier;"
            + "GPT-4o-mini parses the notice PDF into fields;LLM answers support questions from the retrieved chunks",
        "召回商品匹配;检索：公告 -> 候选商品，再做成对分类;GPT-4o-mini 把公告 PDF 解析成字段;大模型根据检索到的文档回答客服问题",
        "Поиск отозванных товаров;ретривер: уведомление -> кандидаты, затем парный классификатор;"
            + "GPT-4o-mini разбирает PDF уведомления в поля;LLM отвечает на вопросы по найденным документам"})
    void groundingWaitsForRetrievalThatFeedsAnswers(String title, String framing, String parsing, String answering) {
        String id = "g.model.grounding";
        Board matching = board(title, Stage.FRAMING, framing, Stage.MODEL, "LightGBM pairwise + " + parsing,
                Stage.SERVING, parsing);
        Board rag = board(title, Stage.FRAMING, framing, Stage.MODEL, "LightGBM pairwise + " + answering,
                Stage.SERVING, answering);
        assertFalse(ids(matching).contains(id), ids(matching).toString());
        // near miss: the same retrieval feeding an LLM's answers is RAG, and the question is asked
        assertTrue(ids(rag).contains(id), ids(rag).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Badminton court dynamic pricing;Court price optimisation;Court anomaly detection for operators;"
            + "system anomaly -> fall back to fixed price;competitor price change alert",
        "羽毛球馆动态定价;场地定价;场地异常检测;系统异常 -> 回到固定价;竞品价格变化 alert",
        "Динамическое ценообразование кортов;Цены на корты;Обнаружение аномалий на кортах;"
            + "аномалия в системе -> фиксированная цена;алерт на изменение цен конкурентов"})
    void alertFatigueWaitsForABoardAboutDetecting(String title, String plain, String detecting, String passing,
            String alert) {
        String id = "g.monitoring.alert-fatigue";
        Board pricing = alerting(title, passing, alert);
        assertFalse(ids(pricing).contains(id), ids(pricing).toString());
        // near miss: a board whose title is detecting events sends its alerts to people, and is asked
        Board detector = alerting(detecting, passing, alert);
        assertTrue(ids(detector).contains(id), ids(detector).toString());
        assertFalse(ids(alerting(plain, passing, alert)).contains(id), plain);
    }

    private static Board alerting(String title, String serving, String monitoring) {
        return board(title, Stage.FRAMING, "score per court and hour", Stage.MODEL, "LightGBM",
                Stage.SERVING, serving, Stage.MONITORING, monitoring);
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Acoustic scene classifier;6 classes: quiet / speech-quiet / speech-noise / music / wind;"
            + "ASR for voice commands: transcribe the utterance",
        "声学场景分类;6 类：安静 / 安静语音 / 嘈杂语音 / 音乐 / 风声;语音识别：把语音指令转写成文字",
        "Классификатор акустических сцен;6 классов: тишина / речь в тишине / речь в шуме / музыка / ветер;"
            + "распознавание речи: расшифровка голосовых команд"})
    void transcriptDriftWaitsForRecognisingWhatIsSaid(String title, String scenes, String recognition) {
        String id = "g.monitoring.drift-speech";
        Board sounds = heard(title, scenes);
        assertFalse(ids(sounds).contains(id), ids(sounds).toString());
        // near miss: a board that recognises the words said has transcripts to miss, and is asked
        Board words = heard(title, recognition);
        assertTrue(ids(words).contains(id), ids(words).toString());
    }

    private static Board heard(String title, String framing) {
        return board(title + " (audio)", Stage.FRAMING, framing, Stage.FEATURES, "16 kHz audio, 32 log-mel",
                Stage.MODEL, "CNN, 4 layers, int8", Stage.SERVING, "server GPU, streaming");
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Hearing-aid scene classifier;on the chip DSP, 1.2 mW budget, firmware update 2x/yr;REST API behind the app",
        "助听器场景分类;端侧运行：DSP 芯片，功耗 1.2 mW，固件每年更新两次;App 后端 REST API",
        "Классификатор сцен для слуховых аппаратов;на устройстве: DSP, 1,2 мВт, прошивка 2 раза в год;"
            + "REST API за приложением"})
    void usersAndQpsWaitForAServedSystem(String title, String device, String served) {
        String id = "g.requirements.scale";
        Board onDevice = board(title, Stage.FRAMING, "classify each 1 s window", Stage.MODEL, "CNN, 18k params",
                Stage.SERVING, device);
        assertFalse(ids(onDevice).contains(id), ids(onDevice).toString());
        // near miss: the same model served behind an API has users and peak load to size
        Board api = board(title, Stage.FRAMING, "classify each 1 s window", Stage.MODEL, "CNN, 18k params",
                Stage.SERVING, served);
        assertTrue(ids(api).contains(id), ids(api).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Extra-legroom seat pricing;dynamic pricing: price per seat and flight;Seat upgrade recommendations;"
            + "recommend seats to each user",
        "座位动态定价;动态定价：每个航班每个座位的价格;选座推荐;给每个用户推荐座位",
        "Динамическое ценообразование мест;динамическое ценообразование: цена места на рейсе;Рекомендации мест;"
            + "рекомендуем места каждому пользователю"})
    void usersAndQpsAreNotAskedOfAPriceSetter(String title, String pricing, String recsTitle, String recs) {
        String id = "g.requirements.scale";
        Board priced = board(title, Stage.FRAMING, pricing, Stage.MODEL, "LightGBM", Stage.SERVING,
                pricing + ", online API");
        assertFalse(ids(priced).contains(id), ids(priced).toString());
        // near miss: a recommender of the same seats has users and peak load to size
        Board ranked = board(recsTitle, Stage.FRAMING, recs, Stage.MODEL, "LightGBM ranker", Stage.SERVING,
                recs + ", online API");
        assertTrue(ids(ranked).contains(id), ids(ranked).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "P50 и P95 через conformal по CV;метка известна через 30 дней",
        "отдаём прогноз через API;метка появляется через месяц",
        "признаки считаем через Spark;возврат оформляется через несколько недель"})
    void viaIsNotLater(String via, String later) {
        assertFalse(read(via).contains("через"), read(via));
        assertTrue(read(later).contains("через"), read(later));
        String id = "g.data.label-final";
        assertFalse(ids(labelled(via)).contains(id), ids(labelled(via)).toString());
        // near miss: a label that settles after an amount of time is asked about
        assertTrue(ids(labelled(later)).contains(id), ids(labelled(later)).toString());
    }

    private static String read(String text) {
        String n = TextNorm.normalize(text);
        return new WordSenses(n).blankOtherSenses(n);
    }

    private static Board labelled(String model) {
        return board("Прогноз возвратов", Stage.FRAMING, "target = возврат заказа (да/нет)", Stage.DATA,
                "история заказов 2021-2024", Stage.MODEL, "CatBoost; " + model);
    }
}
