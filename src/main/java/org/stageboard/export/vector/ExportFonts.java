package org.stageboard.export.vector;

import java.awt.Font;
import java.awt.FontFormatException;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.stageboard.export.ExportException;
import org.stageboard.i18n.Messages;

/**
 * The one font file vector exports measure, draw and (in PDF) embed: a TrueType font with Chinese, Cyrillic and
 * Latin glyphs, found at run time. {@code -Dstageboard.font=FILE} chooses one; otherwise the usual places of
 * WenQuanYi Micro Hei, Noto Sans CJK, Droid Sans Fallback (Linux), Microsoft YaHei / SimSun (Windows) and Arial
 * Unicode (macOS) are tried in turn.
 */
public final class ExportFonts {
    private static final List<String> CANDIDATES = List.of(
            "/usr/share/fonts/truetype/wqy/wqy-microhei.ttc",
            "/usr/share/fonts/wqy-microhei/wqy-microhei.ttc",
            "/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc",
            "/usr/share/fonts/opentype/noto/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/noto-cjk/NotoSansCJK-Regular.ttc",
            "/usr/share/fonts/truetype/droid/DroidSansFallbackFull.ttf",
            "C:/Windows/Fonts/msyh.ttc",
            "C:/Windows/Fonts/simsun.ttc",
            "/Library/Fonts/Arial Unicode.ttf",
            "/System/Library/Fonts/Supplemental/Arial Unicode.ttf");
    private static volatile ExportFonts found;
    private static volatile Font pixels;

    private final Path file;
    private final Font font;

    private ExportFonts(Path file, Font font) {
        this.file = file;
        this.font = font;
    }

    /** The font to use, loaded once; a clear one-line error when no usable font is installed. */
    public static ExportFonts get() throws ExportException {
        ExportFonts f = found;
        if (f == null) {
            synchronized (ExportFonts.class) {
                if (found == null) {
                    found = load();
                }
                f = found;
            }
        }
        return f;
    }

    /**
     * The font of a PNG, at 1 pt: the one the canvas draws with where it can show Chinese and Cyrillic, Java's
     * logical sans-serif font, which fontconfig resolves as it resolves JavaFX's "System" font (DejaVu Sans on
     * Linux, with CJK fallbacks); otherwise, or when {@code -Dstageboard.font} names one, the file font vector
     * exports use ({@link #get}). A picture embeds no font, so it need not be one file.
     */
    public static Font forPixels() throws ExportException {
        Font f = pixels;
        if (f == null) {
            String chosen = System.getProperty("stageboard.font");
            Font logical = new Font(Font.SANS_SERIF, Font.PLAIN, 1);
            boolean usable = logical.canDisplay('\u6570') && logical.canDisplay('\u0416');
            // a font named with -Dstageboard.font is used for every picture
            f = (chosen == null || chosen.isBlank()) && usable ? logical : get().font();
            pixels = f;
        }
        return f;
    }

    /** The font file (a .ttf, or a .ttc whose first face is used). */
    public Path file() {
        return file;
    }

    /** The font at 1 pt, plain; derive sizes and styles from it. */
    public Font font() {
        return font;
    }

    /** The family name viewers of an SVG should look for first. */
    public String family() {
        return font.getFamily(java.util.Locale.ROOT);
    }

    private static ExportFonts load() throws ExportException {
        String chosen = System.getProperty("stageboard.font");
        if (chosen != null && !chosen.isBlank()) {
            Path p = Path.of(chosen);
            ExportFonts f = tryLoad(p);
            if (f == null) {
                throw new ExportException(Messages.get("export.error.fontUnusable", chosen));
            }
            return f;
        }
        for (String c : CANDIDATES) {
            ExportFonts f = tryLoad(Path.of(c));
            if (f != null) {
                return f;
            }
        }
        throw new ExportException(Messages.get("export.error.noFont"));
    }

    private static ExportFonts tryLoad(Path p) {
        if (!Files.isRegularFile(p)) {
            return null;
        }
        try {
            Font[] faces = Font.createFonts(p.toFile());
            if (faces.length == 0 || !faces[0].canDisplay('数') || !faces[0].canDisplay('Ж')) {
                return null;
            }
            return new ExportFonts(p, faces[0].deriveFont(1f));
        } catch (FontFormatException | IOException e) {
            return null;
        }
    }
}
