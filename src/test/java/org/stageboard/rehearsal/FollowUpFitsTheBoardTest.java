package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.find;
import static org.stageboard.rehearsal.PlannedBoards.ids;
import static org.stageboard.rehearsal.PlannedBoards.plan;

import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Stage;

/**
 * Follow-ups that fit the board (issue 8): a missing stage is asked in words composed from the board's own claims
 * and for its kind of system; questions for another modality never appear (an audio board gets no camera
 * question); a question the board answers is not asked; a question raised only by a note's words is the note's
 * duplicate; kind probes (censored demand, price endogeneity, alert fatigue, false accusation) need their kind
 * and their premise on the board; composed questions read in English, Chinese and Russian and quote the board in
 * its own language.
 */
@ExtendWith(InEnglish.class)
class FollowUpFitsTheBoardTest {
    private static final String SERVING_CLAIM = "g.serving.missing-claim";

    private static Board wakeWord(Object... more) {
        Object[] base = {Stage.REQUIREMENTS, "always-on, 512KB RAM / false accepts < 1 per 24h, false rejects < 5%",
                Stage.FRAMING, "streaming binary clf on 1s windows", Stage.DATA,
                "4k speakers x 20 utterances, studio recordings / negatives: podcasts + TV audio",
                Stage.FEATURES, "40 log-mel, per-utterance norm", Stage.MODEL, "DS-CNN 80k params, int8, on-device",
                Stage.EVALUATION, "FRR on held-out speakers / FA/hr on TV audio"};
        Object[] all = new Object[base.length + more.length];
        System.arraycopy(base, 0, all, 0, base.length);
        System.arraycopy(more, 0, all, base.length, more.length);
        return board("On-device wake word \"Hey Nova\" speech detector", all);
    }

    private static String text(Board b, String id) {
        return find(b, id).orElseThrow(() -> new AssertionError(id + " not asked: " + ids(b))).question().question();
    }

    @Test
    void anAudioBoardGetsNoCameraOrImageQuestion() {
        Board b = wakeWord();
        List<RankedFollowUp> plan = plan(b);
        for (RankedFollowUp r : plan) {
            String q = r.question().question().toLowerCase(Locale.ROOT);
            assertFalse(q.contains("camera") || q.contains("image") || q.contains("lighting"),
                    "a question for a vision system on an audio board: " + r.question().id() + " " + q);
        }
        assertTrue(ids(b).contains("g.monitoring.drift-speech"), "monitoring is missing and asked for speech: "
                + ids(b));
        assertFalse(ids(b).contains("g.monitoring.drift-classify"), "one drift question, worded for audio");
    }

    @Test
    void theSameCameraQuestionStillReachesAVisionBoard() {
        Board b = board("Helmet detection on site cameras", Stage.REQUIREMENTS, "alerts to the safety officer",
                Stage.DATA, "20k camera frames, labelled boxes", Stage.MODEL, "YOLOv8 detector on video frames",
                Stage.EVALUATION, "mAP@0.5 0.87", Stage.SERVING, "edge box per site");
        assertTrue(ids(b).contains("g.monitoring.drift-vision"), ids(b).toString());
        assertTrue(ids(b).contains("g.features.missing-vision"), "features missing on a camera board: " + ids(b));
    }

    @Test
    void aMissingServingStageIsAskedQuotingTheBoardsOwnLatencyClaim() {
        Board b = board("Apartment search ranking", Stage.REQUIREMENTS, "results page p99 < 200 ms, 3M searches/day",
                Stage.FRAMING, "learning to rank listings", Stage.DATA, "search logs, contacts as label",
                Stage.FEATURES, "price, district, photos", Stage.MODEL, "CatBoost ranker",
                Stage.EVALUATION, "NDCG@20 offline");
        RankedFollowUp q = find(b, SERVING_CLAIM).orElseThrow(() -> new AssertionError(ids(b).toString()));
        assertTrue(q.question().question().contains("“results page p99 < 200 ms"), q.question().question());
        assertEquals(FollowUpReason.Kind.GAP, q.why().kind(), "raised by the missing stage: " + q.why().text());
        assertTrue(q.why().text().contains("p99 < 200 ms"), "the why names the claim it quotes: " + q.why().text());
        assertTrue(ids(b).indexOf(SERVING_CLAIM) < 5, "a missing stage is asked in the top five: " + ids(b));
        assertFalse(ids(b).contains("g.serving.mode"), "one question on the missing stage: " + ids(b));
    }

