package org.stageboard.check;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stageboard.check.tradeoff.Part;
import org.stageboard.check.tradeoff.StageReading;
import org.stageboard.check.tradeoff.TradeoffReader;
import org.stageboard.check.tradeoff.TradeoffReading;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * Reads the trade-off of each decision stage: a structured trade-off row that is complete, or the text of one of
 * the stage's boxes, or the text of a note an arrow links to one of them (either direction: that is how a
 * follow-up answer lands on the board). When no box states one, the box that came closest explains what is
 * missing. Shared by the rules, the summary and the findings panel, so they cannot disagree.
 */
public final class TradeoffReadings {
    private TradeoffReadings() {
    }

    /** The reading of every decision stage of {@code profile} that is on the board, in pipeline order. */
    public static Map<Stage, StageReading> of(Board board, Profile profile) {
        CheckContext ctx = new CheckContext(board, profile);
        Map<Stage, StageReading> out = new LinkedHashMap<>();
        Map<Stage, List<Node>> notes = linkedNotes(ctx);
        for (Stage s : profile.decisionStages()) {
            if (ctx.hasStage(s)) {
                out.put(s, read(ctx, s, notes.getOrDefault(s, List.of())));
            }
        }
        return out;
    }

    /** The last context's linked notes: the rule and the summary ask for them several times per check. */
    private static CheckContext lastContext;
    private static Map<Stage, List<Node>> lastNotes;

    /** For each stage, the notes linked by an arrow to one of its boxes, in board order. */
    static synchronized Map<Stage, List<Node>> linkedNotes(CheckContext ctx) {
        if (ctx != lastContext) {
            lastNotes = findLinkedNotes(ctx.board());
            lastContext = ctx;
        }
        return lastNotes;
    }

    private static Map<Stage, List<Node>> findLinkedNotes(Board b) {
        Map<Stage, List<Node>> out = new EnumMap<>(Stage.class);
        if (b.edges().isEmpty() || b.nodes().stream().noneMatch(n -> n.stage() == Stage.NOTE)) {
            return out;
        }
        Map<String, Node> byId = new java.util.HashMap<>(b.nodes().size() * 2);
        for (Node n : b.nodes()) {
            byId.put(n.id(), n);
        }
        Map<Stage, java.util.Set<Node>> linked = new EnumMap<>(Stage.class);
        for (Edge e : b.edges()) {
            Node from = byId.get(e.from());
            Node to = byId.get(e.to());
            if (from != null && to != null) {
                link(linked, from, to);
                link(linked, to, from);
            }
        }
        linked.forEach((stage, notes) -> out.put(stage, List.copyOf(notes)));
        return out;
    }

    private static void link(Map<Stage, java.util.Set<Node>> out, Node note, Node box) {
        if (note.stage() == Stage.NOTE && box.stage() != Stage.NOTE) {
            out.computeIfAbsent(box.stage(), k -> new java.util.LinkedHashSet<>()).add(note);
        }
    }

    /** The stage's reading: the first box (or linked note) that states a trade-off, else the one that came closest. */
    static StageReading read(CheckContext ctx, Stage s, List<Node> notes) {
        StageReading best = new StageReading(s, null, TradeoffReading.nothing(TradeoffReading.Hint.NONE),
                StageReading.Source.NONE);
        List<Node> boxes = new ArrayList<>(ctx.nodes(s));
        boxes.addAll(notes);
        for (Node n : boxes) {
            StageReading.Source source = n.stage() == Stage.NOTE ? StageReading.Source.LINKED_NOTE
                    : StageReading.Source.TEXT;
            TradeoffReading structured = structured(n);
            if (structured != null) {
                return new StageReading(s, n.id(), structured, StageReading.Source.STRUCTURED);
            }
            if (ctx.isEmpty(n)) {
                continue;
            }
            TradeoffReading r = TradeoffReader.read(text(n));
            if (r.stated()) {
                return new StageReading(s, n.id(), r, source);
            }
            if (best.source() == StageReading.Source.NONE || r.found() > best.reading().found()) {
                best = new StageReading(s, n.id(), r, source);
            }
        }
        return best;
    }

    /** True when a box of the stage (or a linked note) states a trade-off, cached per box for re-checks. */
    static boolean states(CheckContext ctx, Stage s, List<Node> notes) {
        for (Node n : ctx.nodes(s)) {
            if (statesIn(ctx, n)) {
                return true;
            }
        }
        for (Node n : notes) {
            if (statesIn(ctx, n)) {
                return true;
            }
        }
        return false;
    }

    private static boolean statesIn(CheckContext ctx, Node n) {
        return structured(n) != null
                || !ctx.isEmpty(n) && ctx.test(n, TradeoffReader.class, a -> TradeoffReader.states(text(n)));
    }

    /**
     * What the candidate wrote in the box; the hint seeded by a template is not an answer. ("TBD" is read as a
     * placeholder by the reader itself.)
     */
    static String text(Node n) {
        String t = n.text();
        return t.equals(n.hint()) || t.strip().equals(n.hint().strip()) ? "" : t;
    }

    /** A complete structured trade-off (an alternative and a real reason) read as is, or null. */
    static TradeoffReading structured(Node n) {
        for (TradeOff t : n.tradeoffs()) {
            if (t.hasAlternative() && hasRealReason(t)) {
                String over = String.join(", ", t.over().stream().filter(o -> !o.isBlank()).toList());
                return new TradeoffReading(t.choice().strip(), over, t.because().strip(), EnumSet.noneOf(Part.class),
                        TradeoffReading.Hint.NONE);
            }
        }
        return null;
    }

    /** A reason of "TBD" or "?" is a placeholder, not a reason. */
    static boolean hasRealReason(TradeOff t) {
        return t.hasReason() && !TradeoffText.isPlaceholderOnly(t.because());
    }
}
