package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * The checker runs on every edit; this reports how long a 200- and 2,000-box board take, as ratios to baselines
 * measured in the same run. A benchmark, not a timed test: run it with
 * {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none}.
 */
@Tag("benchmark")
class CheckerBenchmarkTest {
    @Test
    void checkTwoHundredAndTwoThousandBoxes() throws Exception {
        CheckerBenchmark.main(new String[0]);
        CheckerBenchmark.Result r = CheckerBenchmark.measure(2000);
        assertTrue(r.findings() > 0, "the generated board exercises the rules");
    }
}