    @Test
    void theServingClaimQuestionNeedsServingMissingAndALoadStatedInRequirements() {
        Board withServing = board("Apartment search ranking", Stage.REQUIREMENTS, "p99 < 200 ms",
                Stage.MODEL, "CatBoost ranker", Stage.SERVING, "ranker behind the search API");
        assertFalse(ids(withServing).contains(SERVING_CLAIM), "Serving is on the board");
        Board dataVolumeOnly = board("Parcel damage detection", Stage.REQUIREMENTS, "flag damaged parcels",
                Stage.DATA, "8k labelled images", Stage.MODEL, "ResNet classifier", Stage.EVALUATION, "recall");
        assertFalse(ids(dataVolumeOnly).contains(SERVING_CLAIM),
                "a data set's size is no load the system carries: " + ids(dataVolumeOnly));
    }

    @Test
    void aMissingFramingOnAForecastIsAskedForAForecastUnlessTheBoardAnswersIt() {
        Board b = board("EV charging demand forecast", Stage.REQUIREMENTS, "hourly kWh per station, next 48h",
                Stage.DATA, "session logs 3y", Stage.FEATURES, "lags 24h/168h", Stage.MODEL, "global LightGBM",
                Stage.EVALUATION, "time-based backtest, WAPE", Stage.SERVING, "batch every 6h");
        List<String> asked = ids(b);
        assertTrue(asked.contains("g.framing.missing-forecast"), asked.toString());
        assertFalse(asked.contains("g.framing.what"), "the forecast's own wording wins the gap: " + asked);
        Board quantiles = board("EV charging demand forecast", Stage.REQUIREMENTS, "p90 of hourly kWh, next 48h",
                Stage.DATA, "session logs 3y", Stage.MODEL, "global LightGBM, quantile loss",
                Stage.EVALUATION, "WAPE", Stage.SERVING, "batch every 6h");
        assertFalse(ids(quantiles).contains("g.framing.missing-forecast"), "the board answers point or range");
    }

    @Test
    void statedFalseAcceptAndRejectTargetsAnswerTheErrorCostAndThresholdQuestions() {
        List<String> asked = ids(wakeWord());
        assertFalse(asked.contains("g.evaluation.error-cost"), asked.toString());
        assertFalse(asked.contains("g.framing.threshold"), asked.toString());
    }

    @Test
    void aQuestionRaisedByANotesIdeaRepeatsTheNote() {
        Board noted = board("Card fraud detection", Stage.REQUIREMENTS, "block fraud before settlement",
                Stage.DATA, "label: chargebacks", Stage.MODEL, "GBDT on transactions",
                Stage.NOTE, "chargebacks arrive weeks later?");
        assertTrue(ids(noted).contains("g.framing.note"), ids(noted).toString());
        assertFalse(ids(noted).contains("g.data.label-final") || ids(noted).contains("g.data.label-delay"),
                "the note already asks it: " + ids(noted));
        Board stated = board("Card fraud detection", Stage.REQUIREMENTS, "block fraud before settlement",
                Stage.DATA, "label: chargebacks, arrive weeks later", Stage.MODEL, "GBDT on transactions");
        assertTrue(ids(stated).contains("g.data.label-final") || ids(stated).contains("g.data.label-delay"),
                "said in a box, it is asked: " + ids(stated));
        Board pricingNote = board("Markdown pricing for fashion", Stage.REQUIREMENTS, "margin at 90% sell-through",
                Stage.DATA, "3 seasons of weekly sales per SKU", Stage.MODEL, "demand model, markdown optimiser",
                Stage.NOTE, "discounts were always given to the items that sold badly");
        assertFalse(ids(pricingNote).contains("g.data.price-endogeneity"), "the note asks it: " + ids(pricingNote));
    }

    @Test
    void kindProbesNeedTheirKindAndTheirPremise() {
        Board capped = board("Scenic spot visitor forecast", Stage.REQUIREMENTS, "daily visitors, next 7 days",
                Stage.DATA, "gate entries 2019-2024 / some spots sold out on holidays", Stage.MODEL, "Prophet per spot");
        assertTrue(text(capped, "g.data.censored-capacity").contains("“gate entries 2019-2024 / some spots sold out")
                || text(capped, "g.data.censored-capacity").contains("sold out"), ids(capped).toString());
        Board recs = board("Product recommendations", Stage.DATA, "clicks, prices, discounts",
                Stage.MODEL, "two-tower recommender, ranking by price and clicks");
        assertFalse(ids(recs).contains("g.data.price-endogeneity"), "a recommender that mentions prices: "
                + ids(recs));
        Board alerts = board("Cloud cost anomaly detection", Stage.REQUIREMENTS, "90k cost series",
                Stage.MODEL, "anomaly detection per series, 99% band", Stage.SERVING, "daily alert per team on slack");
        assertTrue(text(alerts, "g.monitoring.alert-fatigue").contains("daily alert per team on slack"),
                ids(alerts).toString());
        Board monitoringAlert = board("Parcel damage detection", Stage.MODEL, "damage detector on belt cameras",
                Stage.MONITORING, "flag rate, alert if > 3%");
        assertFalse(ids(monitoringAlert).contains("g.monitoring.alert-fatigue"),
                "an alert on the model's own metric is monitoring, not alerts people act on");
        Board theft = board("Self-checkout theft detection", Stage.REQUIREMENTS, "signal to staff within 3 s",
                Stage.DATA, "staged thefts by employees + security footage", Stage.MODEL, "video classifier",
                Stage.EVALUATION, "precision 61%");
        assertTrue(ids(theft).contains("g.evaluation.false-accusation"), ids(theft).toString());
    }

