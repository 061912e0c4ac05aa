package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stageboard.model.Stage;

class PhasePlanTest {
    private static final long MIN = 60_000;

    @Test
    void preset45HasTheBudgetsFromTheBrief() {
        PhasePlan p = PhasePlan.preset45();
        assertEquals(45 * MIN, p.totalMillis());
        long[] expected = {5, 4, 9, 9, 6, 8, 4};
        Phase[] phases = Phase.values();
        for (int i = 0; i < phases.length; i++) {
            assertEquals(expected[i] * MIN, p.budget(phases[i]), phases[i].id());
        }
    }

    @Test
    void preset60AddsUpToAnHourAndGivesEveryPhaseMoreThan45() {
        PhasePlan p60 = PhasePlan.preset60();
        PhasePlan p45 = PhasePlan.preset45();
        assertEquals(60 * MIN, p60.totalMillis());
        for (Phase ph : Phase.values()) {
            assertTrue(p60.budget(ph) >= p45.budget(ph), ph.id());
        }
    }

    @Test
    void customTotalsAddUpExactlyAndKeepTheProportions() {
        PhasePlan p45 = PhasePlan.preset45();
        for (int m = 1; m <= 180; m++) {
            PhasePlan p = PhasePlan.ofMinutes(m);
            assertEquals(m * MIN, p.totalMillis(), "total for " + m);
            for (Phase ph : Phase.values()) {
                assertEquals(p45.share(ph), p.share(ph), 1.0 / (m * 60), ph.id() + " at " + m);
                assertEquals(0, p.budget(ph) % 1000, "whole seconds");
            }
        }
        assertEquals(PhasePlan.preset45(), PhasePlan.ofMinutes(45));
    }

    @Test
    void forMinutesUsesThePresets() {
        assertEquals(PhasePlan.preset60(), PhasePlan.forMinutes(60));
        assertEquals(30 * MIN, PhasePlan.forMinutes(30).totalMillis());
    }

    @Test
    void rejectsSillyTotals() {
        assertThrows(IllegalArgumentException.class, () -> PhasePlan.ofMinutes(0));
        assertThrows(IllegalArgumentException.class, () -> PhasePlan.ofMinutes(-5));
    }

    @Test
    void phaseAtFollowsTheScheduleBoundaries() {
        PhasePlan p = PhasePlan.preset45();
        assertEquals(Phase.CLARIFY, p.phaseAt(0));
        assertEquals(Phase.CLARIFY, p.phaseAt(5 * MIN - 1));
        assertEquals(Phase.FRAMING, p.phaseAt(5 * MIN));
        assertEquals(Phase.DATA_FEATURES, p.phaseAt(9 * MIN));
        assertEquals(Phase.MODEL, p.phaseAt(18 * MIN));
        assertEquals(Phase.EVALUATION, p.phaseAt(27 * MIN));
        assertEquals(Phase.SERVING_MONITORING, p.phaseAt(33 * MIN));
        assertEquals(Phase.WRAP_UP, p.phaseAt(41 * MIN));
        assertEquals(Phase.WRAP_UP, p.phaseAt(99 * MIN));
        assertEquals(41 * MIN, p.startOf(Phase.WRAP_UP));
        assertEquals(45 * MIN, p.endOf(Phase.WRAP_UP));
    }

    @Test
    void phasesCoverEveryPipelineStageOnce() {
        for (Stage s : Stage.pipeline()) {
            assertTrue(Phase.of(s).isPresent(), s.id());
        }
        assertTrue(Phase.of(Stage.NOTE).isEmpty());
        assertEquals(List.of(Stage.DATA, Stage.FEATURES), Phase.DATA_FEATURES.stages());
        assertTrue(Phase.WRAP_UP.stages().isEmpty());
        assertEquals(Phase.SERVING_MONITORING, Phase.fromId("serving_monitoring").orElseThrow());
    }
}
