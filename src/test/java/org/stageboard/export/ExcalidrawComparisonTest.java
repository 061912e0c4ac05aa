package org.stageboard.export;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stageboard.bench.Bench;

/** Runs {@link ExcalidrawComparison} with the other benchmarks: mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none */
@Tag("benchmark")
class ExcalidrawComparisonTest {
    @Test
    void stageboardAgainstExcalidrawInterleaved() throws Exception {
        // start the toolkit here so the comparison does not shut it down under the other benchmarks
        Bench.onFx(() -> null);
        System.out.println("\n== Export: Stageboard against Excalidraw's exportToBlob, interleaved ==");
        ExcalidrawComparison.main(new String[0]);
    }
}
