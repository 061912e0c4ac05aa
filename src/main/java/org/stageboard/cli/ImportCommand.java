package org.stageboard.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.stageboard.export.BoardSources;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;

/**
 * {@code import FILE -o BOARD.stageboard}: turns an Excalidraw drawing (or a PNG/SVG exported by Stageboard) into
 * a board file. What the drawing holds that maps to no box or arrow is listed on stderr; the import still succeeds.
 */
public final class ImportCommand implements CliCommand {
    @Override
    public String name() {
        return "import";
    }

    @Override
    public String usage() {
        return "import FILE.{excalidraw,png,svg} -o BOARD.stageboard";
    }

    @Override
    public String summary() {
        return Messages.get("export.cli.import.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = Args.parse(args, Set.of("-o", "--output"), Set.of());
        Path input = Path.of(a.onlyPositional(Messages.get("export.cli.import.missingInput")));
        String target = a.get("-o", a.get("--output", null));
        if (target == null) {
            throw new CliException(Messages.get("export.cli.import.missingOutput"));
        }
        if (!BoardSources.canOpen(input)) {
            throw new CliException(Messages.get("export.cli.import.unsupported", input.toString()));
        }
        try {
            BoardSources.Opened opened = BoardSources.open(input);
            BoardFiles.save(Path.of(target), opened.board());
            opened.notes().forEach(n -> err.println("stageboard import: " + Messages.get("export.cli.warning", n)));
            out.println(Messages.get("export.cli.import.done", input.toString(), target,
                    opened.board().nodes().size(), opened.board().edges().size()));
            return 0;
        } catch (BoardFileException e) {
            throw new CliException(e.getMessage());
        }
    }
}
