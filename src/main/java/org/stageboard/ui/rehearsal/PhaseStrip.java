package org.stageboard.ui.rehearsal;

import java.util.EnumMap;
import java.util.Map;
import javafx.geometry.Pos;
import javafx.scene.control.Label;
import javafx.scene.control.Tooltip;
import javafx.scene.layout.Region;
import javafx.scene.layout.StackPane;
import org.stageboard.i18n.Messages;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;
import org.stageboard.rehearsal.SessionReport;

/**
 * The phases of a plan side by side, each as wide as its share of the time but never narrower than its short name,
 * each labelled and filled as its time runs. The current phase is outlined, an overrun one turns amber; the colours
 * are the theme's own (AtlantaFX looked-up colours), so the strip reads in light and dark.
 */
final class PhaseStrip extends Region {
    private static final double GAP = 2;
    private static final double LABEL_PADDING = 14;
    private final Map<Phase, Segment> segments = new EnumMap<>(Phase.class);
    private PhasePlan plan;

    PhaseStrip() {
        getStyleClass().add("phase-strip");
        setId("timer-phases");
    }

    /** Shows the phases of {@code plan}, none of them filled. */
    void show(PhasePlan plan) {
        this.plan = plan;
        segments.clear();
        getChildren().clear();
        for (Phase p : Phase.values()) {
            Segment s = new Segment(p, plan);
            segments.put(p, s);
            getChildren().add(s);
        }
        requestLayout();
    }

    /** Fills each phase to {@code progress} (0..1) and marks the current and overrun ones. */
    void update(Map<Phase, Double> progress, Phase current, Phase overrun) {
        for (Map.Entry<Phase, Segment> e : segments.entrySet()) {
            Segment s = e.getValue();
            s.progress = Math.max(0, Math.min(1, progress.getOrDefault(e.getKey(), 0.0)));
            s.pseudo("current", e.getKey() == current);
            s.pseudo("overrun", e.getKey() == overrun);
            s.pseudo("done", s.progress >= 1 && e.getKey() != current);
            s.requestLayout();
        }
    }

    /** The label of a phase's segment (tests read it). */
    Label label(Phase p) {
        return segments.get(p).label;
    }

    double fill(Phase p) {
        return segments.get(p).progress;
    }

    /** Never narrower than its names, so no phase label is cut. */
    @Override
    protected double computeMinWidth(double height) {
        double sum = 0;
        for (Segment s : segments.values()) {
            sum += s.labelWidth();
        }
        return snappedLeftInset() + snappedRightInset() + sum + GAP * Math.max(0, segments.size() - 1);
    }

    @Override
    protected double computePrefWidth(double height) {
        double sum = 0;
        for (Segment s : segments.values()) {
            sum += s.labelWidth();
        }
        return snappedLeftInset() + snappedRightInset() + sum * 1.4 + GAP * Math.max(0, segments.size() - 1);
    }

    @Override
    protected double computePrefHeight(double width) {
        double h = 0;
        for (Segment s : segments.values()) {
            h = Math.max(h, s.prefHeight(-1));
        }
        return snappedTopInset() + snappedBottomInset() + h;
    }

    @Override
    protected void layoutChildren() {
        if (plan == null || segments.isEmpty()) {
            return;
        }
        double x0 = snappedLeftInset();
        double y0 = snappedTopInset();
        double w = getWidth() - x0 - snappedRightInset() - GAP * (segments.size() - 1);
        double h = getHeight() - y0 - snappedBottomInset();
        Map<Phase, Double> widths = widths(w);
        double x = x0;
        for (Map.Entry<Phase, Segment> e : segments.entrySet()) {
            double sw = widths.get(e.getKey());
            e.getValue().resizeRelocate(snapPositionX(x), y0, snapSizeX(sw), h);
            x += sw + GAP;
        }
    }

    /**
     * Width per phase: its share of {@code total}, raised to fit its name; the raise is taken from the phases that
     * have room to spare. When not even the names fit, every phase gets its name's share of the room.
     */
    private Map<Phase, Double> widths(double total) {
        Map<Phase, Double> min = new EnumMap<>(Phase.class);
        double minSum = 0;
        for (Map.Entry<Phase, Segment> e : segments.entrySet()) {
            min.put(e.getKey(), e.getValue().labelWidth());
            minSum += e.getValue().labelWidth();
        }
        Map<Phase, Double> out = new EnumMap<>(Phase.class);
        if (minSum >= total) {
            double names = minSum;
            min.forEach((p, m) -> out.put(p, total * m / names));
            return out;
        }
        java.util.Set<Phase> fixed = java.util.EnumSet.noneOf(Phase.class);
        for (int round = 0; round < Phase.values().length; round++) {
            double fixedWidth = fixed.stream().mapToDouble(min::get).sum();
            double freeShare = segments.keySet().stream().filter(p -> !fixed.contains(p)).mapToDouble(plan::share).sum();
            boolean changed = false;
            for (Phase p : segments.keySet()) {
                if (!fixed.contains(p) && freeShare > 0
                        && (total - fixedWidth) * plan.share(p) / freeShare < min.get(p)) {
                    fixed.add(p);
                    changed = true;
                }
            }
            if (!changed) {
                for (Phase p : segments.keySet()) {
                    out.put(p, fixed.contains(p) ? min.get(p)
                            : freeShare > 0 ? (total - fixedWidth) * plan.share(p) / freeShare : min.get(p));
                }
                return out;
            }
        }
        min.forEach(out::put);
        return out;
    }

    /** One phase: a track, the fill of its elapsed time, and its short name on top. */
    private static final class Segment extends StackPane {
        private final Region fill = new Region();
        private final Label label;
        private double progress;

        Segment(Phase p, PhasePlan plan) {
            getStyleClass().add("phase-segment");
            setId("phase-bar-" + p.id());
            fill.getStyleClass().add("phase-fill");
            fill.setManaged(false);
            label = new Label(Messages.get("rehearsal.phase.short." + p.id()));
            label.getStyleClass().add("phase-label");
            label.setMinWidth(0);
            StackPane.setAlignment(label, Pos.CENTER);
            getChildren().addAll(fill, label);
            Tooltip.install(this, new Tooltip(Messages.get("rehearsal.timer.phaseTip", SessionReport.phaseName(p),
                    SessionReport.clock(plan.budget(p)))));
        }

        double labelWidth() {
            return label.prefWidth(-1) + LABEL_PADDING;
        }

        void pseudo(String name, boolean on) {
            pseudoClassStateChanged(javafx.css.PseudoClass.getPseudoClass(name), on);
        }

        @Override
        protected void layoutChildren() {
            super.layoutChildren();
            double inset = 1;
            fill.resizeRelocate(inset, inset, Math.max(0, (getWidth() - 2 * inset) * progress),
                    Math.max(0, getHeight() - 2 * inset));
        }
    }
}
