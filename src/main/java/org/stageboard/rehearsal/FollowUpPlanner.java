package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Orders follow-up questions for one board, the way an interviewer would ask them:
 * <ol>
 * <li>the template's own questions, in the template's order (written for this case);</li>
 * <li>one question per note box the candidate left (each quoted, asked at the stage its arrow points to);</li>
 * <li>on a board past {@link #MOSTLY_EMPTY}, one question for each decision stage it leaves out, until a question
 * on that stage is asked: a missing stage is the clearest gap an interviewer asks about. It is composed from the
 * board's own claims where it can (a missing Serving stage quotes the latency or load the Requirements box states)
 * and otherwise worded for the board's kind ({@link #KIND_WORDING}); such a question is asked only where the stage is
 * missing ({@link FollowUpGaps#REQUIRED});</li>
 * <li>questions that probe a gap: what the checker reports missing (no baseline, no online metric, a stage left
 * out...) or, for checks the checker does not make, what nothing on the board answers (no rollout plan);</li>
 * <li>questions about what the board says (its words trigger them), by how many distinct ideas it mentions;</li>
 * <li>general questions, then questions about things the board never mentions (a spam question on a music
 * board).</li>
 * </ol>
 * A question the board already answers (NDCG on the board: no "which ranking metric?") is not asked, and of
 * near-duplicates (one topic, or the same words) only the first is; a bank question raised by an idea a note box
 * states is that note's duplicate and is not asked. Questions worded for another kind of system
 * ({@link BoardDomains}: no position-bias question on a forecasting board) are not asked either, and a question for
 * one kind of system needs positive evidence of that kind on the board (the bank's "requires": retrieval words for a
 * grounding question, a feed for a filter-bubble question, users for an A/B question), not just the absence of a
 * contrary kind. What the board states answers its question: a named metric (Gini, Pearson, WER…), a goal in
 * percent, a schedule ("08:30", "nightly", "每天", «раз в сутки»), a latency bound ("≤ 2 min"). Questions quote the
 * board where they can ({@link BoardFacts}: its label, its note; "{trigger}" and "{context}": the board's own word
 * and clause that raised them), and rank like questions on the board's own domain. Past one question raised by a
 * gap alone (baseline, online metric), a gap question waits behind the board-specific ones within the top five,
 * unless the board is mostly empty. A stock question ({@link FollowUp#stock}: "what is your simplest baseline?")
 * waits behind every question the board's own words, notes or missing stages raise. Deterministic: ties keep the
 * pool's order.
 *
 * <p>This class finds each question's standing; others do one job each: {@link FollowUpPreconditions} (may it be
 * asked here at all), {@link BoardSignals} (what the board states in a shape: a cut-off, a random split, a
 * schedule), {@link BoardQuotes} (the board's words cut to fit a question), {@link FollowUpOrder} (the rules' order)
 * and {@link FollowUpRanker} (a learned re-sort of the rules' first places, trained on judges' verdicts).
 */
public final class FollowUpPlanner {
    private static final int PER_IDEA = 4;
    private static final int MAX_IDEAS = 2;
    /** Added when the board is about a focused question's domain (its title, prompt or several boxes say it). */
    private static final int ON_DOMAIN = 4;
    private static final int STAGE_ANSWERED = 1;
    /**
     * Added to a gap question worded for the board's kind of system ("Framing isn't on the board: a point forecast
     * or a range?") over the same gap's wording for any board ("What exactly does the model predict?").
     */
    private static final int KIND_WORDING = 1;
    private static final String BOX = "{box}";
    /** Replaced by the board's own word for the question's first trigger idea ("You report MAPE: …"). */
    private static final String TRIGGER = "{trigger}";
    /** Replaced by the board's clause around that word ("prices live from rate API (cached 15 min)"). */
    private static final String CONTEXT = "{context}";
    /**
     * Replaced by the board's clause around its word for the question's second trigger idea, so one question can set
     * two of the board's claims side by side ("You measure AUC offline, and the goal is “cut breakdowns 25%”…"):
     * both ideas must be on the board, and not in one clause (a goal that names the metric is no mismatch).
     */
    private static final String SECOND_CONTEXT = "{context2}";
    /** Fewer answered stages than this and the board is mostly empty. */
    private static final int MOSTLY_EMPTY = 4;

    private final Function<Board, BoardTerms> terms;
    private final FollowUpRanker ranker;

    /** @param terms how a board's words are searched (the swap point for the shared text matcher) */
    public FollowUpPlanner(Function<Board, BoardTerms> terms) {
        this(terms, FollowUpRanker.shipped());
    }

    /** @param ranker how the allowed questions are finally ordered ({@link FollowUpRanker#RULES}: as the rules say) */
    FollowUpPlanner(Function<Board, BoardTerms> terms, FollowUpRanker ranker) {
        this.terms = terms;
        this.ranker = ranker;
    }

    public FollowUpPlanner() {
        this(BoardText::new);
    }

    /**
     * The questions still to ask on {@code board}, in order, each with why.
     *
     * @param asked questions asked already this session, with why (never again, nor their near-duplicates)
     */
    public List<RankedFollowUp> plan(List<FollowUp> pool, Board board, List<RankedFollowUp> asked) {
        return ranker.order(asked.size(), standing(pool, board, asked).rulesOrder());
    }

    /** Every question the rules allow on the board, scored once; their order follows from what is chosen. */
    Standing standing(List<FollowUp> pool, Board board, List<RankedFollowUp> asked) {
        BoardTerms words = terms.apply(board);
        Optional<String> label = BoardFacts.label(board);
        BoardSignals signals = new BoardSignals(new BoardText(board).normalized(), label, requirementsText(board));
        List<Finding> findings = Checker.check(board);
        Set<Stage> answeredStages = new HashSet<>();
        for (Node n : board.nodes()) {
            if (!n.isEmptyAnswer()) {
                answeredStages.add(n.stage());
            }
        }
        Set<String> kinds = BoardDomains.of(words);
        List<BoardFacts.Note> notes = BoardFacts.notes(board);
        StageBoxes boxes = new StageBoxes(board, terms, label);
        StageBoxes.Evidence inNotes = boxes.of(Stage.NOTE);
        Set<String> askedIds = new HashSet<>();
        asked.forEach(r -> askedIds.add(r.question().id()));
        boolean mostlyEmpty = answeredStages.size() < MOSTLY_EMPTY;
        List<ScoredFollowUp> scored = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            FollowUp f = pool.get(i);
            if (askedIds.contains(f.id())) {
                continue;
            }
            if (f.fromTemplate()) {
                scored.add(ScoredFollowUp.fromTemplate(f, i));
                continue;
            }
            if (!FollowUpPreconditions.allow(f, kinds, words, signals, boxes)) {
                continue; // another kind of system, answered on the board, beside the point, or its premise missing
            }
            if (!f.question().contains(BoardFacts.NOTE)) {
                score(f, board, words, signals, findings, answeredStages, i, label, Optional.empty(), mostlyEmpty)
                        .filter(q -> notes.isEmpty() || !repeatsNote(q.ranked().question(), inNotes)).ifPresent(scored::add);
                continue;
            }
            // every note box is an open point the candidate left: one question each, the first under the bank's id
            for (int k = 0; k < notes.size(); k++) {
                FollowUp each = k == 0 ? f : new FollowUp(f.id() + "." + (k + 1), f.stage(), f.question(),
                        f.triggers(), false, f.topic() + "." + (k + 1), f.answeredBy(), f.gaps(), f.lacks(),
                        f.skipWhen(), f.needsTrigger(), f.focused(), f.precise(), f.domains(), f.penalty(), f.stock());
                if (!askedIds.contains(each.id())) {
                    score(each, board, words, signals, findings, answeredStages, i, label, Optional.of(notes.get(k)),
                            mostlyEmpty)
                            .ifPresent(scored::add);
                }
            }
        }
        boolean quotedAsked = pool.stream().anyMatch(f -> askedIds.contains(f.id()) && f.question().contains(BOX));
        return new Standing(List.copyOf(scored), List.copyOf(asked), quotedAsked, mostlyEmpty);
    }

    /** The allowed questions of one board with their standing ({@link FollowUpOrder} puts them in the rules' order). */
    record Standing(List<ScoredFollowUp> scored, List<RankedFollowUp> asked, boolean quotedAsked,
                    boolean mostlyEmpty) {
        List<RankedFollowUp> rulesOrder() {
            return FollowUpOrder.choose(scored, asked, quotedAsked, mostlyEmpty);
        }
    }

    private Optional<ScoredFollowUp> score(FollowUp f, Board board, BoardTerms words, BoardSignals signals,
                                   List<Finding> findings, Set<Stage> answeredStages, int index,
                                   Optional<String> label, Optional<BoardFacts.Note> note, boolean mostlyEmpty) {
        Finding gap = FollowUpGaps.probed(f, findings);
        if (gap == null && FollowUpGaps.isRequired(f)) {
            return Optional.empty(); // "Serving isn't on the board yet…" is asked only where it is not
        }
        String lacking = gap != null ? FollowUpGaps.clause(gap.message()) : FollowUpGaps.unanswered(f, answeredStages);
        boolean quotes = f.question().contains(BOX);
        if (quotes) {
            String quote = gap == null ? null : BoardQuotes.choiceIn(board, gap.nodeId());
            if (quote == null) {
                return Optional.empty(); // a personal question needs the box it quotes
            }
            f = f.withText(f.question().replace(BOX, quote), f.lacks());
        }
        List<String> found = new ArrayList<>();
        // a focused question's first idea is its domain (an LLM, churn, a forecast): unless the board is about it,
        // none of its words count, so "LLM zero-shot" said once on a ticket-routing board raises no LLM question
        boolean onDomain = f.focused() && !f.triggers().isEmpty() && words.central(f.triggers().get(0));
        if (!f.focused() || onDomain) {
            for (String idea : f.triggers()) {
                ideaOnBoard(idea, words, signals).ifPresent(found::add);
            }
        }
        if (f.needsTrigger() && found.isEmpty()) {
            return Optional.empty();
        }
        boolean quotesFact = false;
        // the question quotes one of the board's own claims (a clause, its label): judges find these about this board
        boolean quotesClaim = f.question().contains(CONTEXT) || f.question().contains(SECOND_CONTEXT)
                || f.question().contains(BoardFacts.LABEL);
        if (f.question().contains(TRIGGER)) {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            f = f.withText(f.question().replace(TRIGGER, BoardQuotes.asWritten(found.get(0), board)), f.lacks());
        }
        if (f.question().contains(SECOND_CONTEXT)) {
            Optional<String> first = f.triggers().isEmpty() ? Optional.empty()
                    : ideaOnBoard(f.triggers().get(0), words, signals);
            Optional<String> second = f.triggers().size() < 2 ? Optional.empty()
                    : ideaOnBoard(f.triggers().get(1), words, signals);
            if (first.isEmpty() || second.isEmpty()) {
                return Optional.empty();
            }
            String clause = BoardQuotes.clauseAround(second.get(), board);
            if (clause.toLowerCase(java.util.Locale.ROOT).contains(first.get().toLowerCase(java.util.Locale.ROOT))
                    || BoardSignals.METRIC_NAMED.matcher(clause).find()) {
                return Optional.empty(); // the goal names the metric, or is a model metric itself: nothing to translate
            }
            f = f.withText(f.question().replace(SECOND_CONTEXT, clause), f.lacks());
        }
        if (f.question().contains(CONTEXT)) {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            f = f.withText(f.question().replace(CONTEXT, BoardQuotes.clauseAround(found.get(0), board)), f.lacks());
        }
        if (f.question().contains(BoardFacts.LABEL)) {
            if (label.isEmpty()) {
                return Optional.empty(); // "Your label is …" needs a label on the board
            }
            f = f.withText(f.question().replace(BoardFacts.LABEL, label.get()), f.lacks());
            found.add(label.get());
            quotesFact = true;
        }
        if (f.question().contains(BoardFacts.NOTE)) {
            if (note.isEmpty()) {
                return Optional.empty(); // "Your note says …" needs a note on the board
            }
            f = f.withText(f.question().replace(BoardFacts.NOTE, note.get().text()), f.lacks());
            if (note.get().stage() != null) {
                f = f.atStage(note.get().stage());
            }
            found.add(note.get().text());
            quotesFact = true;
        }
        int s = FollowUpGaps.weight(gap, lacking);
        FollowUpReason.Kind kind;
        s += PER_IDEA * Math.min(f.focused() || f.precise() ? 2 * found.size() : found.size(), MAX_IDEAS);
        if (onDomain || f.precise() && !found.isEmpty() || quotesFact) {
            s += ON_DOMAIN; // a probe written for this kind of system beats a gap question any board could get
        }
        if (answeredStages.contains(f.stage())) {
            s += STAGE_ANSWERED;
        }
        if (lacking != null && f.domains().stream().anyMatch(d -> !d.startsWith(BoardDomains.NOT))) {
            s += KIND_WORDING; // one gap, two wordings: the one written for this kind of system asks it better
        }
        s -= f.penalty();
        int tier;
        if (lacking != null || !found.isEmpty()) {
            kind = lacking != null ? FollowUpReason.Kind.GAP : FollowUpReason.Kind.BOARD;
            tier = f.stock() && !mostlyEmpty ? ScoredFollowUp.STOCK_TIER : ScoredFollowUp.BOARD_TIER;
        } else if (f.triggers().isEmpty()) {
            kind = FollowUpReason.Kind.GENERAL;
            tier = ScoredFollowUp.GENERAL_TIER;
        } else {
            kind = FollowUpReason.Kind.UNRELATED;
            tier = ScoredFollowUp.UNRELATED_TIER;
        }
        FollowUpReason why = new FollowUpReason(kind, lacking, found);
        Stage missing = gap != null && FollowUpGaps.isStageGap(gap) ? gap.stage() : null;
        return Optional.of(new ScoredFollowUp(new RankedFollowUp(f, why), tier, s, index, quotes, quotesNote(f, note),
                quotesClaim, missing));
    }

    /** The board's title, prompt and Requirements boxes, normalised: where it states the load it must carry. */
    private static String requirementsText(Board board) {
        return new BoardText(board.withNodes(board.nodesOf(Stage.REQUIREMENTS))).normalized();
    }

    /**
     * True when a note box says one of the ideas that raise a bank question: the note's own question already asks
     * that point, so this one would be its near-duplicate (a label-delay question after a note "chargebacks arrive
     * weeks later?", a price-endogeneity question after "discounts went to the items that sold badly"), or one of
     * its "~" ideas, the topic a note may raise in other words (a fairness question after "zip code ok to use??").
     */
    private static boolean repeatsNote(FollowUp f, StageBoxes.Evidence inNotes) {
        for (String idea : concat(f.triggers(), FollowUpPreconditions.noteIdeas(f))) {
            if (ideaOnBoard(idea, inNotes.words(), inNotes.signals()).isPresent()) {
                return true;
            }
        }
        return false;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }

    private static boolean quotesNote(FollowUp f, Optional<BoardFacts.Note> note) {
        return note.isPresent() && f.question().contains(note.get().text());
    }

    /** The first of the idea's synonyms the board says, as written there. */
    private static Optional<String> ideaOnBoard(String idea, BoardTerms words, BoardSignals signals) {
        for (String synonym : idea.split("\\|")) {
            Optional<String> w = BoardSignals.isSignal(synonym) ? signals.find(synonym) : words.find(synonym);
            if (w.isPresent()) {
                return w.map(String::strip);
            }
        }
        return Optional.empty();
    }
}
