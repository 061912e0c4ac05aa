package org.stageboard.cli;

import java.nio.file.Path;
import org.stageboard.export.BoardSources;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code import FILE -o BOARD.stageboard}: turns an Excalidraw drawing (or a PNG/SVG exported by Stageboard) into
 * a board file. What the drawing holds that maps to no box or arrow is listed on stderr; the import still succeeds.
 */
@Command(name = "import")
public final class ImportCommand extends CliCommand {
    @Parameters(arity = "0..1", paramLabel = "FILE")
    String inputFile;

    @Option(names = {"-o", "--output"}, paramLabel = "BOARD")
    String target;

    @Override
    public String usage() {
        return "import FILE.{excalidraw,png,svg} -o BOARD.stageboard";
    }

    @Override
    public String summary() {
        return Messages.get("export.cli.import.summary");
    }

    @Override
    protected int run() {
        Path input = Path.of(required(inputFile, Messages.get("export.cli.import.missingInput")));
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
