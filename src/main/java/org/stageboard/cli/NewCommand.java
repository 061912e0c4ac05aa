package org.stageboard.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.function.Supplier;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFileException;
import org.stageboard.io.BoardFiles;
import org.stageboard.io.Excerpt;
import org.stageboard.model.Board;
import org.stageboard.template.Seeder;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code new --template ID [--reference] [--lang en|zh|ru] -o FILE}: writes a board seeded from a template, in the
 * language asked for (default: the system language; English when the template lacks it).
 */
@Command(name = "new")
public final class NewCommand extends CliCommand {
    private final Supplier<TemplateLibrary> library;

    @Option(names = "--template", paramLabel = "ID")
    String id;

    @Option(names = "-o", paramLabel = "FILE")
    String output;

    @Option(names = "--lang", paramLabel = "en|zh|ru")
    String lang;

    @Option(names = "--reference")
    boolean reference;

    public NewCommand() {
        this(TemplateLibrary::load);
    }

    public NewCommand(Supplier<TemplateLibrary> library) {
        this.library = library;
    }

    @Override
    public String usage() {
        return Messages.get("template.cli.new.usage");
    }

    @Override
    public String summary() {
        return Messages.get("template.cli.new.summary");
    }

    @Override
    protected int run() {
        if (id == null) {
            throw new CliException(Messages.get("template.cli.missingTemplate"));
        }
        if (output == null) {
            throw new CliException(Messages.get("template.cli.missingOutput"));
        }
        String language = TemplatesCommand.language(lang);
        TemplateLibrary lib = library.get();
        Template t = lib.byId(id, language).orElseThrow(() -> unknown(lib, id));
        Seeder.Mode mode = reference ? Seeder.Mode.REFERENCE : Seeder.Mode.PRACTICE;
        Board board = Seeder.seed(t, mode);
        Path file = Path.of(output);
        try {
            BoardFiles.save(file, board);
        } catch (BoardFileException e) {
            throw new CliException(e.getMessage());
        }
        out.println(Messages.get("template.cli.wrote", output, t.id(),
                Messages.get(mode == Seeder.Mode.REFERENCE ? "template.mode.reference" : "template.mode.practice")));
        return 0;
    }

    private static CliException unknown(TemplateLibrary lib, String id) {
        // a pasted paragraph is no mistyped id: no suggestions for it, and only an excerpt of it in the message
        List<String> close = id.length() > 100 ? List.of() : lib.suggest(id);
        String shown = Excerpt.of(id);
        return new CliException(close.isEmpty() ? Messages.get("template.cli.seeList", shown)
                : Messages.get("template.cli.didYouMean", shown, String.join(", ", close)));
    }

}
