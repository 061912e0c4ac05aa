package org.stageboard.rehearsal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.template.TemplateLibrary;

/**
 * The follow-up measurement of issue 8: for every board in a folder, the first five questions the card would ask
 * (with why) go to a Markdown report; if the folder has a {@code judgements.tsv} (board, question id,
 * relevant|generic, judged by someone who did not write the ranking), the report gives the share judged relevant,
 * and a top-5 question with no judgement counts as unknown: listed in {@code target/followup-top5*-unjudged.tsv} for
 * the next judge and in the report's "unknown" column, never as relevant (the share of slots counts it as not).
 *
 * <p>Development folders, in the order they were burned: {@code followup-boards-dev} (written for tuning),
 * {@code followup-boards}, {@code followup-boards-heldout}, {@code followup-boards-heldout2},
 * {@code followup-boards-heldout3}, {@code followup-boards-heldout4}, {@code followup-boards-heldout5}, {@code followup-boards-heldout6} to {@code followup-boards-heldout25}, then {@code followup-boards-heldout27}, {@code followup-boards-heldout28} to {@code followup-boards-heldout31} (each held out and judged independently for
 * one round, then used to tune the next; {@code followup-boards-heldout26}, set 27, stays held out). Held out: any other {@code followup-boards-heldout*} folder, judged
 * independently and never tuned on: the figure to report. When there is none the held-out test is skipped with a
 * note saying so, rather than passing on nothing. A board's language is its file name's prefix (en-, zh-, ru-).
 */
class FollowUpRelevanceReportTest {
    private static final Path RESOURCES = Path.of("src/test/resources");
    private static final int TOP = 5;

    /** One judged or unjudged top-5 question, and why it was chosen, worded in the board's language. */
    private record Row(String board, String lang, int rank, RankedFollowUp question, String why) {
    }

    /** The folders tuned on, oldest first; their shares are development figures. */
    static final List<String> DEVELOPMENT = List.of("followup-boards-dev", "followup-boards",
            "followup-boards-heldout", "followup-boards-heldout2", "followup-boards-heldout3",
            "followup-boards-heldout4", "followup-boards-heldout5", "followup-boards-heldout6",
            "followup-boards-heldout7", "followup-boards-heldout8", "followup-boards-heldout9",
            "followup-boards-heldout10", "followup-boards-heldout11", "followup-boards-heldout12",
            "followup-boards-heldout13", "followup-boards-heldout14", "followup-boards-heldout15",
            "followup-boards-heldout16", "followup-boards-heldout17", "followup-boards-heldout18",
            "followup-boards-heldout19", "followup-boards-heldout20", "followup-boards-heldout21",
            "followup-boards-heldout22", "followup-boards-heldout23", "followup-boards-heldout24",
            "followup-boards-heldout25", "followup-boards-heldout27", "followup-boards-heldout28",
            "followup-boards-heldout29", "followup-boards-heldout30", "followup-boards-heldout31");

    @Test
    void heldOutBoards() throws IOException {
        List<String> fresh = freshHeldOut();
        Assumptions.assumeFalse(fresh.isEmpty(), "no fresh held-out folder (followup-boards-heldout* not among the "
                + "development folders) in " + RESOURCES + ": held-out relevance not measured");
        for (String folder : fresh) {
            report(folder);
        }
    }

    @ParameterizedTest
    @MethodSource("developmentFolders")
    void developmentBoards(String folder) throws IOException {
        report(folder);
    }

    static Stream<String> developmentFolders() {
        return DEVELOPMENT.stream();
    }

