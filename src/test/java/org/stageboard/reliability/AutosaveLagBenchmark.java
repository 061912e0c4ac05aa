package org.stageboard.reliability;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.stageboard.io.Autosave;

/**
 * Measures how much work a kill -9 loses with the app's autosave: a child JVM edits a 40-box board every 20 ms
 * (faster than anyone types) with {@code AutosaveScheduler.background}, and is killed at a random moment; the crash
 * copy then tells when its last edit was made, and the gap to the kill is the work lost. A figure, not an
 * assertion. Run: {@code mvn -q test -Dgroups=benchmark -Dbenchmark.exclude=none -Dtest=AutosaveLagBenchmark}
 * (prints the figures and writes target/autosave-lag.md).
 */
@Tag("benchmark")
class AutosaveLagBenchmark {
    private static final int KILLS = Integer.getInteger("stageboard.lag.kills", 20);

    @Test
    void workLostToAKillDuringContinuousEditing() throws Exception {
        Random random = new Random(5);
        long worst = 0;
        long total = 0;
        Path root = Files.createTempDirectory("lag");
        for (int k = 0; k < KILLS; k++) {
            Path dir = root.resolve("run" + k);
            long killedAt;
            try (ChildJvm child = ChildJvm.start(List.of("-Xmx128m"), "autosaveLoop", dir.toString())) {
                child.await("ready", 60);
                Thread.sleep(2500 + random.nextInt(3000));
                killedAt = System.currentTimeMillis();
                child.kill();
            }
            List<Autosave.Entry> copies = new Autosave(dir).crashCopies();
            String title = copies.get(0).board().title();
            long lastSaved = Long.parseLong(title.substring(title.indexOf(" at ") + 4));
            long lost = killedAt - lastSaved;
            worst = Math.max(worst, lost);
            total += lost;
        }
        String report = String.format("autosave: %d kills during continuous editing (an edit every 20 ms); work lost:"
                + " mean %d ms, worst %d ms%n", KILLS, total / KILLS, worst);
        System.out.print(report);
        Files.writeString(Path.of("target/autosave-lag.md"), report);
    }
}
