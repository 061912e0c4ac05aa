package org.stageboard.rehearsal.history;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;
import org.stageboard.rehearsal.score.Dimension;
import org.stageboard.rehearsal.score.Level;
import org.stageboard.template.Category;
import org.stageboard.template.Template;

/**
 * What to practise next, from the history and the template catalogue; deterministic (same history, catalogue and
 * time, same list). Up to {@link #MAX_WEAK} picks for the weakest dimensions (mean level over the last
 * {@link #RECENT} scored sessions, below {@link Level#STRONG}), each the template whose reference answer goes deepest
 * on that dimension's stages ({@link #depth}), then templates never practised (spread over the categories practised
 * least) or practised longest ago, up to {@link #MAX_PICKS} in all. Templates done in the last {@link #RECENT}
 * sessions are offered for a dimension only when nothing else exercises it.
 */
public final class Recommendations {
    public static final int RECENT = 5;
    public static final int MAX_WEAK = 3;
    public static final int MAX_PICKS = 5;
    /** A template in a category known for a dimension counts as this many extra reference points on it. */
    private static final int CATEGORY_BONUS = 4;

    /** Why a template is on the list. */
    public enum Kind { WEAK_DIMENSION, NEVER_PRACTISED, LONGEST_AGO }

    /**
     * One pick.
     *
     * @param dimension the weak dimension it drills, or null for a template picked for not being practised
     * @param reason    one sentence in the interface language
     */
    public record Pick(Kind kind, String templateId, String title, Category category, Dimension dimension,
                       String reason) {
    }

    private Recommendations() {
    }

    /** The board stages a dimension is scored on; time and follow-ups span every stage. */
    static List<Stage> stagesOf(Dimension d) {
        return switch (d) {
            case FRAMING -> List.of(Stage.REQUIREMENTS, Stage.FRAMING);
            case DATA_FEATURES -> List.of(Stage.DATA, Stage.FEATURES);
            case MODELLING -> List.of(Stage.MODEL);
            case EVALUATION -> List.of(Stage.EVALUATION);
            case SERVING_OPS -> List.of(Stage.SERVING, Stage.MONITORING);
            case TIME, FOLLOW_UPS -> Stage.pipeline();
        };
    }

    /**
     * The categories whose interviews lean on a dimension (from the domain brief): ads and forecasting hinge on
     * framing the objective; fraud and feeds on labels and features; ranking and vision on the model; ranking and
     * safety on offline-versus-online evaluation and thresholds; platform and fraud on latency and monitoring.
     */
    static Set<Category> categoriesOf(Dimension d) {
        return switch (d) {
            case FRAMING -> Set.of(Category.ADS, Category.FORECASTING_AND_REGRESSION);
            case DATA_FEATURES -> Set.of(Category.FRAUD_AND_RISK, Category.RECOMMENDATION_AND_FEED);
            case MODELLING -> Set.of(Category.SEARCH_AND_RANKING, Category.VISION);
            case EVALUATION -> Set.of(Category.SEARCH_AND_RANKING, Category.INTEGRITY_AND_SAFETY);
            case SERVING_OPS -> Set.of(Category.PLATFORM_AND_MONITORING, Category.FRAUD_AND_RISK);
            case TIME, FOLLOW_UPS -> Set.of();
        };
    }

    /**
     * How much a template's reference answer says on a dimension's stages: its answer points plus two per stated
     * trade-off; for follow-ups, two per interviewer follow-up and one per clarifying question.
     */
    static int depth(Template t, Dimension d) {
        if (d == Dimension.FOLLOW_UPS) {
            return 2 * t.followups().size() + t.clarifying().size();
        }
        int points = 0;
        for (Stage s : stagesOf(d)) {
            Template.StageTemplate st = t.stage(s);
            if (st != null) {
                points += st.answer().size() + 2 * st.tradeoffs().size();
            }
        }
        return points;
    }

    /** The mean level points per dimension over the last {@link #RECENT} scored sessions; only dimensions seen. */
    public static Map<Dimension, Double> recentMeans(List<HistoryEntry> history) {
        List<HistoryEntry> scored = history.stream().filter(HistoryEntry::isScored).toList();
        List<HistoryEntry> recent = scored.subList(Math.max(0, scored.size() - RECENT), scored.size());
        Map<Dimension, Double> means = new EnumMap<>(Dimension.class);
        for (Dimension d : Dimension.values()) {
            recent.stream().map(e -> e.level(d)).filter(Objects::nonNull).mapToInt(Level::points).average()
                    .ifPresent(m -> means.put(d, m));
        }
        return means;
    }

