package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.Set;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * Draws follow-up questions one at a time, preferring what the board already shows, never the same question
 * twice in a session. Deterministic: the same pool, seed and boards give the same questions in the same order.
 *
 * <p>Relevance: a template question +4 (it was written for this case); +3 for each trigger the board mentions
 * (at most two count); -3 when the question has triggers and the board mentions none of them (a fraud question
 * on a music board); +2 when the question's stage already has a box with an answer in it. Ties are broken by a
 * seeded shuffle, so rehearsals do not always start with the same question.
 */
public final class FollowUpPicker {
    private final List<FollowUp> order;
    private final Set<String> used = new HashSet<>();
    private FollowUp current;

    public FollowUpPicker(List<FollowUp> pool, long seed) {
        List<FollowUp> shuffled = new ArrayList<>(pool);
        Collections.shuffle(shuffled, new Random(seed));
        this.order = List.copyOf(shuffled);
    }

    /** The question on the card now, if any. */
    public Optional<FollowUp> current() {
        return Optional.ofNullable(current);
    }

    /** The most relevant question not asked yet (it becomes current), or empty when the pool is used up. */
    public Optional<FollowUp> next(Board board) {
        List<FollowUp> ranked = ranked(board);
        current = ranked.isEmpty() ? null : ranked.get(0);
        if (current != null) {
            used.add(current.id());
        }
        return current();
    }

    /** The questions not asked yet, most relevant first. */
    public List<FollowUp> ranked(Board board) {
        BoardText text = new BoardText(board);
        Set<Stage> answered = new HashSet<>();
        for (Node n : board.nodes()) {
            if (!n.isEmptyAnswer()) {
                answered.add(n.stage());
            }
        }
        List<FollowUp> fresh = new ArrayList<>();
        for (FollowUp f : order) {
            if (!used.contains(f.id())) {
                fresh.add(f);
            }
        }
        // List.sort is stable: equal scores keep the seeded shuffle order.
        fresh.sort(Comparator.comparingInt((FollowUp f) -> -score(f, text, answered)));
        return fresh;
    }

    static int score(FollowUp f, BoardText text, Set<Stage> answered) {
        int s = f.fromTemplate() ? 4 : 0;
        int hits = (int) f.triggers().stream().filter(text::mentions).count();
        if (!f.triggers().isEmpty()) {
            s += hits == 0 ? -3 : 3 * Math.min(hits, 2);
        }
        if (answered.contains(f.stage())) {
            s += 2;
        }
        return s;
    }

    public int remaining() {
        return (int) order.stream().filter(f -> !used.contains(f.id())).count();
    }

    public boolean wasAsked(String id) {
        return used.contains(id);
    }
}
