package org.stageboard.rehearsal;

import java.nio.file.Path;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/** Writes the judged candidates for analysis: {@code -Dfollowup.dump=target/followup-candidates.tsv}. */
class FollowUpJudgedDumpTest {
    @Test
    void dump() throws Exception {
        String out = System.getProperty("followup.dump", "");
        Assumptions.assumeFalse(out.isBlank(), "no -Dfollowup.dump");
        FollowUpJudgedSets.dump(Path.of(out));
    }
}
