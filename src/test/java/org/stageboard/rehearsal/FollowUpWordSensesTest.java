package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups of issue 8, round 17: a word a recommender is read from, in its other sense (a conveyor «лента», a
 * camera or vendor "feed"), makes no recommender board and raises no recommender question; in the content-feed sense
 * it still does.
 */
class FollowUpWordSensesTest {

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Разрывы ленты конвейера на фабрике; камеры над лентой конвейера, скорость ленты 3 м/с; 20 ленточных конвейеров, детектор разрывов",
        "Belt tears on a mine's conveyors; CCTV camera feed over each conveyor; vendor feed of belt speeds, tear detector"})
    void aBeltOrADataFeedIsNoRecommender(String title, String data, String model) {
        Board b = board(title, Stage.REQUIREMENTS, "stop the belt within 2 s of a tear", Stage.DATA, data,
                Stage.MODEL, model + ", YOLO on frames", Stage.EVALUATION, "recall of tears, false stops per week");
        assertFalse(BoardDomains.of(new BoardText(b)).contains("ranking"), BoardDomains.of(new BoardText(b)).toString());
        assertFalse(ids(b).contains("g.model.filter-bubble"), ids(b).toString());
        assertFalse(ids(b).contains("g.evaluation.off-policy"), ids(b).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Лента рекомендаций видео; лента рекомендаций в приложении, клики и досмотры, конвейер данных в Airflow; ранжирование ленты: двухбашенная модель",
        "Short-video feed ranking; short-video feed in the app, clicks and watch time; feed ranking: two-tower model"})
    void aContentFeedIsStillOne(String title, String data, String model) {
        Board b = board(title, Stage.REQUIREMENTS, "more watch time", Stage.DATA, data, Stage.MODEL, model);
        assertTrue(BoardDomains.of(new BoardText(b)).contains("ranking"), BoardDomains.of(new BoardText(b)).toString());
    }

    @ParameterizedTest
    @CsvSource(delimiter = ';', value = {
        "Rewarded video ads: order of ad networks; rewarded video ad requests, fill and eCPM per network; P(fill) x eCPM per network, GBDT",
        "激励视频广告网络排序; 激励视频广告请求日志，每家网络的填充率和 eCPM; 每家网络 P(填充) × eCPM，GBDT",
        "Видеореклама за награду: порядок рекламных сетей; запросы видеорекламы, заполнение и eCPM по сетям; P(заполнения) × eCPM по сети, GBDT"})
    void aVideoAdFormatIsNoVisionBoard(String title, String data, String model) {
        Board b = board(title, Stage.REQUIREMENTS, "ad revenue per user +10%", Stage.DATA, data, Stage.MODEL, model,
                Stage.EVALUATION, "AUC of fill, A/B on revenue");
        assertFalse(BoardDomains.of(new BoardText(b)).contains("vision"), BoardDomains.of(new BoardText(b)).toString());
        Board camera = board("Shelf video analytics", Stage.DATA, "store video, 2 fps frames", Stage.MODEL, "YOLO on video frames");
        assertTrue(BoardDomains.of(new BoardText(camera)).contains("vision"));
    }

    @Test
    void feedForwardLayersAreNoFeed() {
        Board b = board("Crop yield estimate", Stage.MODEL, "feed-forward network over weather and soil",
                Stage.DATA, "field records, weather", Stage.SERVING, "batch once a season");
        assertFalse(new BoardText(b).mentions("feed"));
    }
}
