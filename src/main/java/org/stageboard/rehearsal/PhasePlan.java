package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.Collections;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/**
 * How the minutes of a rehearsal are split across the {@link Phase}s.
 *
 * <p>The 45-minute preset (5/4/9/9/6/8/4) follows the domain brief: clarify first and never skip it (5),
 * framing is short but decides everything after it (4), data+features and the model are where the depth
 * is asked for (9 each, two stages in the first), evaluation with the A/B test design (6), serving and
 * monitoring are two stages and carry most scale follow-ups (8), and wrap-up leaves time to ask "is there
 * anywhere you feel I missed?" and to take the interviewer's follow-ups (4). The 60-minute preset keeps the
 * same proportions with the extra quarter hour going to the deep stages. A custom total scales the
 * 45-minute shares, in whole seconds, so the budgets always add up to the total exactly.
 */
public final class PhasePlan {
    private static final int[] SHARES_45 = {5, 4, 9, 9, 6, 8, 4};
    private static final int[] MINUTES_60 = {6, 5, 12, 12, 8, 11, 6};
    private static final long MINUTE = 60_000L;

    private final Map<Phase, Long> budgets;
    private final long total;

    private PhasePlan(Map<Phase, Long> budgets) {
        this.budgets = Collections.unmodifiableMap(new EnumMap<>(budgets));
        this.total = budgets.values().stream().mapToLong(Long::longValue).sum();
    }

    public static PhasePlan preset45() {
        return fromMinutes(SHARES_45);
    }

    public static PhasePlan preset60() {
        return fromMinutes(MINUTES_60);
    }

    /**
     * A plan for any total of at least one minute, splitting it in the 45-minute proportions.
     * Uses largest-remainder rounding to whole seconds so the parts add up to {@code totalMinutes}.
     */
    public static PhasePlan ofMinutes(int totalMinutes) {
        if (totalMinutes < 1 || totalMinutes > 600) {
            throw new IllegalArgumentException("total minutes must be 1..600, was " + totalMinutes);
        }
        long totalSeconds = totalMinutes * 60L;
        int shareSum = 0;
        for (int s : SHARES_45) {
            shareSum += s;
        }
        Phase[] phases = Phase.values();
        long[] secs = new long[phases.length];
        double[] rest = new double[phases.length];
        long used = 0;
        for (int i = 0; i < phases.length; i++) {
            double exact = (double) totalSeconds * SHARES_45[i] / shareSum;
            secs[i] = (long) Math.floor(exact);
            rest[i] = exact - secs[i];
            used += secs[i];
        }
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < phases.length; i++) {
            order.add(i);
        }
        order.sort((a, b) -> Double.compare(rest[b], rest[a]));
        for (int k = 0; used < totalSeconds; k++, used++) {
            secs[order.get(k % order.size())]++;
        }
        Map<Phase, Long> map = new EnumMap<>(Phase.class);
        for (int i = 0; i < phases.length; i++) {
            map.put(phases[i], secs[i] * 1000L);
        }
        return new PhasePlan(map);
    }

    /** A plan with the given budget for every phase (as read back from a session file). */
    public static PhasePlan of(Map<Phase, Long> budgets) {
        for (Phase p : Phase.values()) {
            Long b = budgets.get(p);
            if (b == null || b <= 0) {
                throw new IllegalArgumentException("phase " + p.id() + " needs a positive budget");
            }
        }
        return new PhasePlan(budgets);
    }

    /** The preset for 45 or 60 minutes, any other total scaled by {@link #ofMinutes}. */
    public static PhasePlan forMinutes(int totalMinutes) {
        return switch (totalMinutes) {
            case 45 -> preset45();
            case 60 -> preset60();
            default -> ofMinutes(totalMinutes);
        };
    }

    private static PhasePlan fromMinutes(int[] minutes) {
        Map<Phase, Long> map = new EnumMap<>(Phase.class);
        Phase[] phases = Phase.values();
        for (int i = 0; i < phases.length; i++) {
            map.put(phases[i], minutes[i] * MINUTE);
        }
        return new PhasePlan(map);
    }

    public long totalMillis() {
        return total;
    }

    public long budget(Phase phase) {
        return budgets.get(phase);
    }

    /** Milliseconds from the session start at which {@code phase} is scheduled to begin. */
    public long startOf(Phase phase) {
        long t = 0;
        for (Phase p : Phase.values()) {
            if (p == phase) {
                return t;
            }
            t += budgets.get(p);
        }
        throw new IllegalArgumentException(String.valueOf(phase));
    }

    public long endOf(Phase phase) {
        return startOf(phase) + budget(phase);
    }

    /** The phase scheduled at {@code elapsedMillis}; wrap-up at and after the end. */
    public Phase phaseAt(long elapsedMillis) {
        for (Phase p : Phase.values()) {
            if (elapsedMillis < endOf(p)) {
                return p;
            }
        }
        return Phase.WRAP_UP;
    }

    /** Each phase's share of the total, 0..1, for drawing proportional progress bars. */
    public double share(Phase phase) {
        return (double) budget(phase) / total;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof PhasePlan p && p.budgets.equals(budgets);
    }

    @Override
    public int hashCode() {
        return budgets.hashCode();
    }

    @Override
    public String toString() {
        return "PhasePlan" + budgets;
    }
}
