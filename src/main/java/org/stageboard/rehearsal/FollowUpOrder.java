package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.stageboard.model.Stage;

/**
 * The order a session asks scored questions in ({@link ScoredFollowUp}): template first, then the board's notes,
 * then one question per missing decision stage, then by tier and score, walking the board's stages and mixing gaps
 * with the board's own words; near-duplicates of a chosen or asked question are dropped.
 */
final class FollowUpOrder {
    /** Taken off per question already chosen for the same stage, so the questions walk the whole board. */
    private static final int SAME_STAGE = 1;
    /** Taken off per question already chosen for the same kind of reason, so gaps and the board's words mix. */
    private static final int SAME_KIND = 1;
    /**
     * Questions from a checker gap that any board could get (baseline, online metric) land, but a top five made of
     * them says nothing about this board: past this many, a gap question waits while a question on the board's own
     * words is left, unless the board is mostly empty (then the gaps are what there is to ask about).
     */
    private static final int MAX_GAPS_IN_TOP = 1;
    private static final int TOP = 5;
    /**
     * Questions that quote a box ("Your Model box says …") are worth asking where the choice is contestable, but a
     * top five full of them reads as a form: after the first, the rest wait until every other question is chosen.
     */
    private static final int QUOTING_DEFERRED_TIER = 10;

    private FollowUpOrder() {
    }

    /**
     * Picks questions one at a time, as a session would: the best remaining one (template first, then tier, then
     * score less {@link #SAME_STAGE} for each question already chosen on its stage, then pool order; template
     * questions keep the template's order), skipping any
     * whose topic or words repeat a chosen or asked one. Starting from what was asked, the plan after asking its
     * first question is the rest of the same plan.
     */
    static List<RankedFollowUp> choose(List<ScoredFollowUp> scored, List<RankedFollowUp> asked, boolean quotedAsked,
                                               boolean mostlyEmpty) {
        List<Said> said = new ArrayList<>();
        Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
        Map<FollowUpReason.Kind, Integer> perKind = new EnumMap<>(FollowUpReason.Kind.class);
        for (RankedFollowUp r : asked) {
            FollowUp f = r.question();
            said.add(Said.of(f));
            perStage.merge(f.stage(), 1, Integer::sum);
            perKind.merge(r.why().kind(), 1, Integer::sum);
        }

        Set<Stage> stagesAsked = new HashSet<>(); // a missing stage already asked about waits like any other gap
        asked.forEach(r -> stagesAsked.add(r.question().stage()));
        List<ScoredFollowUp> left = new ArrayList<>(scored);
        List<RankedFollowUp> out = new ArrayList<>();
        boolean[] quoted = {quotedAsked};
        int[] gapsInTop = {(int) asked.stream().filter(FollowUpOrder::onlyGap).count()};
        int[] shown = {asked.size()};
        while (!left.isEmpty()) {
            boolean capGaps = !mostlyEmpty && shown[0] < TOP && gapsInTop[0] >= MAX_GAPS_IN_TOP;
            Comparator<ScoredFollowUp> order = Comparator.comparingInt((ScoredFollowUp s) -> deferred(group(s, stagesAsked, mostlyEmpty), s, quoted[0]))
                    .thenComparingInt((ScoredFollowUp s) -> s.quotes() && quoted[0]
                            ? 2 * QUOTING_DEFERRED_TIER
                            : 2 * s.tier() + (capGaps && onlyGap(s.ranked()) && s.missingStage() == null ? 1 : 0))
                    .thenComparing(Comparator.comparingInt((ScoredFollowUp s) -> s.tier() == ScoredFollowUp.TEMPLATE_TIER ? 0
                            : s.score() - SAME_STAGE * perStage.getOrDefault(s.ranked().question().stage(), 0)
                            - SAME_KIND * perKind.getOrDefault(s.ranked().why().kind(), 0)).reversed())
                    .thenComparingInt(ScoredFollowUp::index);
            ScoredFollowUp best = left.stream().min(order).orElseThrow();
            left.remove(best);
            FollowUp f = best.ranked().question();
            Said now = Said.of(f);
            if (said.stream().anyMatch(now::sameTopic)) {
                continue;
            }
            if (said.stream().anyMatch(now::sameWords)) {
                continue;
            }
            stagesAsked.add(f.stage()); // a missing stage jumps the queue until one question about it is asked
            said.add(now);
            perStage.merge(f.stage(), 1, Integer::sum);
            perKind.merge(best.ranked().why().kind(), 1, Integer::sum);
            quoted[0] |= best.quotes();
            if (onlyGap(best.ranked())) {
                gapsInTop[0]++;
            }
            shown[0]++;
            out.add(best.ranked());
        }
        return List.copyOf(out);
    }

