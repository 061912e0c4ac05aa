package org.stageboard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.stageboard.export.BoardExport;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportFormat;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.PngStream;
import org.stageboard.export.HeadlessToolkit;
import org.stageboard.export.PngWriter;
import org.stageboard.i18n.Messages;
import org.stageboard.io.OutputTargets;
import org.stageboard.model.Board;

/**
 * {@code export BOARD -o OUT.{png,svg,pdf,md,mmd,excalidraw}}: writes a board without opening a window, in the
 * format its extension (or {@code --format}) names. PNG renders headlessly with the window's own views; a design
 * doc gets its PNG picture written beside it.
 */
public final class ExportCommand implements CliCommand {
    private static final Set<String> PICTURE_OPTIONS = Set.of("--scale", "--background", "--padding");

    @Override
    public String name() {
        return "export";
    }

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
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = Args.parse(args, Set.of("-o", "--output", "--scale", "--background", "--padding", "--format"),
                Set.of("--no-picture"));
        Path boardFile = Path.of(a.onlyPositional(Messages.get("export.cli.missingBoard")));
        String target = a.get("-o", a.get("--output", null));
        if (target == null) {
            throw new CliException(Messages.get("export.cli.missingOutput"));
        }
        Path output = Path.of(target);
        ExportFormat format = format(a, output);
        if (!format.isPicture()) {
            for (String o : PICTURE_OPTIONS) {
                if (a.has(o)) {
                    throw new CliException(Messages.get("export.cli.pictureOption", o, format.id()));
                }
            }
        }
        if (format != ExportFormat.MARKDOWN && a.has("--no-picture")) {
            throw new CliException(Messages.get("export.cli.noPictureOption", format.id()));
        }
        ExportOptions options = options(a);
        Board board = BoardInput.read(boardFile);
        if (format == ExportFormat.PNG) {
            OutputTargets.pngRefusal(output).ifPresent(reason -> {
                throw new CliException(reason); // the command line never replaces a file that is not a PNG
            });
        }
        try {
            PngWriter.checkTarget(output);
            switch (format) {
                case PNG -> png(board, options, output, out, err);
                case MARKDOWN -> markdown(board, options, output, !a.has("--no-picture"), out, err);
                default -> {
                    BoardExport.write(board, format, options, null, output);
                    out.println(Messages.get("export.cli.wroteFile", output.toString(), board.nodes().size(),
                            board.edges().size()));
                }
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

    private static void png(Board board, ExportOptions options, Path output, PrintStream out, PrintStream err)
            throws Exception {
        PngStream.Written result = HeadlessToolkit.runBeside(() -> PngWriter.writeBoard(board, options, output));
        out.println(Messages.get("export.cli.wrote", output.toString(), String.valueOf(result.width()),
                String.valueOf(result.height())));
    }

    private static void markdown(Board board, ExportOptions options, Path output, boolean withPicture,
                                 PrintStream out, PrintStream err) throws Exception {
        if (!withPicture) {
            BoardExport.write(board, ExportFormat.MARKDOWN, options, null, output);
            out.println(Messages.get("export.cli.wroteFile", output.toString(), board.nodes().size(),
                    board.edges().size()));
            return;
        }
        Path picture = BoardExport.pictureBeside(output);
        ExportOptions twice = options.withScale(2);
        HeadlessToolkit.runBeside(() -> PngWriter.writeBoard(board, twice, picture));
        BoardExport.write(board, ExportFormat.MARKDOWN, options, picture.getFileName().toString(), output);
        out.println(Messages.get("export.cli.wroteDoc", output.toString(), picture.toString()));
    }

    private static ExportFormat format(Args a, Path output) {
        String named = a.get("--format", null);
        if (named != null) {
            return ExportFormat.fromId(named).orElseThrow(() -> new CliException(
                    Messages.get("export.cli.unknownFormat", named, ExportFormat.idList())));
        }
        return ExportFormat.fromFileName(output).orElseThrow(() -> new CliException(
                Messages.get("export.cli.noFormat", output.toString(), ExportFormat.idList())));
    }

    private static ExportOptions options(Args a) {
        String scale = a.get("--scale", "1");
        String padding = a.get("--padding", String.valueOf(ExportOptions.DEFAULT_PADDING));
        String background = a.get("--background", "white");
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
