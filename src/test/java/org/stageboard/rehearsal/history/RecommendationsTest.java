package org.stageboard.rehearsal.history;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.stageboard.i18n.InEnglish;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.template.Category;
import org.stageboard.template.Template;

@ExtendWith(InEnglish.class)
class RecommendationsTest {
    private static final Instant NOW = Instant.parse("2026-12-01T00:00:00Z");

    /** A template whose reference answer has {@code points} answer lines on each given stage. */
    private static Template template(String id, Category c, int points, Stage... deep) {
        Map<Stage, Template.StageTemplate> stages = new EnumMap<>(Stage.class);
        for (Stage s : Stage.pipeline()) {
            int n = List.of(deep).contains(s) ? points : 1;
            stages.put(s, new Template.StageTemplate(s.id(), "", Collections.nCopies(n, "point"), List.of()));
        }
        return new Template(id, "Title " + id, c, "", "", List.of(), stages, List.of(), List.of(), "en");
    }

    private static final List<Template> CATALOGUE = List.of(
            template("eval-deep", Category.NLP, 8, Stage.EVALUATION),
            template("eval-some", Category.SEARCH_AND_RANKING, 3, Stage.EVALUATION),
            template("serving-deep", Category.NLP, 9, Stage.SERVING, Stage.MONITORING),
            template("data-deep", Category.VISION, 7, Stage.DATA),
            template("ads-a", Category.ADS, 1),
            template("ads-b", Category.ADS, 1),
            template("fraud-a", Category.FRAUD_AND_RISK, 1));

    private static HistoryEntry session(String id, String day, String template, String category,
                                        Map<Dimension, Integer> levels) {
        return HistoryFixtures.entry(id, "2026-11-" + day + "T10:00:00Z", template, category, levels, Map.of(), 1);
    }

