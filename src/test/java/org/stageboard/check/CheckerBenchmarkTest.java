package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** The checker runs on every edit, so a 2,000-box board must check well inside one 60 Hz frame (16.7 ms). */
class CheckerBenchmarkTest {
    @Test
    void twoThousandBoxesCheckWithinAFrame() throws Exception {
        CheckerBenchmark.main(new String[0]);
        CheckerBenchmark.Result r = CheckerBenchmark.measure(2000);
        assertTrue(r.findings() > 0, "the generated board exercises the rules");
        // generous for a shared 2-core machine; typical figures are in the README
        assertTrue(r.checkMicros() < 16_700, "2,000 boxes took " + r.checkMicros() + " µs");
        assertTrue(r.recheckMicros() < r.checkMicros(), "re-check " + r.recheckMicros() + " µs is no faster than cold");
    }
}
