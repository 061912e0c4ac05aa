package org.stageboard.rehearsal;

import java.util.List;
import java.util.Set;
import org.stageboard.model.Stage;

/**
 * Whether a bank question may be asked on a board at all, before any ranking: it is worded for this kind of system
 * ({@link BoardDomains}), the board does not already answer it ("answeredBy": NDCG on the board, no "which ranking
 * metric?"), nothing on the board makes it beside the point ("skipWhen": a nightly batch, no p99 question), and the
 * board shows the positive evidence its premise needs ("requires": a feed for a filter-bubble question). Terms are
 * whole tokens ({@link BoardTerms}) or "#name" signals ({@link BoardSignals}). An answeredBy term starting with "@"
 * is read in the boxes of the question's own stage only, where broad evidence is safe ("@#metric": any named metric
 * in the Evaluation box answers "which metric?"); one starting with "~" is an idea a note box may raise, making the
 * question the note's near-duplicate ({@link FollowUpPlanner}), and is not read here.
 */
final class FollowUpPreconditions {
    /** A "skipWhen" term starting with this is positive evidence the question needs: skipped when the board lacks it. */
    static final String REQUIRES = "!";
    /**
     * A "requires" idea starting with this ("!^detect*|anomal*") must be what the board is about ({@link
     * BoardTerms#central}: its title or prompt, or two boxes), not a word said once: an alert-fatigue question needs a
     * board that detects events for people, not a detection rule in passing on a pricing board.
     */
    static final String ITS_SUBJECT = "^";
    /**
     * A "requires" idea starting with this ("!>image*|photo*") must be what the model reads: the board's subject, or
     * said in a Features or Model box. Photos that label sensor data once in the Data box are no image model; "CNN
     * over photos of the wrist" in the Model box is.
     */
    static final String MODEL_INPUT = ">";
    /** An answeredBy term starting with this is read in the boxes of the question's stage only. */
    static final String IN_BOX = "@";
    /** An answeredBy term starting with this is an idea a note box may already raise. */
    static final String IN_NOTE = "~";

    private FollowUpPreconditions() {
    }

    /** True when {@code f} may be asked on a board of {@code kinds} that says {@code words} and shows {@code signals}. */
    static boolean allow(FollowUp f, Set<String> kinds, BoardTerms words, BoardSignals signals, StageBoxes boxes) {
        return BoardDomains.fits(f.domains(), kinds) && !answeredInBox(f, boxes)
                && !answered(f.answeredBy(), words, signals, boxes) && !answered(f.skipWhen(), words, signals, boxes);
    }

    /** True when the boxes of the question's own stage say one of its "@" terms (each an idea, '|' between synonyms). */
    private static boolean answeredInBox(FollowUp f, StageBoxes boxes) {
        for (String term : f.answeredBy()) {
            if (term.startsWith(IN_BOX) && saysInBoxes(term.substring(IN_BOX.length()), boxes, f.stage())) {
                return true;
            }
        }
        return false;
    }

    /** True when the boxes of {@code stage} alone say one of an idea's synonyms. */
    private static boolean saysInBoxes(String idea, StageBoxes boxes, Stage stage) {
        StageBoxes.Evidence box = boxes.of(stage);
        return saysAny(idea, box.words(), box.signals());
    }

    /**
     * The ideas of {@code f} that, said in a note box, mean the note already asks this question: its "~" ideas and
     * its plain answered-by words (a note "drift?" asks the drift question; "#" shapes are left out: a number in a
     * note is no topic).
     */
    static List<String> noteIdeas(FollowUp f) {
        return f.answeredBy().stream().filter(t -> !t.startsWith(IN_BOX) && !BoardSignals.isSignal(t))
                .map(t -> t.startsWith(IN_NOTE) ? t.substring(IN_NOTE.length()) : t).toList();
    }

    /**
     * True when the board says one of {@code terms}, or lacks what a "requires" term ("!idea") needs: either way
     * the question is not asked ("!^idea": unless the board is about it; "!>idea": unless the model reads it). A
     * "#name" term is a {@link BoardSignals} signal ("#latency": a number with a time
     * unit; "#schedule": when predictions are made; "#label": the board states its label...).
     */
    private static boolean answered(List<String> terms, BoardTerms words, BoardSignals signals, StageBoxes boxes) {
        for (String term : terms) {
            if (term.startsWith(IN_BOX) || term.startsWith(IN_NOTE)) {
                continue; // read in the stage's own box or in the notes, not on the whole board
            }
            if (term.startsWith(REQUIRES + ITS_SUBJECT)) {
                if (!words.central(term.substring(REQUIRES.length() + ITS_SUBJECT.length()))) {
                    return true; // the board says it in passing at most: not what it is about
                }
            } else if (term.startsWith(REQUIRES + MODEL_INPUT)) {
                if (!readByTheModel(term.substring(REQUIRES.length() + MODEL_INPUT.length()), words, boxes)) {
                    return true; // said only where the model does not read it, such as a labelling source
                }
            } else if (term.startsWith(REQUIRES)) {
                if (!saysAny(term.substring(REQUIRES.length()), words, signals)) {
                    return true; // the positive evidence this question needs is not on the board
                }
            } else if (saysAny(term, words, signals)) {
                return true; // one idea, its synonyms joined by '|' as everywhere in the bank
            }
        }
        return false;
    }

    /** True when the board is about {@code idea} or its Features or Model boxes say it ({@link #MODEL_INPUT}). */
    private static boolean readByTheModel(String idea, BoardTerms words, StageBoxes boxes) {
        return words.central(idea) || saysInBoxes(idea, boxes, Stage.FEATURES) || saysInBoxes(idea, boxes, Stage.MODEL);
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
}