    @Test
    void anOfflineMetricAndARequirementsGoalAreSetSideBySideUnlessTheGoalNamesTheMetric() {
        Board b = board("Pharmacy drug search", Stage.REQUIREMENTS, "goal: search-to-order conversion +10%",
                Stage.MODEL, "LambdaMART ranker", Stage.EVALUATION, "NDCG@10 on judged queries");
        String q = text(b, "g.evaluation.metric-vs-goal");
        assertTrue(q.contains("NDCG@10") && q.contains("“goal: search-to-order conversion +10%”"), q);
        Board same = board("Pharmacy drug search", Stage.REQUIREMENTS, "goal: NDCG@10 +5%",
                Stage.MODEL, "LambdaMART ranker", Stage.EVALUATION, "NDCG@10 on judged queries");
        assertFalse(ids(same).contains("g.evaluation.metric-vs-goal"), "the goal is the metric: " + ids(same));
        Board goalOutsideRequirements = board("Satellite building detection", Stage.DATA, "images with cloud < 20%",
                Stage.MODEL, "U-Net", Stage.EVALUATION, "IoU 0.71");
        assertFalse(ids(goalOutsideRequirements).contains("g.evaluation.metric-vs-goal"),
                "a percentage in a Data box is no goal: " + ids(goalOutsideRequirements));
    }

    @Test
    void pipelineClaimsAreQuotedWhereTheyBite() {
        Board cascade = board("Meeting action items", Stage.DATA, "input = transcript from existing ASR (WER ~12%)",
                Stage.MODEL, "LLM extracts action items, owner, due date");
        assertTrue(text(cascade, "g.model.upstream-errors").contains("“input = transcript from existing ASR"),
                ids(cascade).toString());
        Board asr = board("Dialect call speech recognition", Stage.DATA, "call audio, transcribed by vendors",
                Stage.MODEL, "streaming ASR, conformer", Stage.EVALUATION, "CER per dialect");
        assertFalse(ids(asr).contains("g.model.upstream-errors"), "the ASR is the model itself: " + ids(asr));
        Board live = board("Live room recommendations", Stage.FEATURES, "real-time: entry rate last 5 min",
                Stage.MODEL, "ranking model on impressions");
        assertTrue(text(live, "g.features.point-in-time").contains("last 5 min"), ids(live).toString());
        Board lags = board("Store demand forecast", Stage.FEATURES, "lags, rolling 7 days", Stage.MODEL, "LightGBM");
        assertFalse(ids(lags).contains("g.features.point-in-time"), "days-long windows on a forecast: " + ids(lags));
        Board cut = board("Discharge summaries", Stage.DATA, "records truncated to the first 32k tokens",
                Stage.MODEL, "fine-tuned LLM summariser");
        assertTrue(text(cut, "g.features.truncation").contains("truncated to the first 32k tokens"), ids(cut).toString());
    }

    @Test
    void composedQuestionsReadInChineseAndRussianAndQuoteTheBoardAsWritten() {
        Board zh = board("公寓搜索排序", Stage.REQUIREMENTS, "搜索结果页 p99 < 200ms", Stage.FRAMING, "排序",
                Stage.DATA, "搜索日志", Stage.FEATURES, "价格、区域", Stage.MODEL, "CatBoost 排序",
                Stage.EVALUATION, "NDCG@20");
        String z = in(Locale.SIMPLIFIED_CHINESE, () -> text(zh, SERVING_CLAIM));
        assertTrue(z.startsWith("白板上还没有“部署”框") && z.contains("p99 < 200ms") && z.endsWith("？"), z);
        Board ru = board("Ранжирование поиска квартир", Stage.REQUIREMENTS, "выдача < 200 мс", Stage.FRAMING,
                "ранжирование", Stage.DATA, "логи поиска", Stage.FEATURES, "цена, район", Stage.MODEL,
                "CatBoost ранкер", Stage.EVALUATION, "NDCG@20");
        String r = in(Locale.forLanguageTag("ru-RU"), () -> text(ru, SERVING_CLAIM));
        assertTrue(r.startsWith("Блока «Сервинг» на доске пока нет") && r.contains("«выдача < 200 мс»") && r.endsWith("?"), r);
    }

    private static <T> T in(Locale locale, Supplier<T> work) {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(locale);
            return work.get();
        } finally {
            Messages.setLocale(before);
        }
    }
}
