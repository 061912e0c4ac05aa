package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.stageboard.rehearsal.PlannedBoards.board;
import static org.stageboard.rehearsal.PlannedBoards.ids;
import static org.stageboard.rehearsal.PlannedBoards.plan;
import static org.stageboard.rehearsal.PlannedBoards.top;

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
 * Round 14: every missing pipeline stage (Features, Data and Model too, not only Serving or Evaluation) gets one
 * question in the top five, worded for the board's kind of system where the kind is clear and for any board
 * otherwise, and only where the stage is really missing; questions worded for another kind (stock-outs on a
 * river forecast, generated-answer evaluation on a classifier) are not asked. In English, Chinese and Russian.
 */
@ExtendWith(InEnglish.class)
class FollowUpMissingStagesTest {
    private static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    private static final Locale RU = Locale.forLanguageTag("ru-RU");

    /** A churn classifier with Requirements, Framing, Evaluation, Serving and Monitoring, but no Data, Features or Model. */
    private static Board churn(Locale lang) {
        if (lang == ZH) {
            return board("健身房会员流失预测", Stage.REQUIREMENTS, "每周找出下月可能流失的会员，挽留名额 2000/周",
                    Stage.FRAMING, "二分类：30 天内流失", Stage.EVALUATION, "PR-AUC，按月时间切分",
                    Stage.SERVING, "每周批量打分，名单推给门店", Stage.MONITORING, "每周看挽留成功率");
        }
        if (lang == RU) {
            return board("Прогноз оттока членов фитнес-клуба", Stage.REQUIREMENTS,
                    "каждую неделю найти тех, кто уйдёт в следующем месяце, 2000 звонков в неделю",
                    Stage.FRAMING, "бинарная классификация: отток за 30 дней", Stage.EVALUATION,
                    "PR-AUC, разбиение по времени", Stage.SERVING, "еженедельный пакетный скоринг, список в клубы",
                    Stage.MONITORING, "доля удержанных каждую неделю");
        }
        return board("Gym membership churn prediction", Stage.REQUIREMENTS,
                "each week find members likely to leave next month, 2000 calls per week", Stage.FRAMING,
                "binary classification: churn within 30 days", Stage.EVALUATION, "PR-AUC, time-based split",
                Stage.SERVING, "weekly batch scoring, list sent to clubs", Stage.MONITORING, "weekly retention rate");
    }

    @Test
    void eachMissingStageIsAskedInTheTopFiveInEveryLanguage() {
        for (Locale lang : List.of(Locale.ENGLISH, ZH, RU)) {
            List<RankedFollowUp> plan = in(lang, () -> plan(churn(lang)));
            List<String> five = plan.stream().limit(5).map(r -> r.question().id()).toList();
            assertTrue(five.contains("g.features.missing-classify"), lang + ": " + five);
            assertTrue(five.contains("g.data.missing"), lang + ": " + five);
            assertTrue(five.contains("g.model.missing-classify"), lang + ": " + five);
            assertFalse(five.contains("g.features.missing"), "one Features question, the classifier's: " + five);
            // the stage is named as the board's own language names it, never by its English name
            String opening = lang == ZH ? "白板上没有“" : lang == RU ? "» на доске нет" : " isn't on the board";
            for (RankedFollowUp r : plan.subList(0, 5)) {
                if (r.question().id().matches("g\\.(features|data|model)\\.missing.*")) {
                    String q = r.question().question();
                    assertTrue(q.contains(opening), lang + " wording: " + q);
                    if (lang != Locale.ENGLISH) {
                        assertFalse(q.matches("(?s).*\\b(Features|Data|Model)\\b.*"), lang + " names the stage in English: " + q);
                    }
                    assertEquals(FollowUpReason.Kind.GAP, r.why().kind(), "raised by the missing stage: " + q);
                }
            }
        }
    }

    @Test
    void noMissingStageQuestionWhereTheStageIsOnTheBoard() {
        Board full = board("Gym membership churn prediction", Stage.REQUIREMENTS, "2000 calls per week",
                Stage.FRAMING, "binary classification: churn within 30 days", Stage.DATA,
                "3 years of visits and cancellations", Stage.FEATURES, "visits per week over 4/12 weeks, tenure",
                Stage.MODEL, "LightGBM vs logistic regression baseline", Stage.EVALUATION, "PR-AUC, time split",
                Stage.SERVING, "weekly batch", Stage.MONITORING, "weekly retention rate");
        for (Locale lang : List.of(Locale.ENGLISH, ZH, RU)) {
            List<String> asked = in(lang, () -> ids(full));
            assertTrue(asked.stream().noneMatch(id -> id.matches("g\\.(features|data|model)\\.missing.*")),
                    lang + ": " + asked);
        }
    }

    @Test
    void aForecastGetsItsOwnWordingAndAnUnclearKindTheGeneralOne() {
        Board forecast = board("Hourly call volume forecast", Stage.REQUIREMENTS, "call volume per hour, next 14 days",
                Stage.FRAMING, "time series forecast per queue", Stage.DATA, "3y of hourly calls",
                Stage.MODEL, "global LightGBM", Stage.EVALUATION, "WAPE, rolling-origin backtest");
        for (Locale lang : List.of(Locale.ENGLISH, ZH, RU)) {
            List<String> five = in(lang, () -> top(forecast, 5));
            assertTrue(five.contains("g.features.missing-forecast"), lang + ": " + five);
            assertFalse(in(lang, () -> ids(forecast)).contains("g.features.missing"), lang + ": one Features question");
        }
        Board unclear = board("Crop yield per field", Stage.REQUIREMENTS, "tonnes per hectare before harvest",
                Stage.DATA, "5 seasons of field records", Stage.MODEL, "gradient boosting",
                Stage.EVALUATION, "MAE per field");
        for (Locale lang : List.of(Locale.ENGLISH, ZH, RU)) {
            List<String> five = in(lang, () -> top(unclear, 5));
            assertTrue(five.contains("g.features.missing"), lang + ": " + five);
        }
    }

    @Test
    void questionsWordedForAnotherKindOfSystemAreNotAsked() {
        Board river = board("Прогноз уровня воды в реке", Stage.REQUIREMENTS, "прогноз уровня на 72 часа, запас до отметки",
                Stage.DATA, "уровни с гидропостов за 20 лет, осадки, запасы снега", Stage.FEATURES, "лаги уровней",
                Stage.MODEL, "LightGBM по горизонтам", Stage.EVALUATION, "MAE на паводках");
        for (Locale lang : List.of(Locale.ENGLISH, ZH, RU)) {
            assertFalse(in(lang, () -> ids(river)).contains("g.data.censored-demand"), "no stock-outs on a river");
        }
        Board routing = board("Support ticket routing with an assistant", Stage.REQUIREMENTS, "route tickets to 12 queues",
                Stage.FRAMING, "multi-class classifier over the ticket text, the assistant suggests a queue",
                Stage.DATA, "400k routed tickets", Stage.MODEL, "fine-tuned BERT", Stage.EVALUATION, "macro-F1");
        for (Locale lang : List.of(Locale.ENGLISH, ZH, RU)) {
            List<String> asked = in(lang, () -> ids(routing));
            assertFalse(asked.contains("g.evaluation.generation"), lang + ": nothing is generated: " + asked);
            assertFalse(asked.contains("g.monitoring.generation-safety"), lang + ": " + asked);
        }
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