    /**
     * @param history   finished sessions, oldest first
     * @param catalogue the templates on offer, one per id (in the interface language)
     * @param now       the time "longest ago" is measured from
     */
    public static List<Pick> choose(List<HistoryEntry> history, List<Template> catalogue, Instant now) {
        Map<String, Instant> lastPractised = new HashMap<>();
        Map<String, Integer> perCategory = new HashMap<>();
        for (HistoryEntry e : history) {
            if (!e.templateId().isBlank()) {
                lastPractised.merge(e.templateId(), e.finishedAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
            if (!e.category().isBlank()) {
                perCategory.merge(e.category(), 1, Integer::sum);
            }
        }
        Set<String> recentlyDone = history.subList(Math.max(0, history.size() - RECENT), history.size()).stream()
                .map(HistoryEntry::templateId).collect(Collectors.toSet());
        List<Template> templates = catalogue.stream().sorted(Comparator.comparing(Template::id)).toList();
        List<Pick> picks = new ArrayList<>();
        Set<String> chosen = new HashSet<>();

        Map<Dimension, Double> means = recentMeans(history);
        long scoredCount = Math.min(RECENT, history.stream().filter(HistoryEntry::isScored).count());
        List<Dimension> weakest = means.entrySet().stream().filter(m -> m.getValue() < Level.STRONG.points())
                .sorted(Map.Entry.<Dimension, Double>comparingByValue().thenComparing(Map.Entry.comparingByKey()))
                .map(Map.Entry::getKey).limit(MAX_WEAK).toList();
        for (Dimension d : weakest) {
            Comparator<Template> best = Comparator
                    .comparing((Template t) -> recentlyDone.contains(t.id()))           // fresh ones first
                    .thenComparing(t -> -(depth(t, d) + (categoriesOf(d).contains(t.category()) ? CATEGORY_BONUS : 0)))
                    .thenComparing(t -> lastPractised.getOrDefault(t.id(), Instant.MIN))
                    .thenComparing(Template::id);
            templates.stream().filter(t -> !chosen.contains(t.id())).min(best).ifPresent(t -> {
                chosen.add(t.id());
                String stages = stagesOf(d).size() == Stage.pipeline().size() ? Messages.get("progress.rec.allStages")
                        : stagesOf(d).stream().map(Messages::stageName).collect(Collectors.joining(", "));
                String key = d == Dimension.FOLLOW_UPS ? "progress.rec.weakFollowUps" : "progress.rec.weak";
                picks.add(new Pick(Kind.WEAK_DIMENSION, t.id(), t.title(), t.category(), d,
                        Messages.get(key, dimensionName(d), means.get(d), scoredCount, depth(t, d), stages)));
            });
        }

        List<Template> never = templates.stream().filter(t -> !lastPractised.containsKey(t.id()))
                .sorted(Comparator.comparing((Template t) -> perCategory.getOrDefault(t.category().id(), 0))
                        .thenComparing(Template::category).thenComparing(Template::id))
                .toList();
        List<Template> longestAgo = templates.stream().filter(t -> lastPractised.containsKey(t.id()))
                .sorted(Comparator.comparing((Template t) -> lastPractised.get(t.id())).thenComparing(Template::id))
                .toList();
        Set<Category> offeredCategories = new HashSet<>();
        // one place is kept for the template practised longest ago, so both kinds of gap are on the list
        int reserve = longestAgo.stream().anyMatch(t -> !chosen.contains(t.id())) ? 1 : 0;
        for (Template t : never) {
            if (picks.size() >= MAX_PICKS - reserve) {
                break;
            }
            // one never-practised template per category, so the list spreads out
            if (chosen.contains(t.id()) || !offeredCategories.add(t.category())) {
                continue;
            }
            chosen.add(t.id());
            boolean categoryNew = perCategory.getOrDefault(t.category().id(), 0) == 0;
            picks.add(new Pick(Kind.NEVER_PRACTISED, t.id(), t.title(), t.category(), null, categoryNew
                    ? Messages.get("progress.rec.neverCategory", t.category().displayName())
                    : Messages.get("progress.rec.never")));
        }
        for (Template t : longestAgo) {
            if (picks.size() >= MAX_PICKS) {
                break;
            }
            if (chosen.add(t.id())) {
                long days = Math.max(0, Duration.between(lastPractised.get(t.id()), now).toDays());
                picks.add(new Pick(Kind.LONGEST_AGO, t.id(), t.title(), t.category(), null,
                        Messages.get("progress.rec.longestAgo", days)));
            }
        }
        return picks;
    }

    /** A dimension's name as the user reads it. */
    public static String dimensionName(Dimension d) {
        return Messages.get("progress.dimension." + d.id());
    }
}
