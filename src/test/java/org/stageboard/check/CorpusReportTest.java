package org.stageboard.check;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes the corpus precision/recall table to target/check-corpus-report.md (and stdout). */
class CorpusReportTest {
    @Test
    void writesTheReport() throws IOException {
        CorpusReport.main(new String[0]);
        String report = Files.readString(Path.of("target", "check-corpus-report.md"));
        assertTrue(report.contains("| unstated-tradeoff |"), report);
    }
}
