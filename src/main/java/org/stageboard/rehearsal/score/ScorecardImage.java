package org.stageboard.rehearsal.score;

import java.awt.Color;
import java.awt.Font;
import java.awt.FontMetrics;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AtomicFiles;

/**
 * The scorecard as a picture for the saved report ({@code x.scorecard.png}): one row per dimension with its level
 * as four pips, the evidence and the stronger answer, wrapped. Drawn with Java2D on a white page so it needs no
 * screen and reads the same in any theme; the command line draws it too.
 */
public final class ScorecardImage {
    static final int WIDTH = 1400;
    private static final int PAD = 24;
    private static final int[] COLUMNS = {250, 140, 480, 458}; // dimension, level, evidence, stronger
    private static final Color[] LEVEL_COLOURS = {
        new Color(0xC62828), new Color(0xEF6C00), new Color(0x2E7D32), new Color(0x1565C0)};

    private ScorecardImage() {
    }

    /** Writes the picture to {@code target} atomically. */
    public static void write(Scorecard card, Path target) throws IOException {
        ByteArrayOutputStream png = new ByteArrayOutputStream();
        ImageIO.write(render(card), "png", png);
        AtomicFiles.write(target, png.toByteArray());
    }

    public static BufferedImage render(Scorecard card) {
        Font body = new Font(Font.SANS_SERIF, Font.PLAIN, 17);
        Font bold = body.deriveFont(Font.BOLD);
        Font title = body.deriveFont(Font.BOLD, 26f);
        // measure first on a scratch image, then draw at the height the rows need
        BufferedImage scratch = new BufferedImage(1, 1, BufferedImage.TYPE_INT_RGB);
        Graphics2D m = scratch.createGraphics();
        FontMetrics fm = m.getFontMetrics(body);
        int line = fm.getHeight();
        List<List<List<String>>> rows = new ArrayList<>();
        int height = PAD * 3 + 44 + line + 12;
        for (DimensionScore s : card.scores()) {
            List<List<String>> cells = List.of(wrap(ScoredReport.dimensionName(s.dimension()), m.getFontMetrics(bold),
                    COLUMNS[0] - 12), List.of(), wrap(s.evidence(), fm, COLUMNS[2] - 16),
                    wrap(s.stronger(), fm, COLUMNS[3] - 8));
            rows.add(cells);
            int lines = cells.stream().mapToInt(List::size).max().orElse(1);
            height += Math.max(2, lines) * line + 16;
        }
        m.dispose();

        BufferedImage img = new BufferedImage(WIDTH, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, WIDTH, height);
        g.setColor(new Color(0x1F2328));
        g.setFont(title);
        g.drawString(Messages.get("rehearsal.report.scorecard"), PAD, PAD + 30);
        int y = PAD + 44;
        g.setFont(bold);
        String[] heads = {Messages.get("rehearsal.report.col.dimension"), Messages.get("rehearsal.report.col.level"),
            Messages.get("rehearsal.report.col.evidence"), Messages.get("rehearsal.report.col.stronger")};
        int x = PAD;
        for (int c = 0; c < heads.length; c++) {
            g.drawString(heads[c], x, y + fm.getAscent());
            x += COLUMNS[c];
        }
        y += line + 6;
        for (int r = 0; r < rows.size(); r++) {
            DimensionScore s = card.scores().get(r);
            List<List<String>> cells = rows.get(r);
            int lines = Math.max(2, cells.stream().mapToInt(List::size).max().orElse(1));
            g.setColor(new Color(0xD0D7DE));
            g.drawLine(PAD, y, WIDTH - PAD, y);
            y += 8;
            x = PAD;
            g.setColor(new Color(0x1F2328));
            g.setFont(bold);
            drawLines(g, cells.get(0), x, y, fm.getAscent(), line);
            x += COLUMNS[0];
            Color colour = LEVEL_COLOURS[s.level().points() - 1];
            for (int p = 0; p < 4; p++) {
                g.setColor(p < s.level().points() ? colour : new Color(0xE6E8EB));
                g.fillRoundRect(x + p * 22, y + 4, 18, 12, 4, 4);
            }
            g.setColor(colour);
            g.drawString(Messages.get("score.level." + s.level().name().toLowerCase(java.util.Locale.ROOT)),
                    x, y + line + fm.getAscent());
            x += COLUMNS[1];
            g.setFont(body);
            g.setColor(new Color(0x1F2328));
            drawLines(g, cells.get(2), x, y, fm.getAscent(), line);
            x += COLUMNS[2];
            g.setColor(new Color(0x57606A));
            drawLines(g, cells.get(3), x, y, fm.getAscent(), line);
            y += lines * line + 8;
        }
        g.dispose();
        return img;
    }

    private static void drawLines(Graphics2D g, List<String> lines, int x, int y, int ascent, int line) {
        for (int i = 0; i < lines.size(); i++) {
            g.drawString(lines.get(i), x, y + ascent + i * line);
        }
    }

    /** Words (or, in Chinese, characters) to lines no wider than {@code width}. */
    static List<String> wrap(String text, FontMetrics fm, int width) {
        List<String> out = new ArrayList<>();
        StringBuilder current = new StringBuilder();
        int i = 0;
        while (i < text.length()) {
            int cp = text.codePointAt(i);
            int next = i + Character.charCount(cp);
            // a run of Latin, Cyrillic, digits and punctuation ("5:00", "“Monitoring:") moves as a whole; a CJK
            // character or a space is a unit of its own
            if (!Character.isWhitespace(cp) && Character.UnicodeScript.of(cp) != Character.UnicodeScript.HAN) {
                while (next < text.length() && !Character.isWhitespace(text.codePointAt(next))
                        && Character.UnicodeScript.of(text.codePointAt(next)) != Character.UnicodeScript.HAN) {
                    next += Character.charCount(text.codePointAt(next));
                }
            }
            String unit = text.substring(i, next);
            if (fm.stringWidth(current + unit) > width && current.length() > 0) {
                out.add(current.toString().strip());
                current.setLength(0);
                if (unit.isBlank()) {
                    i = next;
                    continue;
                }
            }
            current.append(unit);
            i = next;
        }
        if (!current.toString().isBlank()) {
            out.add(current.toString().strip());
        }
        return out;
    }
}
