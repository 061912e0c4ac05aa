package org.stageboard.export;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stageboard.bench.Bench;

/**
 * Runs {@link ExportBenchmark} with the other benchmarks: mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none.
 * Excalidraw's figures on the same boards come from {@link ExcalidrawComparison}, interleaved with Stageboard's.
 */
@Tag("benchmark")
class ExportBenchmarkTest {
    @Test
    void exportFortyFiveHundredAndTwoThousandBoxesAtOneTwoAndThreeX() throws Exception {
        // start the toolkit here so the benchmark does not shut it down under the other benchmarks
        Bench.onFx(() -> null);
        System.out.println("\n== Export benchmark ==");
        ExportBenchmark.main(new String[0]);
    }
}
