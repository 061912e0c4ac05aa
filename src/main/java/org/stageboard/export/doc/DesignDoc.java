package org.stageboard.export.doc;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import org.stageboard.check.CheckSummary;
import org.stageboard.check.Checker;
import org.stageboard.check.Finding;
import org.stageboard.check.Profile;
import org.stageboard.check.Profiles;
import org.stageboard.check.Severity;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.model.Edge;
import org.stageboard.model.Node;
import org.stageboard.model.Stage;
import org.stageboard.model.TradeOff;

/**
 * The board as a document a candidate keeps (CommonMark with GitHub tables): title and prompt, the picture, one
 * section per stage in interview order with its boxes, trade-offs as a table, the notes, the arrows, and the
 * checker's summary and open findings. Headings and labels follow the interface language.
 */
public final class DesignDoc {
    /** Reading order inside a stage: top to bottom, then left to right. */
    private static final Comparator<Node> READING = Comparator.comparingDouble(Node::y).thenComparingDouble(Node::x);

    private DesignDoc() {
    }

    /**
     * @param picture a relative path or URL of the board picture to link, or null for none
     */
    public static String write(Board board, String picture) {
        Profile profile = Profiles.forBoard(board);
        Checker.Result check = new Checker().runWithSummary(board, profile);
        StringBuilder md = new StringBuilder();
        String title = board.title().isBlank() ? Messages.get("export.doc.untitled") : board.title();
        md.append("# ").append(MarkdownText.inline(title.strip())).append("\n\n");
        if (!board.prompt().isBlank()) {
            for (String line : board.prompt().strip().split("\\R")) {
                md.append("> ").append(MarkdownText.inline(line.strip())).append('\n');
            }
            md.append('\n');
        }
        if (picture != null && !picture.isBlank()) {
            md.append("![").append(MarkdownText.inline(Messages.get("export.doc.picture"))).append("](<")
                    .append(picture.replace(">", "%3E").replace("\n", "")).append(">)\n\n");
        }
        for (Stage stage : Stage.pipeline()) {
            List<Node> boxes = sorted(board.nodesOf(stage));
            if (boxes.isEmpty() && !profile.requiredStages().contains(stage)) {
                continue;
            }
            md.append("## ").append(stage.ordinal() + 1).append(". ")
                    .append(MarkdownText.inline(Messages.stageName(stage))).append("\n\n");
            if (boxes.isEmpty()) {
                md.append('*').append(MarkdownText.inline(Messages.get("export.doc.noBox"))).append("*\n\n");
            }
            for (Node n : boxes) {
                box(md, n, boxes.size() > 1 || !n.title().isBlank() && !n.title().equals(Messages.stageName(stage)));
            }
        }
        List<Node> notes = sorted(board.nodesOf(Stage.NOTE));
        if (!notes.isEmpty()) {
            md.append("## ").append(MarkdownText.inline(Messages.get("export.doc.notes"))).append("\n\n");
            for (Node n : notes) {
                box(md, n, !n.title().isBlank());
            }
        }
        arrows(md, board);
        findings(md, check.summary(), check.findings(), board);
        return md.toString();
    }

