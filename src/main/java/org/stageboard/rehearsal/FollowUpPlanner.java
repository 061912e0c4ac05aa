package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Numbers;
import org.stageboard.check.Severity;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Orders follow-up questions for one board, the way an interviewer would ask them:
 * <ol>
 * <li>the template's own questions, in the template's order (written for this case);</li>
 * <li>one question per note box the candidate left (each quoted, asked at the stage its arrow points to);</li>
 * <li>on a board past {@link #MOSTLY_EMPTY}, one question for each decision stage it leaves out, until a question
 * on that stage is asked: a missing stage is the clearest gap an interviewer asks about;</li>
 * <li>questions that probe a gap: what the checker reports missing (no baseline, no online metric, a stage left
 * out...) or, for checks the checker does not make, what nothing on the board answers (no rollout plan);</li>
 * <li>questions about what the board says (its words trigger them), by how many distinct ideas it mentions;</li>
 * <li>general questions, then questions about things the board never mentions (a spam question on a music
 * board).</li>
 * </ol>
 * A question the board already answers (NDCG on the board: no "which ranking metric?") is not asked, and of
 * near-duplicates (one topic, or the same words) only the first is. Questions worded for another kind of system
 * ({@link BoardDomains}: no position-bias question on a forecasting board) are not asked either, and a question for
 * one kind of system needs positive evidence of that kind on the board (the bank's "requires": retrieval words for a
 * grounding question, a feed for a filter-bubble question, users for an A/B question), not just the absence of a
 * contrary kind. What the board states answers its question: a named metric (Gini, Pearson, WER…), a goal in
 * percent, a schedule ("08:30", "nightly", "每天", «раз в сутки»), a latency bound ("≤ 2 min"). Questions quote the
 * board where they can ({@link BoardFacts}: its label, its note; "{trigger}" and "{context}": the board's own word
 * and clause that raised them), and rank like questions on the board's own domain. Past one question raised by a
 * gap alone (baseline, online metric), a gap question waits behind the board-specific ones within the top five,
 * unless the board is mostly empty. Deterministic: ties keep the pool's order.
 */
public final class FollowUpPlanner {
    /**
     * A stage left out or empty weighs less than a gap inside a stage the candidate wrote: early in a rehearsal
     * most stages are still to come, and what they did write is what an interviewer digs into.
     */
    private static final int GAP_STAGE = 6;
    private static final int GAP_WARNING = 10;
    private static final int GAP_INFO = 8;
    /**
     * An unstated trade-off weighs less than other gaps: it is found on most boxes of a terse board, and a board
     * full of "why this and not that?" crowds out what the board is about.
     */
    private static final int GAP_TRADEOFF = 7;
    private static final int UNANSWERED = 5;
    /** Taken off per question already chosen for the same stage, so the questions walk the whole board. */
    private static final int SAME_STAGE = 1;
    /** Taken off per question already chosen for the same kind of reason, so gaps and the board's words mix. */
    private static final int SAME_KIND = 1;
    private static final int PER_IDEA = 4;
    private static final int MAX_IDEAS = 2;
    /** Added when the board is about a focused question's domain (its title, prompt or several boxes say it). */
    private static final int ON_DOMAIN = 4;
    private static final int STAGE_ANSWERED = 1;
    private static final String UNANSWERED_GAP = "unanswered";
    private static final Set<String> STAGE_GAPS = Set.of("missing-stage", "empty-stage");
    private static final String BOX = "{box}";
    /** Replaced by the board's own word for the question's first trigger idea ("You report MAPE: …"). */
    private static final String TRIGGER = "{trigger}";
    /** Replaced by the board's clause around that word ("prices live from rate API (cached 15 min)"). */
    private static final String CONTEXT = "{context}";
    private static final int CONTEXT_LENGTH = 60;
    /**
     * Questions from a checker gap that any board could get (baseline, online metric) land, but a top five made of
     * them says nothing about this board: past this many, a gap question waits while a question on the board's own
     * words is left, unless the board is {@link #MOSTLY_EMPTY} (then the gaps are what there is to ask about).
     */
    private static final int MAX_GAPS_IN_TOP = 1;
    private static final int TOP = 5;
    /** Fewer answered stages than this and the board is mostly empty. */
    private static final int MOSTLY_EMPTY = 4;
    /**
     * Tiers, best first: the template's questions, questions that rest on the board (its gaps and its words), stock
     * questions a gap or a word raised ({@link FollowUp#stock}), questions for any board, questions about words the
     * board never says.
     */
    private static final int TEMPLATE_TIER = 0;
    private static final int BOARD_TIER = 1;
    private static final int STOCK_TIER = 2;
    private static final int GENERAL_TIER = 3;
    private static final int UNRELATED_TIER = 4;
    private static final int QUOTE_LENGTH = 48;
    /** A clause that still weighs options ("LogReg vs XGB", "CatBoost или LightGBM", "LR 还是 GBDT"): no choice to quote. */
    private static final Pattern OPTIONS_OPEN = Pattern.compile(
            "(?iu)(?<![\\p{L}])(?:vs\\.?|versus|or|или|либо)(?![\\p{L}])|还是|或者|\\?\\s*$");
    /** A line naming the baseline: what the candidate compares against, not what they chose. */
    private static final Pattern BASELINE_LINE = Pattern.compile(
            "^(?i)(?:baseline|бейзлайн|базов\\p{L}* модель|基线)\\s*[:：—–-]");
    /**
     * Questions that quote a box ("Your Model box says …") are worth asking where the choice is contestable, but a
     * top five full of them reads as a form: after the first, the rest wait until every other question is chosen.
     */
    private static final int QUOTING_DEFERRED_TIER = 10;

    /** A "skipWhen" term starting with this is positive evidence the question needs: skipped when the board lacks it. */
    static final String REQUIRES = "!";
    /** A metric named on the board ({@link BoardSignals#METRIC_NAMED}); kept here for the tests that pin it. */
    static final Pattern METRIC_NAMED = BoardSignals.METRIC_NAMED;

    private final Function<Board, BoardTerms> terms;

    /** @param terms how a board's words are searched (the swap point for the shared text matcher) */
    public FollowUpPlanner(Function<Board, BoardTerms> terms) {
        this.terms = terms;
    }

    public FollowUpPlanner() {
        this(BoardText::new);
    }

    /** One question's standing on a board, before sorting. */
    private record Scored(RankedFollowUp ranked, int tier, int score, int index, boolean quotes, boolean note,
                          Stage missingStage) {
        Scored(RankedFollowUp ranked, int tier, int score, int index, boolean quotes) {
            this(ranked, tier, score, index, quotes, false, null);
        }
    }

    /**
     * The questions still to ask on {@code board}, in order, each with why.
     *
     * @param asked questions asked already this session, with why (never again, nor their near-duplicates)
     */
    public List<RankedFollowUp> plan(List<FollowUp> pool, Board board, List<RankedFollowUp> asked) {
        BoardTerms words = terms.apply(board);
        Optional<String> label = BoardFacts.label(board);
        BoardSignals signals = new BoardSignals(new BoardText(board).normalized(), label);
        List<Finding> findings = Checker.check(board);
        Set<Stage> answeredStages = new HashSet<>();
        for (Node n : board.nodes()) {
            if (!n.isEmptyAnswer()) {
                answeredStages.add(n.stage());
            }
        }
        Set<String> kinds = BoardDomains.of(words);
        List<BoardFacts.Note> notes = BoardFacts.notes(board);
        Set<String> askedIds = new HashSet<>();
        asked.forEach(r -> askedIds.add(r.question().id()));
        boolean mostlyEmpty = answeredStages.size() < MOSTLY_EMPTY;
        List<Scored> scored = new ArrayList<>();
        for (int i = 0; i < pool.size(); i++) {
            FollowUp f = pool.get(i);
            if (askedIds.contains(f.id())) {
                continue;
            }
            if (f.fromTemplate()) {
                scored.add(new Scored(new RankedFollowUp(f, FollowUpReason.template()), TEMPLATE_TIER, 0, i, false));
                continue;
            }
            if (!BoardDomains.fits(f.domains(), kinds)) {
                continue; // worded for another kind of system: a ranking question on a forecasting board
            }
            if (answered(f.answeredBy(), words, signals) || answered(f.skipWhen(), words, signals)) {
                continue;
            }
            if (!f.question().contains(BoardFacts.NOTE)) {
                score(f, board, words, signals, findings, answeredStages, i, label, Optional.empty(), mostlyEmpty).ifPresent(scored::add);
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
        return choose(scored, asked, quotedAsked, mostlyEmpty);
    }

    /**
     * True when the board says one of {@code terms}, or lacks what a "requires" term ("!idea") needs: either way
     * the question is not asked. A "#name" term is a {@link BoardSignals} signal ("#latency": a number with a time
     * unit; "#schedule": when predictions are made; "#label": the board states its label...).
     */
    private static boolean answered(List<String> terms, BoardTerms words, BoardSignals signals) {
        for (String term : terms) {
            if (term.startsWith(REQUIRES)) {
                if (!saysAny(term.substring(REQUIRES.length()), words, signals)) {
                    return true; // the positive evidence this question needs is not on the board
                }
            } else if (BoardSignals.isSignal(term) ? signals.shows(term) : words.mentions(term)) {
                return true;
            }
        }
        return false;
    }

    /** True when the board says one of an idea's synonyms ("rag|retriev*|knowledge base"; "#latency": as in answeredBy). */
    private static boolean saysAny(String idea, BoardTerms words, BoardSignals signals) {
        for (String synonym : idea.split("\\|")) {
            String term = synonym.strip();
            if (BoardSignals.isSignal(term) ? signals.shows(term) : !term.isEmpty() && words.mentions(term)) {
                return true;
            }
        }
        return false;
    }

    private Optional<Scored> score(FollowUp f, Board board, BoardTerms words, BoardSignals signals,
                                   List<Finding> findings, Set<Stage> answeredStages, int index,
                                   Optional<String> label, Optional<BoardFacts.Note> note, boolean mostlyEmpty) {
        Finding gap = gapFinding(f, findings);
        String lacking = gap != null ? sentence(gap.message()) : unansweredGap(f, answeredStages);
        boolean quotes = f.question().contains(BOX);
        if (quotes) {
            String quote = gap == null ? null : quote(board, gap.nodeId());
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
        if (f.question().contains(TRIGGER)) {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            f = f.withText(f.question().replace(TRIGGER, asWritten(found.get(0), board)), f.lacks());
        }
        if (f.question().contains(CONTEXT)) {
            if (found.isEmpty()) {
                return Optional.empty();
            }
            f = f.withText(f.question().replace(CONTEXT, clauseAround(found.get(0), board)), f.lacks());
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
        int s = gap != null ? gapWeight(gap) : lacking != null ? UNANSWERED : 0;
        FollowUpReason.Kind kind;
        s += PER_IDEA * Math.min(f.focused() || f.precise() ? 2 * found.size() : found.size(), MAX_IDEAS);
        if (onDomain || f.precise() && !found.isEmpty() || quotesFact) {
            s += ON_DOMAIN; // a probe written for this kind of system beats a gap question any board could get
        }
        if (answeredStages.contains(f.stage())) {
            s += STAGE_ANSWERED;
        }
        s -= f.penalty();
        int tier;
        if (lacking != null || !found.isEmpty()) {
            kind = lacking != null ? FollowUpReason.Kind.GAP : FollowUpReason.Kind.BOARD;
            tier = f.stock() && !mostlyEmpty ? STOCK_TIER : BOARD_TIER;
        } else if (f.triggers().isEmpty()) {
            kind = FollowUpReason.Kind.GENERAL;
            tier = GENERAL_TIER;
        } else {
            kind = FollowUpReason.Kind.UNRELATED;
            tier = UNRELATED_TIER;
        }
        FollowUpReason why = new FollowUpReason(kind, lacking, found);
        Stage missing = gap != null && STAGE_GAPS.contains(gap.ruleId()) ? gap.stage() : null;
        return Optional.of(new Scored(new RankedFollowUp(f, why), tier, s, index, quotes, quotesNote(f, note),
                missing));
    }

    private static boolean quotesNote(FollowUp f, Optional<BoardFacts.Note> note) {
        return note.isPresent() && f.question().contains(note.get().text());
    }

    /** How much a checker finding raises the question that probes it. */
    private static int gapWeight(Finding gap) {
        if (STAGE_GAPS.contains(gap.ruleId())) {
            return GAP_STAGE;
        }
        if (gap.ruleId().equals("unstated-tradeoff")) {
            return GAP_TRADEOFF;
        }
        return gap.severity() == Severity.INFO ? GAP_INFO : GAP_WARNING;
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

    /** The checker finding this question probes, most severe first, or null. */
    private static Finding gapFinding(FollowUp f, List<Finding> findings) {
        Finding best = null;
        for (String g : f.gaps()) {
            int at = g.indexOf('@');
            String rule = at < 0 ? g : g.substring(0, at);
            Stage stage = at < 0 ? f.stage() : Stage.fromId(g.substring(at + 1)).orElse(null);
            for (Finding x : findings) {
                if (x.ruleId().equals(rule) && (x.stage() == stage || x.stage() == null)
                        && (best == null || x.severity().compareTo(best.severity()) < 0)) {
                    best = x;
                }
            }
        }
        return best;
    }

    /** "No rollout plan" when the stage the gap names has an answer yet nothing answers this question; else null. */
    private static String unansweredGap(FollowUp f, Set<Stage> answeredStages) {
        for (String g : f.gaps()) {
            if (g.equals(UNANSWERED_GAP) || g.startsWith(UNANSWERED_GAP + "@")) {
                Stage stage = g.equals(UNANSWERED_GAP) ? f.stage()
                        : Stage.fromId(g.substring(UNANSWERED_GAP.length() + 1)).orElse(null);
                if (answeredStages.contains(stage) && !f.lacks().isBlank()) {
                    return Messages.get("rehearsal.followup.why.lacks", f.lacks());
                }
            }
        }
        return null;
    }

    /**
     * A short quote of the box a finding is about: its own title, else the first clause of its text ("XGBoost" of
     * "XGBoost, 300 trees; class weights"), cut at a word when long.
     */
    private static String quote(Board board, String nodeId) {
        if (nodeId == null) {
            return null;
        }
        Map<String, Node> byId = board.nodesById();
        Node n = byId.get(nodeId);
        if (n == null) {
            return null;
        }
        String s = SeededText.isSeededTitle(n.title()) || n.title().isBlank() ? firstLine(n.text()) : n.title().strip();
        if (s.isBlank()) {
            return null;
        }
        String[] label = s.split("[:：]", 2);
        if (label.length == 2 && !label[1].isBlank() && label[0].strip().split("\\s+").length <= 2) {
            s = label[1].strip(); // "baseline: LR on hashed feats": "baseline" names the line, the choice follows
        }
        String clause = s.split("[;；,，:：(（]", 2)[0].replaceAll("[.。!！?？]+$", "").strip();
        if (clause.isEmpty() || OPTIONS_OPEN.matcher(clause).find()) {
            return null; // "LogReg vs XGB" names both options: "what did you consider instead?" does not fit it
        }
        if (clause.length() <= QUOTE_LENGTH) {
            return clause;
        }
        int cut = clause.lastIndexOf(' ', QUOTE_LENGTH - 1);
        return clause.substring(0, cut > QUOTE_LENGTH / 2 ? cut : QUOTE_LENGTH - 1).strip() + "…";
    }

    /** The first line that states the choice: not blank and not the baseline ("baseline: LR", "бейзлайн —"). */
    private static String firstLine(String text) {
        String first = "";
        for (String line : text.split("\\R")) {
            String l = line.strip().replaceFirst("^[•\\-*·]\\s*", "");
            if (l.isEmpty()) {
                continue;
            }
            if (!BASELINE_LINE.matcher(l).find()) {
                return l;
            }
            first = first.isEmpty() ? l : first;
        }
        return first;
    }

    /**
     * Picks questions one at a time, as a session would: the best remaining one (template first, then tier, then
     * score less {@link #SAME_STAGE} for each question already chosen on its stage, then pool order; template
     * questions keep the template's order), skipping any
     * whose topic or words repeat a chosen or asked one. Starting from what was asked, the plan after asking its
     * first question is the rest of the same plan.
     */
    private static List<RankedFollowUp> choose(List<Scored> scored, List<RankedFollowUp> asked, boolean quotedAsked,
                                               boolean mostlyEmpty) {
        Set<String> topics = new HashSet<>();
        List<Set<String>> texts = new ArrayList<>();
        Map<Stage, Integer> perStage = new EnumMap<>(Stage.class);
        Map<FollowUpReason.Kind, Integer> perKind = new EnumMap<>(FollowUpReason.Kind.class);
        for (RankedFollowUp r : asked) {
            FollowUp f = r.question();
            topics.add(f.topic());
            texts.add(NearDuplicates.words(f.question()));
            perStage.merge(f.stage(), 1, Integer::sum);
            perKind.merge(r.why().kind(), 1, Integer::sum);
        }

        Set<Stage> stagesAsked = new HashSet<>(); // a missing stage already asked about waits like any other gap
        asked.forEach(r -> stagesAsked.add(r.question().stage()));
        List<Scored> left = new ArrayList<>(scored);
        List<RankedFollowUp> out = new ArrayList<>();
        boolean[] quoted = {quotedAsked};
        int[] gapsInTop = {(int) asked.stream().filter(FollowUpPlanner::onlyGap).count()};
        int[] shown = {asked.size()};
        while (!left.isEmpty()) {
            boolean capGaps = !mostlyEmpty && shown[0] < TOP && gapsInTop[0] >= MAX_GAPS_IN_TOP;
            Comparator<Scored> order = Comparator.comparingInt((Scored s) -> group(s, stagesAsked, mostlyEmpty))
                    .thenComparingInt((Scored s) -> s.quotes() && quoted[0]
                            ? 2 * QUOTING_DEFERRED_TIER
                            : 2 * s.tier() + (capGaps && onlyGap(s.ranked()) && s.missingStage() == null ? 1 : 0))
                    .thenComparing(Comparator.comparingInt((Scored s) -> s.tier() == TEMPLATE_TIER ? 0
                            : s.score() - SAME_STAGE * perStage.getOrDefault(s.ranked().question().stage(), 0)
                            - SAME_KIND * perKind.getOrDefault(s.ranked().why().kind(), 0)).reversed())
                    .thenComparingInt(Scored::index);
            Scored best = left.stream().min(order).orElseThrow();
            left.remove(best);
            FollowUp f = best.ranked().question();
            if (topics.contains(f.topic())) {
                continue;
            }
            Set<String> words = NearDuplicates.words(f.question());
            if (!best.note() && texts.stream().anyMatch(t -> NearDuplicates.similar(t, words))) {
                continue; // notes quote different open points in one wording: never each other's duplicates
            }
            stagesAsked.add(f.stage()); // a missing stage jumps the queue until one question about it is asked
            topics.add(f.topic());
            texts.add(words);
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
     * A board word as the candidate wrote it ("MAPE", not the matcher's "mape"): the first place the board's text
     * has it, ignoring case; the word itself when the text has it only in another form.
     */
    private static String asWritten(String word, Board board) {
        Pattern p = Pattern.compile(Pattern.quote(word), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
        List<String> texts = new ArrayList<>(List.of(board.title(), board.prompt()));
        board.nodes().forEach(n -> {
            texts.add(n.title());
            texts.add(n.text());
        });
        for (String t : texts) {
            java.util.regex.Matcher m = p.matcher(t);
            if (m.find()) {
                return m.group();
            }
        }
        return word;
    }

    /**
     * The clause of the board that holds a word ("labels = SIU outcomes (confirmed fraud), only on referred claims"
     * for "only on"), cut at a word when long: enough of the board's own text to show what the question is about.
     */
    private static String clauseAround(String word, Board board) {
        String written = asWritten(word, board);
        for (Node n : board.nodes()) {
            for (String clause : n.text().split("\\R|[;；/|•]")) {
                int at = clause.toLowerCase(java.util.Locale.ROOT).indexOf(written.toLowerCase(java.util.Locale.ROOT));
                if (at < 0) {
                    continue;
                }
                String c = clause.strip();
                if (c.length() <= CONTEXT_LENGTH) {
                    return c;
                }
                int start = Math.max(0, Math.min(c.toLowerCase(java.util.Locale.ROOT).indexOf(written.toLowerCase(
                        java.util.Locale.ROOT)) - CONTEXT_LENGTH / 2, c.length() - CONTEXT_LENGTH));
                int space = c.indexOf(' ', start);
                start = start == 0 || space < 0 || space - start > 12 ? start : space + 1;
                String cut = c.substring(start, Math.min(c.length(), start + CONTEXT_LENGTH)).strip();
                return (start > 0 ? "…" : "") + cut + (start + CONTEXT_LENGTH < c.length() ? "…" : "");
            }
        }
        return written;
    }

    /**
     * Which comes first: the template's questions, then the board's notes (each an open point the candidate left),
     * then one question for each decision stage the board leaves out (the clearest gap an interviewer asks about),
     * then the rest by tier and score. On a mostly empty board most stages are still to come, so no stage jumps
     * the queue for being missing.
     */
    private static int group(Scored s, Set<Stage> stagesAsked, boolean mostlyEmpty) {
        if (s.tier() == TEMPLATE_TIER) {
            return 0;
        }
        if (s.note()) {
            return 1;
        }
        return !mostlyEmpty && s.missingStage() != null && !stagesAsked.contains(s.missingStage()) ? 2 : 3;
    }

    /** Raised by a gap alone, with nothing on the board's own words behind it. */
    private static boolean onlyGap(RankedFollowUp r) {
        return r.why().kind() == FollowUpReason.Kind.GAP && r.why().boardWords().isEmpty();
    }

    /** A finding's message as a clause: without its final full stop. */
    private static String sentence(String message) {
        String m = message.strip();
        return m.endsWith(".") || m.endsWith("。") ? m.substring(0, m.length() - 1) : m;
    }
}
