package org.stageboard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.stageboard.export.BoardImageRenderer;
import org.stageboard.export.ExportException;
import org.stageboard.export.ExportOptions;
import org.stageboard.export.ExportResult;
import org.stageboard.export.HeadlessToolkit;
import org.stageboard.export.PngWriter;
import org.stageboard.i18n.Messages;
import org.stageboard.io.OutputTargets;
import org.stageboard.model.Board;

/** {@code export BOARD -o OUT.png}: renders a board to PNG headlessly, with the same views as the window. */
public final class ExportCommand implements CliCommand {
    @Override
    public String name() {
        return "export";
    }

    @Override
    public String usage() {
        return "export BOARD -o OUT.png [--scale 1|2|3] [--background white|transparent|dark] [--padding PX]";
    }

    @Override
    public String summary() {
        return Messages.get("export.cli.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = Args.parse(args, Set.of("-o", "--output", "--scale", "--background", "--padding"), Set.of());
        Path boardFile = Path.of(a.onlyPositional(Messages.get("export.cli.missingBoard")));
        String target = a.get("-o", a.get("--output", null));
        if (target == null) {
            throw new CliException(Messages.get("export.cli.missingOutput"));
        }
        ExportOptions options = options(a);
        Board board = BoardInput.read(boardFile);
        Path output = Path.of(target);
        OutputTargets.pngRefusal(output).ifPresent(reason -> {
            throw new CliException(reason); // the command line never replaces a file that is not a PNG
        });
        try {
            PngWriter.checkTarget(output);
            ExportResult result = HeadlessToolkit.run(() -> new BoardImageRenderer().render(board, options));
            if (result.hasWarning()) {
                err.println("stageboard export: " + Messages.get("export.cli.warning", result.warning()));
            }
            PngWriter.write(result.image(), output);
            out.println(Messages.get("export.cli.wrote", output.toString(), String.valueOf(result.width()),
                    String.valueOf(result.height())));
            return 0;
        } catch (ExportException e) {
            throw new CliException(e.getMessage());
        } catch (Exception e) {
            throw new CliException(Messages.get("export.error.render", String.valueOf(e.getMessage())));
        }
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