    /**
     * Which comes first: the template's questions, then the board's notes (each an open point the candidate left),
     * then one question for each decision stage the board leaves out (the clearest gap an interviewer asks about),
     * then questions that quote one of the board's own claims (“random 80/20 split”, “label = refund within 30 d”),
     * then the rest by tier and score. Judges found a question that quotes the claim it probes about this board four
     * times in five, and one raised by a single word on the board about one time in three, so the quoting ones go
     * first. On a mostly empty board most stages are still to come, so no stage jumps the queue for being missing.
     * A stock question ({@link FollowUp#stock}: "what else did you consider?") that is not about a missing stage
     * comes after every question that rests on the board, whatever its score or quoting (judges call it generic
     * wherever a specific question was left), but before questions for any board.
     */
    private static int group(ScoredFollowUp s, Set<Stage> stagesAsked, boolean mostlyEmpty) {
        if (s.tier() == ScoredFollowUp.TEMPLATE_TIER) {
            return 0;
        }
        if (s.note()) {
            return 1;
        }
        if (!mostlyEmpty && s.missingStage() != null && !stagesAsked.contains(s.missingStage())) {
            return 2;
        }
        if (mostlyEmpty || s.tier() < ScoredFollowUp.STOCK_TIER) {
            return s.claim() && !s.quotes() ? 3 : 4;
        }
        return s.tier() == ScoredFollowUp.STOCK_TIER ? 5 : 6;
    }

    /** After the first box-quoting question, the rest wait behind every other group (see {@link #QUOTING_DEFERRED_TIER}). */
    private static int deferred(int group, ScoredFollowUp s, boolean quotedAlready) {
        return group >= 3 && s.quotes() && quotedAlready ? 7 : group;
    }

    /**
     * What a chosen question asks, to tell whether a later one repeats it: its topic and the topics it
     * {@linkplain FollowUpBank.Ideas#covers covers}, its words in the bank's English and as worded. Bank questions
     * compare in English, so every interface language drops the same ones (Chinese wording once hid a forecast's
     * leakage question behind a missing-Model question that shares "预测" and "模型"); a template's question, which
     * has no English, compares as worded. A note's question compares by topic only: notes quote different open points
     * in one wording, so they are never each other's duplicates; their words are the board's, in the board's language;
     * and the planner already drops a bank question on an idea a note names.
     */
    private record Said(Set<String> topics, Set<String> english, Set<String> worded) {
        private static final Pattern PLACEHOLDER = Pattern.compile("\\{[a-z0-9]+}");

        static Said of(FollowUp f) {
            FollowUpBank.Ideas ideas = FollowUpBank.ideas(f.id());
            Set<String> topics = new HashSet<>(ideas.covers());
            topics.add(f.topic());
            if (ideas.english().contains(BoardFacts.NOTE)) {
                return new Said(topics, Set.of(), Set.of());
            }
            Set<String> english = ideas.english().isBlank()
                    ? Set.of() : NearDuplicates.words(PLACEHOLDER.matcher(ideas.english()).replaceAll(" "));
            return new Said(topics, english, NearDuplicates.words(f.question()));
        }

        boolean sameTopic(Said other) {
            return !Collections.disjoint(topics, other.topics);
        }

        boolean sameWords(Said other) {
            return english.isEmpty() || other.english.isEmpty()
                    ? NearDuplicates.similar(worded, other.worded) : NearDuplicates.similar(english, other.english);
        }
    }

    /** Raised by a gap alone, with nothing on the board's own words behind it. */
    private static boolean onlyGap(RankedFollowUp r) {
        return r.why().kind() == FollowUpReason.Kind.GAP && r.why().boardWords().isEmpty();
    }
}
