package org.stageboard.rehearsal;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.stageboard.check.Finding;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;

/**
 * What the candidate sees after a rehearsal: time per phase against its budget, which stages the board
 * covers, the checker's findings on the final board, and the follow-ups with the answers given.
 *
 * @param timePerPhase running time per phase (see {@link SessionLog#timePerPhase()})
 * @param covered      pipeline stages with at least one box that says something
 * @param missing      pipeline stages with no such box
 */
public record SessionReport(String title, String prompt, PhasePlan plan, long totalMillis,
                            Map<Phase, Long> timePerPhase, List<Stage> covered, List<Stage> missing,
                            List<Finding> findings, List<FollowUpOutcome> followUps) {

    /** What became of one follow-up question. */
    public enum Outcome { ASKED, ANSWERED, SKIPPED }

    /** A follow-up as the report lists it. */
    public record FollowUpOutcome(Stage stage, String question, Outcome outcome, String answer) {
    }

    public SessionReport {
        timePerPhase = Map.copyOf(timePerPhase);
        covered = List.copyOf(covered);
        missing = List.copyOf(missing);
        findings = List.copyOf(findings);
        followUps = List.copyOf(followUps);
    }

    public static SessionReport of(SavedSession session, FindingSource source) {
        SessionLog log = session.log();
        Board last = log.lastBoard();
        Set<Stage> said = EnumSet.noneOf(Stage.class);
        for (Node n : last.nodes()) {
            if (!n.isEmptyAnswer()) {
                said.add(n.stage());
            }
        }
        List<Stage> covered = Stage.pipeline().stream().filter(said::contains).toList();
        List<Stage> missing = Stage.pipeline().stream().filter(s -> !said.contains(s)).toList();
        List<Finding> findings = Objects.requireNonNullElse(source, FindingSource.none()).findings(last);
        return new SessionReport(last.title(), last.prompt(), session.plan(), log.activeDuration(),
                log.timePerPhase(), covered, missing, findings == null ? List.of() : findings, followUps(log));
    }

    /** One line per question, in the order asked; an answer or a skip updates the question's line. */
    public static List<FollowUpOutcome> followUps(SessionLog log) {
        List<FollowUpOutcome> out = new ArrayList<>();
        for (LogEntry e : log.followUps()) {
            Stage stage = e.stages().stream().findFirst().orElse(Stage.NOTE);
            int at = lastIndexOf(out, e.text());
            switch (e.kind()) {
                case FOLLOW_UP_ASKED -> out.add(new FollowUpOutcome(stage, e.text(), Outcome.ASKED, ""));
                case FOLLOW_UP_ANSWERED -> {
                    FollowUpOutcome answered = new FollowUpOutcome(stage, e.text(), Outcome.ANSWERED,
                            at >= 0 && !out.get(at).answer().isEmpty()
                                    ? out.get(at).answer() + "\n" + e.answer() : e.answer());
                    put(out, at, answered);
                }
                case FOLLOW_UP_SKIPPED -> {
                    if (at < 0 || out.get(at).outcome() == Outcome.ASKED) {
                        put(out, at, new FollowUpOutcome(stage, e.text(), Outcome.SKIPPED, ""));
                    }
                }
                default -> {
                }
            }
        }
        return out;
    }

    private static int lastIndexOf(List<FollowUpOutcome> list, String question) {
        for (int i = list.size() - 1; i >= 0; i--) {
            if (list.get(i).question().equals(question)) {
                return i;
            }
        }
        return -1;
    }

    private static void put(List<FollowUpOutcome> list, int at, FollowUpOutcome f) {
        if (at < 0) {
            list.add(f);
        } else {
            list.set(at, f);
        }
    }

    /**
     * The phase times as the report prints them, in whole seconds that add up to the printed total: each phase is
     * cut to its whole seconds and the seconds lost to cutting go to the phases that lost the most (largest
     * remainder), so the column sums to "Time used" exactly.
     */
    public Map<Phase, Long> shownPerPhase() {
        Map<Phase, Long> out = new java.util.EnumMap<>(Phase.class);
        long shownSeconds = 0;
        for (Phase p : Phase.values()) {
            long s = timePerPhase.getOrDefault(p, 0L) / 1000;
            out.put(p, s);
            shownSeconds += s;
        }
        long missing = Math.max(0, totalMillis / 1000 - shownSeconds);
        List<Phase> byRemainder = new ArrayList<>(List.of(Phase.values()));
        byRemainder.sort(java.util.Comparator.comparingLong((Phase p) -> timePerPhase.getOrDefault(p, 0L) % 1000)
                .reversed());
        for (int i = 0; i < missing && i < byRemainder.size(); i++) {
            out.merge(byRemainder.get(i), 1L, Long::sum);
        }
        out.replaceAll((p, sec) -> sec * 1000);
        return out;
    }

    /** Minutes and seconds, "m:ss", as a countdown shows them ("60:00" for an hour, not "1:00:00"). */
    public static String clock(long millis) {
        long s = Math.max(0, millis) / 1000;
        return String.format(java.util.Locale.ROOT, "%d:%02d", s / 60, s % 60);
    }

    public static String phaseName(Phase p) {
        return Messages.get("rehearsal.phase." + p.id());
    }

    public static String stageName(Stage s) {
        return Messages.stageName(s);
    }

    /** A finding's severity in the reader's language ("предупреждение", "警告"), as the findings panel names it. */
    public static String severityName(Finding f) {
        return Messages.get("check.severity." + f.severity().id());
    }

    /** The report as Markdown; {@code imageName} (may be null) is linked as the picture of the board. */
    public String toMarkdown(String imageName) {
        return toMarkdown(imageName, "");
    }

    /**
     * The report as Markdown with {@code sections} (more "## " sections, e.g. curveballs and the scorecard) after the
     * follow-ups and before the picture of the board.
     */
    public String toMarkdown(String imageName, String sections) {
        StringBuilder md = new StringBuilder();
        String heading = title.isBlank() ? Messages.get("rehearsal.report.title")
                : Messages.get("rehearsal.report.titleOf", inline(title));
        md.append("# ").append(heading).append("\n\n");
        if (!prompt.isBlank()) {
            md.append("> ").append(inline(prompt)).append("\n\n");
        }
        md.append(Messages.get("rehearsal.report.total", clock(totalMillis), clock(plan.totalMillis()))).append("\n\n");

        md.append("## ").append(Messages.get("rehearsal.report.time")).append("\n\n");
        md.append("| ").append(Messages.get("rehearsal.report.col.phase")).append(" | ")
                .append(Messages.get("rehearsal.report.col.budget")).append(" | ")
                .append(Messages.get("rehearsal.report.col.actual")).append(" | ")
                .append(Messages.get("rehearsal.report.col.diff")).append(" |\n|---|---:|---:|---|\n");
        Map<Phase, Long> shown = shownPerPhase();
        for (Phase p : Phase.values()) {
            long budget = plan.budget(p);
            long actual = shown.get(p);
            String diff = actual > budget ? Messages.get("rehearsal.report.over", clock(actual - budget))
                    : Messages.get("rehearsal.report.under", clock(budget - actual));
            md.append("| ").append(cell(phaseName(p))).append(" | ").append(clock(budget)).append(" | ")
                    .append(clock(actual)).append(" | ").append(diff).append(" |\n");
        }
        md.append('\n');

        md.append("## ").append(Messages.get("rehearsal.report.stages")).append("\n\n");
        md.append("- ").append(Messages.get("rehearsal.report.covered")).append(": ").append(names(covered)).append('\n');
        md.append("- ").append(Messages.get("rehearsal.report.missing")).append(": ").append(names(missing)).append("\n\n");

        md.append("## ").append(Messages.get("rehearsal.report.findings")).append("\n\n");
        if (findings.isEmpty()) {
            md.append(Messages.get("rehearsal.report.noFindings")).append("\n\n");
        } else {
            for (Finding f : findings) {
                md.append("- **").append(inline(severityName(f))).append("**");
                if (f.stage() != null) {
                    md.append(" (").append(stageName(f.stage())).append(')');
                }
                md.append(": ").append(inline(f.message())).append('\n');
            }
            md.append('\n');
        }

        md.append("## ").append(Messages.get("rehearsal.report.followUps")).append("\n\n");
        if (followUps.isEmpty()) {
            md.append(Messages.get("rehearsal.report.noFollowUps")).append("\n\n");
        } else {
            int i = 1;
            for (FollowUpOutcome f : followUps) {
                md.append(i++).append(". ").append(inline(f.question())).append(" _(").append(stageName(f.stage()))
                        .append(")_\n   - ");
                switch (f.outcome()) {
                    case ANSWERED -> md.append(Messages.get("rehearsal.report.answered")).append(": ")
                            .append(inline(f.answer()));
                    case SKIPPED -> md.append(Messages.get("rehearsal.report.skipped"));
                    case ASKED -> md.append(Messages.get("rehearsal.report.unanswered"));
                }
                md.append('\n');
            }
            md.append('\n');
        }
        if (sections != null && !sections.isBlank()) {
            md.append(sections.strip()).append("\n\n");
        }
        if (imageName != null) {
            md.append("## ").append(Messages.get("rehearsal.report.board")).append("\n\n")
                    .append("![").append(Messages.get("rehearsal.report.board")).append("](")
                    .append(imageName.replace(" ", "%20")).append(")\n");
        }
        return md.toString();
    }

    public String toMarkdown() {
        return toMarkdown(null);
    }

    private static String names(List<Stage> stages) {
        return stages.isEmpty() ? "—" : String.join(", ", stages.stream().map(SessionReport::stageName).toList());
    }

    /** User text on one Markdown line: newlines become spaces so a list item or quote stays whole. */
    public static String inline(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " / ");
    }

    /** A table cell: user text on one line with its pipes escaped. */
    public static String cell(String s) {
        return inline(s).replace("|", "\\|");
    }
}