    @Test
    void theWeakestDimensionsComeFirstWithTheTemplateDeepestOnThem() {
        // evaluation weakest (1), serving next (2), the rest solid: over the last five scored sessions
        List<HistoryEntry> h = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            h.add(session("s" + i, "1" + i, "ads-a", "ads",
                    HistoryFixtures.levels(3, Dimension.EVALUATION, 1, Dimension.SERVING_OPS, 2)));
        }
        List<Recommendations.Pick> picks = Recommendations.choose(h, CATALOGUE, NOW);
        assertEquals(Dimension.EVALUATION, picks.get(0).dimension());
        assertEquals("eval-deep", picks.get(0).templateId(), "8 evaluation points beat 3 points + category bonus 4? no: 8 > 7");
        assertEquals(Dimension.SERVING_OPS, picks.get(1).dimension());
        assertEquals("serving-deep", picks.get(1).templateId());
        assertTrue(picks.get(0).reason().startsWith("Evaluation is your weakest dimension (1.0 of 4 over your last 5"),
                picks.get(0).reason());
        assertTrue(picks.get(0).reason().contains("8 points and trade-offs in Evaluation"), picks.get(0).reason());
        assertTrue(picks.size() >= 3 && picks.size() <= Recommendations.MAX_PICKS, picks.toString());
    }

    @Test
    void onlyTheLastFiveScoredSessionsCount() {
        List<HistoryEntry> h = new ArrayList<>();
        // long ago: data was weak; lately: data strong, modelling weak
        for (int i = 0; i < 5; i++) {
            h.add(session("old" + i, "0" + (i + 1), "ads-a", "ads", HistoryFixtures.levels(4, Dimension.DATA_FEATURES, 1)));
        }
        for (int i = 0; i < 5; i++) {
            h.add(session("new" + i, "2" + i, "ads-b", "ads", HistoryFixtures.levels(4, Dimension.MODELLING, 2)));
        }
        Map<Dimension, Double> means = Recommendations.recentMeans(h);
        assertEquals(4.0, means.get(Dimension.DATA_FEATURES));
        assertEquals(2.0, means.get(Dimension.MODELLING));
        List<Recommendations.Pick> picks = Recommendations.choose(h, CATALOGUE, NOW);
        assertEquals(Dimension.MODELLING, picks.get(0).dimension());
        assertEquals(1, picks.stream().filter(p -> p.kind() == Recommendations.Kind.WEAK_DIMENSION).count(),
                "strong dimensions are not drilled");
    }

    @Test
    void aCategoryKnownForTheDimensionTipsATie() {
        List<HistoryEntry> h = List.of(session("s", "10", "ads-a", "ads",
                HistoryFixtures.levels(4, Dimension.EVALUATION, 1)));
        List<Template> cat = List.of(template("nlp-eval", Category.NLP, 6, Stage.EVALUATION),
                template("search-eval", Category.SEARCH_AND_RANKING, 6, Stage.EVALUATION));
        assertEquals("search-eval", Recommendations.choose(h, cat, NOW).get(0).templateId());
    }

    @Test
    void aTemplateDoneInTheLastSessionsIsNotDrilledAgainWhileOthersExerciseTheDimension() {
        List<HistoryEntry> h = List.of(session("s", "10", "eval-deep", "nlp",
                HistoryFixtures.levels(4, Dimension.EVALUATION, 1)));
        assertEquals("eval-some", Recommendations.choose(h, CATALOGUE, NOW).get(0).templateId());
    }

    @Test
    void neverPractisedSpreadsOverCategoriesAndTheLongestAgoKeepsAPlace() {
        List<HistoryEntry> h = List.of(
                session("a", "01", "ads-a", "ads", Map.of()),
                session("b", "20", "fraud-a", "fraud-and-risk", Map.of()));
        List<Recommendations.Pick> picks = Recommendations.choose(h, CATALOGUE, NOW);
        assertTrue(picks.stream().noneMatch(p -> p.kind() == Recommendations.Kind.WEAK_DIMENSION), "nothing scored");
        assertEquals(Recommendations.MAX_PICKS, picks.size());
        List<Recommendations.Pick> never = picks.stream()
                .filter(p -> p.kind() == Recommendations.Kind.NEVER_PRACTISED).toList();
        assertEquals(4, never.size());
        assertEquals(never.size(), never.stream().map(Recommendations.Pick::category).distinct().count(),
                "one per category");
        assertTrue(never.subList(0, 3).stream().noneMatch(p -> p.category() == Category.ADS
                || p.category() == Category.FRAUD_AND_RISK), "categories never practised come first: " + never);
        assertTrue(never.get(0).reason().contains("nor anything in"), never.get(0).reason());
        assertEquals("ads-b", never.get(3).templateId(), "then the least practised category");
        assertEquals("You have never practised this template.", never.get(3).reason());
        Recommendations.Pick last = picks.get(picks.size() - 1);
        assertEquals(Recommendations.Kind.LONGEST_AGO, last.kind());
        assertEquals("ads-a", last.templateId());
        assertEquals("Last practised 29 days ago, longer ago than any other template you have done.", last.reason());
    }

    @Test
    void theSameInputGivesTheSameListWhateverTheCatalogueOrder() {
        List<HistoryEntry> h = List.of(session("s", "10", "ads-a", "ads",
                HistoryFixtures.levels(2, Dimension.DATA_FEATURES, 1)));
        List<Template> shuffled = new ArrayList<>(CATALOGUE);
        Collections.reverse(shuffled);
        assertEquals(Recommendations.choose(h, CATALOGUE, NOW), Recommendations.choose(h, shuffled, NOW));
    }

    @Test
    void reasonsAreWrittenInTheInterfaceLanguage() {
        List<HistoryEntry> h = List.of(session("s", "10", "ads-a", "ads",
                HistoryFixtures.levels(3, Dimension.EVALUATION, 1)));
        Messages.setLocale(Locale.SIMPLIFIED_CHINESE);
        assertTrue(Recommendations.choose(h, CATALOGUE, NOW).get(0).reason().startsWith("评估是你最弱的维度"));
        Messages.setLocale(new Locale("ru"));
        assertTrue(Recommendations.choose(h, CATALOGUE, NOW).get(0).reason().startsWith("Оценка качества — ваше"));
    }
}
