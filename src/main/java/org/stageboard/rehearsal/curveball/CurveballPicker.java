package org.stageboard.rehearsal.curveball;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.template.Template;
import org.stageboard.text.Terms;
import org.stageboard.text.TextNorm;

/**
 * Chooses the curveballs a board gets: the template's own first (written for this case, in its order), then bank
 * entries whose conditions the board meets, those that need something specific (fraud, online serving, a
 * recommender) before those any board with the stage gets (a traffic spike, a new market). Within each group the
 * order comes from the seed, so the same board and seed always give the same curveballs and a new session may
 * give others.
 */
public final class CurveballPicker {
    /** Longest feature quoted into a curveball; longer items are not a feature's name. */
    private static final int MAX_FEATURE = 40;

    private final List<Template.Curveball> fromTemplate;
    private final List<CurveballBank.Entry> bank;
    private final long seed;

    public CurveballPicker(List<Template.Curveball> fromTemplate, List<CurveballBank.Entry> bank, long seed) {
        this.fromTemplate = List.copyOf(fromTemplate == null ? List.of() : fromTemplate);
        this.bank = List.copyOf(bank);
        this.seed = seed;
    }

    /** The template's curveballs (none without a template) and the bank in the interface language. */
    public static CurveballPicker of(Optional<Template> template, long seed) {
        return new CurveballPicker(template.map(Template::curveballs).orElse(List.of()), CurveballBank.general(), seed);
    }

    /** Every curveball that fits the board now, in the order they would be thrown. */
    public List<Curveball> candidates(Board board) {
        List<Curveball> out = new ArrayList<>();
        for (int i = 0; i < fromTemplate.size(); i++) {
            Template.Curveball c = fromTemplate.get(i);
            out.add(new Curveball("t." + i, c.stage(), c.text(), true));
        }
        BoardConditions conditions = new BoardConditions(board);
        List<Curveball> specific = new ArrayList<>();
        List<Curveball> general = new ArrayList<>();
        for (CurveballBank.Entry e : bank) {
            if (!conditions.all(e.requires())) {
                continue;
            }
            String text = e.text();
            if (e.quote().equals("feature")) {
                Optional<String> feature = feature(board, e.prefer());
                if (feature.isEmpty()) {
                    continue; // a privacy rule needs a feature of this board to remove
                }
                text = text.replace("{feature}", feature.get());
            }
            Curveball c = new Curveball("b." + e.id(), e.stageOrNote(), text, false);
            (isSpecific(e) ? specific : general).add(c);
        }
        Random random = new Random(seed);
        java.util.Collections.shuffle(specific, random);
        java.util.Collections.shuffle(general, random);
        out.addAll(specific);
        out.addAll(general);
        return out;
    }

    /** The first curveball not thrown yet, or empty when none fits. */
    public Optional<Curveball> next(Board board, Collection<String> thrownIds) {
        return candidates(board).stream().filter(c -> !thrownIds.contains(c.id())).findFirst();
    }

    /** The first {@code count} curveballs for the board. */
    public List<Curveball> pick(Board board, int count) {
        List<Curveball> all = candidates(board);
        return all.subList(0, Math.min(Math.max(0, count), all.size()));
    }

    /** An entry that needs more than a stage with something in it: it is about what this board is. */
    private static boolean isSpecific(CurveballBank.Entry e) {
        return e.requires().stream().anyMatch(r -> !r.strip().startsWith("stage:"));
    }

    /**
     * A feature the board's Features boxes name, as written: the first item (a line or a comma-separated part) that
     * matches {@code prefer}, else the first item at all.
     */
    static Optional<String> feature(Board board, String prefer) {
        Terms preferred = prefer.isBlank() ? null : Terms.of(List.of(prefer.split("\\|")));
        String first = null;
        for (Node n : board.nodesOf(Stage.FEATURES)) {
            for (String raw : n.text().split("[\\n,;，；、•]")) {
                String item = raw.strip().replaceFirst("^[-*·–]\\s*", "").replaceAll("[.。:：]+$", "").strip();
                if (item.length() < 2 || item.length() > MAX_FEATURE || item.equalsIgnoreCase(n.hint().strip())) {
                    continue;
                }
                if (preferred != null && preferred.in(TextNorm.normalize(item))) {
                    return Optional.of(item);
                }
                if (first == null) {
                    first = item;
                }
            }
        }
        return Optional.ofNullable(first);
    }
}
