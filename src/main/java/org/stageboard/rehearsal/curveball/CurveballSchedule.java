package org.stageboard.rehearsal.curveball;

import java.util.ArrayList;
import java.util.List;
import org.stageboard.rehearsal.Phase;
import org.stageboard.rehearsal.PhasePlan;

/**
 * When curveballs are thrown: at 40% of the plan for one, at 40% and 65% for two, never in the first phase (the
 * candidate is still clarifying) nor the last (no time left to change the board).
 */
public final class CurveballSchedule {
    /** How many curveballs a rehearsal throws: the setting in the rehearsal setup. */
    public enum Count {
        OFF(0), ONE(1), TWO(2);

        private final int n;

        Count(int n) {
            this.n = n;
        }

        public int n() {
            return n;
        }

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }

        /** The count with this id; ONE (the default) for anything unknown. */
        public static Count byId(String id) {
            for (Count c : values()) {
                if (c.id().equals(id)) {
                    return c;
                }
            }
            return ONE;
        }
    }

    static final double[] AT = {0.40, 0.65};

    private CurveballSchedule() {
    }

    /** The running times (ms since the start, pauses excluded) at which the curveballs are due, in order. */
    public static List<Long> moments(PhasePlan plan, Count count) {
        Phase[] phases = Phase.values();
        long earliest = plan.endOf(phases[0]);
        long latest = plan.startOf(phases[phases.length - 1]) - 1;
        List<Long> out = new ArrayList<>();
        for (int i = 0; i < count.n() && i < AT.length; i++) {
            long at = Math.round(plan.totalMillis() * AT[i]);
            out.add(Math.max(earliest, Math.min(latest, at)));
        }
        return out;
    }
}
