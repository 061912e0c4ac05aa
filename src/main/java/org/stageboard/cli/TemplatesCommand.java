package org.stageboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.function.Supplier;
import org.stageboard.i18n.Messages;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLanguage;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.template.TextMetrics;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code templates [--json] [--lang en|zh|ru]}: lists the usable templates in a language (default: the system
 * language; a template without it is listed in English); files that could not be used are reported on stderr.
 */
@Command(name = "templates")
public final class TemplatesCommand extends CliCommand {
    private final Supplier<TemplateLibrary> library;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--lang", paramLabel = "en|zh|ru")
    String lang;

    public TemplatesCommand() {
        this(TemplateLibrary::load);
    }

    public TemplatesCommand(Supplier<TemplateLibrary> library) {
        this.library = library;
    }

    @Override
    public String usage() {
        return Messages.get("template.cli.templates.usage");
    }

    @Override
    public String summary() {
        return Messages.get("template.cli.templates.summary");
    }

    @Override
    protected int run() {
        String language = language(lang);
        TemplateLibrary lib = library.get();
        lib.warnings().forEach(err::println);
        if (json) {
            out.println(json(lib, lib.all(language)));
        } else {
            table(lib.all(language));
        }
        return 0;
    }

    /** {@code --lang en|zh|ru}; without it, the system (interface) language. */
    static String language(String asked) {
        String language = asked != null ? asked : TemplateLibrary.interfaceLanguage();
        if (!TemplateLanguage.isKnown(language)) {
            throw new CliException(Messages.get("template.cli.badLanguage", language,
                    String.join(", ", TemplateLanguage.ALL)));
        }
        return language;
    }

    /** One template in the {@code --json} list. */
    @JsonPropertyOrder({"id", "title", "category", "language", "languages"})
    record TemplateJson(String id, String title, String category, String language, List<String> languages) {
    }

    private static String json(TemplateLibrary lib, List<Template> templates) {
        return JsonOutput.write(templates.stream().map(t -> new TemplateJson(t.id(), t.title(), t.category().id(),
                t.language(), List.copyOf(lib.languages(t.id())))).toList());
    }

    private void table(List<Template> templates) {
        if (templates.isEmpty()) {
            out.println(Messages.get("template.cli.none"));
            return;
        }
        String hId = Messages.get("template.cli.header.id");
        String hTitle = Messages.get("template.cli.header.title");
        int idW = columns(hId);
        int titleW = columns(hTitle);
        for (Template t : templates) {
            idW = Math.max(idW, columns(t.id()));
            titleW = Math.max(titleW, columns(t.title()));
        }
        out.println(pad(hId, idW) + "  " + pad(hTitle, titleW) + "  " + Messages.get("template.cli.header.category"));
        for (Template t : templates) {
            out.println(pad(t.id(), idW) + "  " + pad(t.title(), titleW) + "  " + t.category().id());
        }
    }

    /** Terminal columns taken by {@code s}: wide (CJK) characters take two, so columns stay aligned. */
    static int columns(String s) {
        return s.codePoints().map(cp -> TextMetrics.isWide(cp) ? 2 : 1).sum();
    }

    private static String pad(String s, int width) {
        return s + " ".repeat(Math.max(0, width - columns(s)));
    }
}
