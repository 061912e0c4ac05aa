package org.stageboard.rehearsal;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Writes the report beside the board: {@code x.report.md}, and {@code x.report.png} drawn by the window's
 * PNG renderer (the rehearsal core has no drawing code of its own).
 */
public final class ReportWriter {

    /** Draws the board into a PNG file; the window supplies it (it owns the views the picture is made of). */
    @FunctionalInterface
    public interface PngRenderer {
        void writePng(Path target) throws IOException;
    }

    /** What was written; {@code image} is null when there was no renderer or it failed ({@code imageError}). */
    public record Written(Path markdown, Path image, String imageError) {
    }

    private ReportWriter() {
    }

    /**
     * Writes the picture first (so the Markdown only links a picture that exists), then the Markdown.
     * A failing picture does not stop the report: it is written without the image.
     *
     * @param png may be null
     * @throws IOException when the Markdown file cannot be written
     */
    public static Written write(SessionReport report, Path boardFile, PngRenderer png) throws IOException {
        return write((image, scorecard) -> report.toMarkdown(image), boardFile, png, null);
    }

    /** Markdown that links the pictures written beside it (either name may be null). */
    @FunctionalInterface
    public interface Markdown {
        String toMarkdown(String boardImage, String scorecardImage);
    }

    /**
     * Writes the board picture, the scorecard picture ({@code scorecardPng}, may be null) and then the Markdown
     * linking the pictures that were written. A failing picture does not stop the report.
     */
    public static Written write(Markdown report, Path boardFile, PngRenderer png, PngRenderer scorecardPng)
            throws IOException {
        Path md = SessionFiles.reportFileFor(boardFile);
        Path image = null;
        String imageError = null;
        if (png != null) {
            Path target = SessionFiles.reportImageFor(boardFile);
            try {
                png.writePng(target);
                image = Files.exists(target) ? target : null;
            } catch (IOException | RuntimeException e) {
                imageError = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        Path scorecard = null;
        if (scorecardPng != null) {
            Path target = SessionFiles.scorecardImageFor(boardFile);
            try {
                scorecardPng.writePng(target);
                scorecard = Files.exists(target) ? target : null;
            } catch (IOException | RuntimeException e) {
                imageError = imageError != null ? imageError
                        : e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
            }
        }
        String text = report.toMarkdown(image == null ? null : image.getFileName().toString(),
                scorecard == null ? null : scorecard.getFileName().toString());
        Files.writeString(md, text, StandardCharsets.UTF_8);
        return new Written(md, image, imageError);
    }
}