    /** Held-out folders not yet tuned on: named followup-boards-heldout*, not a development folder. */
    private static List<String> freshHeldOut() throws IOException {
        try (Stream<Path> s = Files.list(RESOURCES)) {
            return s.filter(Files::isDirectory).map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("followup-boards-heldout") && !DEVELOPMENT.contains(n))
                    .sorted().toList();
        }
    }

    /** Reports a folder of {@code src/test/resources} into {@code target/followup-top5<suffix>.md}. */
    private static void report(String folder) throws IOException {
        report(RESOURCES.resolve(folder), Path.of("target", folder.replace("followup-boards", "followup-top5") + ".md"));
    }

    private static void report(Path folder, Path out) throws IOException {
        List<Path> boards = boards(folder);
        Assumptions.assumeFalse(boards.isEmpty(), "no boards in " + folder);
        List<Row> rows = new ArrayList<>();
        for (Path file : boards) {
            rows.addAll(top(file));
        }
        Path tsv = folder.resolve("judgements.tsv");
        Map<String, String> judged = Files.exists(tsv) ? judgements(tsv) : null;
        StringBuilder md = new StringBuilder("# Top " + TOP + " follow-ups per board\n\nBoards: `" + folder + "` ("
                + boards.size() + "). Produced by FollowUpRelevanceReportTest; the order is the card's and `followups`'.\n\n");
        if (judged != null) {
            md.append(summary(rows, judged, boards)).append('\n');
        } else {
            md.append("No `judgements.tsv` in the folder yet: nothing judged.\n\n");
        }
        String board = null;
        List<String> missing = new ArrayList<>();
        for (Row r : rows) {
            if (!r.board().equals(board)) {
                board = r.board();
                md.append("## ").append(board).append(" (").append(r.lang()).append(")\n\n");
            }
            FollowUp f = r.question().question();
            String verdict = judged == null ? null : judged.get(key(r.board(), f.id()));
            if (judged != null && verdict == null) {
                missing.add(r.board() + "\t" + f.id() + "\t\t# " + f.question());
            }
            md.append(r.rank()).append(". `").append(f.id()).append("` [").append(f.stage().id()).append("] ")
                    .append(f.question()).append("  \n   *why:* ").append(r.why())
                    .append(verdict == null ? "" : "  \n   *judged:* " + verdict).append('\n');
            if (r.rank() == TOP) {
                md.append('\n');
            }
        }
        Files.createDirectories(out.toAbsolutePath().getParent());
        Files.writeString(out, md.toString(), StandardCharsets.UTF_8);
        Path todo = out.resolveSibling(out.getFileName().toString().replace(".md", "-unjudged.tsv"));
        if (!missing.isEmpty()) {
            // not judged is unknown, not relevant: listed for the next judge, counted in the "unknown" column
            Files.writeString(todo, String.join("\n", missing) + "\n", StandardCharsets.UTF_8);
        } else {
            Files.deleteIfExists(todo);
        }
        assertTrue(Files.size(out) > 0);
    }

    private static List<Path> boards(Path folder) throws IOException {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> s = Files.list(folder)) {
            return s.filter(p -> p.toString().endsWith(".stageboard")).sorted().toList();
        }
    }

    /** The first questions the card asks on this board, in the board's language. */
    private static List<Row> top(Path file) {
        String name = file.getFileName().toString().replace(".stageboard", "");
        String lang = language(name);
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.forLanguageTag(lang));
            Board board = BoardFiles.open(file);
            List<FollowUpBank.StagedQuestion> template = board.templateId().isBlank() ? List.of()
                    : FollowUpBank.questionsOf(TemplateLibrary.load().byId(board.templateId()));
            List<RankedFollowUp> plan = new FollowUpPicker(FollowUpBank.with(template)).plan(board);
            List<Row> rows = new ArrayList<>();
            for (int i = 0; i < Math.min(TOP, plan.size()); i++) {
                rows.add(new Row(name, lang, i + 1, plan.get(i), plan.get(i).why().text()));
            }
            assertEquals(Math.min(TOP, plan.size()), rows.size());
            return rows;
        } catch (Exception e) {
            throw new AssertionError(file + ": " + e.getMessage(), e);
        } finally {
            Messages.setLocale(before);
        }
    }

    /** A board's language: its file name's prefix (en-, zh-, ru-), English without one. */
    private static String language(String name) {
        return name.length() > 2 && name.charAt(2) == '-' ? name.substring(0, 2) : "en";
    }

    /** board + question id -> relevant|generic; blank lines and # comments skipped; anything else malformed fails. */
    private static Map<String, String> judgements(Path tsv) throws IOException {
        Map<String, String> out = new LinkedHashMap<>();
        List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length < 3 || !(cols[2].strip().equals("relevant") || cols[2].strip().equals("generic"))) {
                fail(tsv + ":" + (i + 1) + ": expected board<TAB>question id<TAB>relevant|generic, got: " + line);
            }
            String board = cols[0].strip().replace(".stageboard", "");
            out.put(key(board, cols[1].strip()), cols[2].strip());
        }
        return out;
    }

    private static String key(String board, String id) {
        return board + "\t" + id;
    }

    /**
     * The share judged relevant, overall and per language: over the judged top-5 questions, and over every slot of
     * the top 5 (boards × 5), where a card shorter than five counts its empty slots as not relevant, so a short card
     * cannot raise the figure by asking less.
     */
    private static String summary(List<Row> rows, Map<String, String> judged, List<Path> boards) {
        Map<String, int[]> byLang = new TreeMap<>();
        int[] all = new int[4];
        for (Path b : boards) {
            String lang = language(b.getFileName().toString().replace(".stageboard", ""));
            byLang.computeIfAbsent(lang, k -> new int[4])[2] += TOP;
            all[2] += TOP;
        }
        for (Row r : rows) {
            String v = judged.get(key(r.board(), r.question().question().id()));
            if (v == null) {
                byLang.computeIfAbsent(r.lang(), k -> new int[4])[3]++;
                all[3]++;
                continue;
            }
            int[] c = byLang.computeIfAbsent(r.lang(), k -> new int[4]);
            int hit = v.equals("relevant") ? 1 : 0;
            c[0] += hit;
            c[1]++;
            all[0] += hit;
            all[1]++;
        }
        StringBuilder sb = new StringBuilder("| language | relevant | judged | share | per board of " + TOP
                + " | slots | share of slots | unknown (not judged) |\n|---|---|---|---|---|---|---|---|\n");
        byLang.forEach((lang, c) -> sb.append(line(lang, c)));
        sb.append(line("all", all));
        System.out.print(sb);
        return sb.toString();
    }

    private static String line(String what, int[] c) {
        double share = c[1] == 0 ? 0 : (double) c[0] / c[1];
        double ofSlots = c[2] == 0 ? 0 : (double) c[0] / c[2];
        return String.format(Locale.ROOT, "| %s | %d | %d | %.2f | %.1f | %d | %.2f | %d |%n", what, c[0], c[1], share,
                share * TOP, c[2], ofSlots, c[3]);
    }
}
