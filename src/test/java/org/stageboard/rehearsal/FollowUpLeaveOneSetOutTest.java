package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * How the ranker does on boards nobody tuned it on: nested leave-one-set-out over the judged development folders.
 * For each judged set, the window and penalty are chosen by leave-one-set-out over the other sets alone, the weights
 * are trained on those other sets, and the held set's top 5 is scored against its judges' verdicts (joined on board
 * file + question id; a top-5 question no judge saw counts as not relevant, and the "judged" column says how many
 * had a verdict). The rules' own order is scored on the same joins. The rules were tuned on these sets, so their
 * figure is in-sample; the ranker's is not. Writes {@code target/followup-loso.md}:
 * {@code mvn -q -B -o test -Dtest=FollowUpLeaveOneSetOutTest}.
 */
class FollowUpLeaveOneSetOutTest {
    @Test
    void theRankerRaisesTheHeldOutTopFiveOverTheRulesOrder() throws IOException {
        Map<String, List<FollowUpJudgedSets.BoardQuestions>> sets = FollowUpJudgedSets.load();
        List<String> all = List.copyOf(sets.keySet());
        FollowUpRankerTraining.Tally rules = new FollowUpRankerTraining.Tally();
        FollowUpRankerTraining.Tally ranked = new FollowUpRankerTraining.Tally();
        StringBuilder perSet = new StringBuilder("| held-out set | chosen window, L2 | rules | ranker |\n|---|---|---|---|\n");
        for (String held : all) {
            List<String> rest = all.stream().filter(s -> !s.equals(held)).toList();
            FollowUpRankerTraining.Config config = FollowUpRankerTraining.choose(sets, rest);
            FollowUpRanker ranker = new FollowUpRanker(FollowUpRankerTraining.train(sets, rest, config));
            FollowUpRankerTraining.Tally r = FollowUpRankerTraining.score(sets.get(held), FollowUpRanker.RULES);
            FollowUpRankerTraining.Tally m = FollowUpRankerTraining.score(sets.get(held), ranker);
            rules.addAll(r);
            ranked.addAll(m);
            perSet.append(String.format(Locale.ROOT, "| %s | %d, %s | %.3f | %.3f |%n", held, config.window(),
                    config.l2(), r.share("all"), m.share("all")));
        }
        StringBuilder md = new StringBuilder("# Follow-up ranker: nested leave-one-set-out, top 5\n\n")
                .append("| language | rules: relevant / judged / slots | share | ranker: relevant / judged / slots | share |\n")
                .append("|---|---|---|---|---|\n");
        for (String lang : List.of("en", "zh", "ru", "all")) {
            int[] a = rules.byLang.getOrDefault(lang, new int[3]);
            int[] b = ranked.byLang.getOrDefault(lang, new int[3]);
            md.append(String.format(Locale.ROOT, "| %s | %d / %d / %d | %.3f | %d / %d / %d | %.3f |%n", lang, a[0], a[1],
                    a[2], rules.share(lang), b[0], b[1], b[2], ranked.share(lang)));
        }
        md.append('\n').append(perSet);
        System.out.print(md);
        Files.createDirectories(Path.of("target"));
        Files.writeString(Path.of("target", "followup-loso.md"), md.toString(), StandardCharsets.UTF_8);
        assertTrue(ranked.relevant() >= rules.relevant(), "the ranker lowers the held-out top 5:\n" + md);
    }
}
