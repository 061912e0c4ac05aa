package org.stageboard.export;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stageboard.bench.Bench;

/** Runs {@link ExportBenchmark} with the other benchmarks: mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none */
@Tag("benchmark")
class ExportBenchmarkTest {
    @Test
    void exportFortyFiveHundredAndTwoThousandBoxesAtOneTwoAndThreeX() throws Exception {
        // start the toolkit here so the benchmark does not shut it down under the other benchmarks
        Bench.onFx(() -> null);
        System.out.println("\n== Export benchmark ==");
        ExportBenchmark.main(new String[0]);
        excalidrawBeside();
    }

    /**
     * Excalidraw's figures on the same boards, where Node is installed: the script itself skips, with a note, when
     * Chromium or its node_modules are missing (see src/test/excalidraw/export-bench.mjs).
     */
    private static void excalidrawBeside() throws Exception {
        System.out.println("\n== Excalidraw's exportToBlob on the same boards ==");
        Process node;
        try {
            node = new ProcessBuilder("node", "src/test/excalidraw/export-bench.mjs", "target/excalidraw-bench")
                    .inheritIO().start();
        } catch (java.io.IOException noNode) {
            System.out.println("Excalidraw export benchmark skipped: Node is not installed.");
            return;
        }
        if (!node.waitFor(30, java.util.concurrent.TimeUnit.MINUTES)) {
            node.destroyForcibly();
            System.out.println("Excalidraw export benchmark stopped after 30 minutes.");
        }
    }
}