    private static List<Node> sorted(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes);
        out.sort(READING);
        return out;
    }

    private static void box(StringBuilder md, Node n, boolean withTitle) {
        if (withTitle) {
            String t = n.title().isBlank() ? Messages.stageName(n.stage()) : n.title();
            md.append("### ").append(MarkdownText.inline(oneLine(t))).append("\n\n");
        }
        if (n.text().isBlank()) {
            if (n.stage().isPipeline() && n.tradeoffs().stream().allMatch(TradeOff::isBlank)) {
                md.append('*').append(MarkdownText.inline(Messages.get("export.doc.noAnswer"))).append("*\n\n");
            }
        } else {
            text(md, n.text());
        }
        List<TradeOff> rows = n.tradeoffs().stream().filter(t -> !t.isBlank()).toList();
        if (!rows.isEmpty()) {
            md.append("| ").append(Messages.get("export.doc.choice")).append(" | ")
                    .append(Messages.get("export.doc.over")).append(" | ")
                    .append(Messages.get("export.doc.because")).append(" |\n|---|---|---|\n");
            for (TradeOff t : rows) {
                String over = String.join(", ", t.over().stream().filter(o -> !o.isBlank()).toList());
                md.append("| ").append(MarkdownText.cell(t.choice())).append(" | ").append(MarkdownText.cell(over))
                        .append(" | ").append(MarkdownText.cell(t.because())).append(" |\n");
            }
            md.append('\n');
        }
    }

    /** Bullet lines ("• ", "- ", "* ") become a list; other lines stay lines of one paragraph. */
    private static void text(StringBuilder md, String text) {
        boolean inList = false;
        boolean inParagraph = false;
        for (String raw : text.strip().split("\\R")) {
            String line = raw.strip();
            if (line.isEmpty()) {
                if (inList || inParagraph) {
                    md.append('\n');
                }
                inList = false;
                inParagraph = false;
                continue;
            }
            String item = bullet(line);
            if (item != null) {
                if (inParagraph) {
                    md.append('\n');
                    inParagraph = false;
                }
                md.append("- ").append(MarkdownText.inline(item)).append('\n');
                inList = true;
            } else {
                if (inList) {
                    md.append('\n');
                    inList = false;
                }
                if (inParagraph) {
                    md.append("\\\n"); // a hard line break keeps the box's lines
                }
                md.append(MarkdownText.inline(line));
                inParagraph = true;
            }
        }
        if (inParagraph) {
            md.append('\n');
        }
        md.append('\n');
    }

    private static String bullet(String line) {
        for (String mark : List.of("•", "·", "- ", "* ", "– ")) {
            if (line.startsWith(mark)) {
                String rest = line.substring(mark.length()).strip();
                return rest.isEmpty() ? null : rest;
            }
        }
        return null;
    }

    private static void arrows(StringBuilder md, Board board) {
        if (board.edges().isEmpty()) {
            return;
        }
        Map<String, Node> byId = board.nodesById();
        md.append("## ").append(MarkdownText.inline(Messages.get("export.doc.flow"))).append("\n\n");
        for (Edge e : board.edges()) {
            Node from = byId.get(e.from());
            Node to = byId.get(e.to());
            if (from == null || to == null) {
                continue;
            }
            md.append("- ").append(MarkdownText.inline(name(from))).append(" → ").append(MarkdownText.inline(name(to)));
            if (!e.label().isBlank()) {
                md.append(" (").append(MarkdownText.inline(oneLine(e.label()))).append(')');
            }
            md.append('\n');
        }
        md.append('\n');
    }

    private static String name(Node n) {
        return oneLine(n.title().isBlank() ? Messages.stageName(n.stage()) : n.title());
    }

    private static String oneLine(String s) {
        return s.strip().replaceAll("\\s*\\R\\s*", " ");
    }

    private static void findings(StringBuilder md, CheckSummary s, List<Finding> findings, Board board) {
        md.append("## ").append(MarkdownText.inline(Messages.get("export.doc.check"))).append("\n\n");
        md.append(MarkdownText.inline(summaryLine(s))).append("\n\n");
        if (findings.isEmpty()) {
            md.append(MarkdownText.inline(Messages.get("export.doc.noFindings"))).append('\n');
            return;
        }
        md.append("### ").append(MarkdownText.inline(Messages.get("export.doc.openFindings"))).append("\n\n");
        Map<String, Node> byId = board.nodesById();
        for (Finding f : findings) {
            String where = f.stage() == null ? "" : Messages.stageName(f.stage());
            Node box = f.nodeId() == null ? null : byId.get(f.nodeId());
            if (box != null && !box.title().isBlank() && !box.title().equals(where)) {
                where = where.isEmpty() ? oneLine(box.title()) : where + " · " + oneLine(box.title());
            }
            md.append("- **").append(MarkdownText.inline(Messages.get("check.severity." + f.severity().id())))
                    .append("**");
            if (!where.isEmpty()) {
                md.append(" (").append(MarkdownText.inline(where)).append(')');
            }
            md.append(": ").append(MarkdownText.inline(oneLine(f.message())));
            if (!f.reason().isBlank()) {
                md.append(" *").append(MarkdownText.inline(oneLine(f.reason()))).append('*');
            }
            md.append('\n');
        }
    }

    /** "Stages covered: 6/8 · Trade-offs stated: 2/3 · 1 error, 2 warnings, 0 info". */
    public static String summaryLine(CheckSummary s) {
        return Messages.get("export.doc.summary", s.covered().size(), s.required().size(), s.tradeoffsStated(),
                s.tradeoffStated().size(), s.count(Severity.ERROR), s.count(Severity.WARNING), s.count(Severity.INFO));
    }
}
