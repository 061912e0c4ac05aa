package org.stageboard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.stageboard.export.BoardExport;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportFormat;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.PixelWarmUp;
import org.stageboard.export.PngStream;
import org.stageboard.export.PngWriter;
import org.stageboard.i18n.Messages;
import org.stageboard.io.OutputTargets;
import org.stageboard.model.Board;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code export BOARD -o OUT.{png,svg,pdf,md,mmd,excalidraw}}: writes a board without opening a window, in the
 * format its extension (or {@code --format}) names. PNG is drawn with Java2D by the painter SVG and PDF share, so no
 * JavaFX toolkit starts; a design doc gets its PNG picture written beside it.
 */
@Command(name = "export")
public final class ExportCommand extends CliCommand {
    @Parameters(arity = "0..1", paramLabel = "BOARD")
    String boardFile;

    @Option(names = {"-o", "--output"}, paramLabel = "OUT")
    String target;

    @Option(names = "--format", paramLabel = "FORMAT")
    String formatName;

    @Option(names = "--scale", paramLabel = "1|2|3")
    String scale;

    @Option(names = "--background", paramLabel = "white|transparent|dark")
    String background;

    @Option(names = "--padding", paramLabel = "PX")
    String padding;

    @Option(names = "--no-picture")
    boolean noPicture;

    @Override
    public String usage() {
        return "export BOARD -o OUT.{png,svg,pdf,md,mmd,excalidraw} [--format FORMAT] [--scale 1|2|3]"
                + " [--background white|transparent|dark] [--padding PX] [--no-picture]";
    }

    @Override
    public String summary() {
        return Messages.get("export.cli.summary");
    }

    @Override
    protected int run() {
        if (System.getProperty("java.awt.headless") == null) {
            // pictures are drawn offscreen with Java2D: no window system is needed, nor used when DISPLAY is stale
            System.setProperty("java.awt.headless", "true");
        }
        Path boardFile = Path.of(required(this.boardFile, Messages.get("export.cli.missingBoard")));
        if (target == null) {
            throw new CliException(Messages.get("export.cli.missingOutput"));
        }
        Path output = Path.of(target);
        ExportFormat format = format(output);
        if (!format.isPicture()) {
            for (Map.Entry<String, String> o : pictureOptions().entrySet()) {
                if (o.getValue() != null) {
                    throw new CliException(Messages.get("export.cli.pictureOption", o.getKey(), format.id()));
                }
            }
        }
        if (format != ExportFormat.MARKDOWN && noPicture) {
            throw new CliException(Messages.get("export.cli.noPictureOption", format.id()));
        }
        ExportOptions options = options();
        if (format == ExportFormat.PNG || format == ExportFormat.MARKDOWN && !noPicture) {
            PixelWarmUp.inBackground(); // fonts, Java2D and zlib started on the other core while the board is read
        }
        Board board = BoardInput.read(boardFile);
        if (format == ExportFormat.PNG) {
            OutputTargets.pngRefusal(output).ifPresent(reason -> {
                throw new CliException(reason); // the command line never replaces a file that is not a PNG
            });
        }
        try {
            PngWriter.checkTarget(output);
            Locale terminal = Messages.locale();
            // the picture (its stage chips, a design doc's headings) speaks the board's language; the terminal the user's
            Messages.setLocale(spokenLanguage(board.language()).orElse(terminal));
            try {
                switch (format) {
                    case PNG -> png(board, options, output, out, terminal);
                    case MARKDOWN -> markdown(board, options, output, !noPicture, out, terminal);
                    default -> {
                        BoardExport.write(board, format, options, null, output);
                        out.println(Messages.getIn(terminal, "export.cli.wroteFile", output.toString(),
                                board.nodes().size(), board.edges().size()));
                    }
                }
            } finally {
                Messages.setLocale(terminal);
            }
            return 0;
        } catch (ExportException e) {
            throw new CliException(e.getMessage());
        } catch (CliException e) {
            throw e;
        } catch (Exception e) {
            throw new CliException(Messages.get("export.error.render", String.valueOf(e.getMessage())));
        }
    }

    private static void png(Board board, ExportOptions options, Path output, PrintStream out, Locale terminal)
            throws Exception {
        PngStream.Written result = PngWriter.writeBoard(board, options, output);
        out.println(Messages.getIn(terminal, "export.cli.wrote", output.toString(), String.valueOf(result.width()),
                String.valueOf(result.height())));
    }

    private static void markdown(Board board, ExportOptions options, Path output, boolean withPicture,
                                 PrintStream out, Locale terminal) throws Exception {
        if (!withPicture) {
            BoardExport.write(board, ExportFormat.MARKDOWN, options, null, output);
            out.println(Messages.getIn(terminal, "export.cli.wroteFile", output.toString(), board.nodes().size(),
                    board.edges().size()));
            return;
        }
        Path picture = BoardExport.pictureBeside(output);
        ExportOptions twice = options.withScale(2);
        PngWriter.writeBoard(board, twice, picture);
        BoardExport.write(board, ExportFormat.MARKDOWN, options, picture.getFileName().toString(), output);
        out.println(Messages.getIn(terminal, "export.cli.wroteDoc", output.toString(), picture.toString()));
    }

    /** The options only a picture (PNG, SVG, PDF) takes, in the order they are reported, with their values. */
    private Map<String, String> pictureOptions() {
        Map<String, String> given = new LinkedHashMap<>();
        given.put("--scale", scale);
        given.put("--background", background);
        given.put("--padding", padding);
        return given;
    }

    private ExportFormat format(Path output) {
        String named = formatName;
        if (named != null) {
            return ExportFormat.fromId(named).orElseThrow(() -> new CliException(
                    Messages.get("export.cli.unknownFormat", named, ExportFormat.idList())));
        }
        return ExportFormat.fromFileName(output).orElseThrow(() -> new CliException(
                Messages.get("export.cli.noFormat", output.toString(), ExportFormat.idList())));
    }

    private ExportOptions options() {
        String scale = this.scale != null ? this.scale : "1";
        String padding = this.padding != null ? this.padding : String.valueOf(ExportOptions.DEFAULT_PADDING);
        String background = this.background != null ? this.background : "white";
        ExportOptions.Background bg = ExportOptions.Background.fromId(background).orElseThrow(
                () -> new CliException(Messages.get("export.error.background", background)));
        try {
            return new ExportOptions(ExportOptions.Scope.WHOLE, Set.of(), number(scale, "export.error.scale"), bg,
                    number(padding, "export.error.padding"));
        } catch (IllegalArgumentException e) {
            throw new CliException(e.getMessage());
        }
    }

    private static int number(String text, String errorKey) {
        try {
            return Integer.parseInt(text.trim());
        } catch (NumberFormatException e) {
            throw new CliException(Messages.get(errorKey, text));
        }
    }
}
