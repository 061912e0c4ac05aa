package org.stageboard.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.stageboard.i18n.Messages;
import org.stageboard.template.Template;
import org.stageboard.template.TemplateLanguage;
import org.stageboard.template.TemplateLibrary;
import org.stageboard.template.TextMetrics;

/**
 * {@code templates [--json] [--lang en|zh|ru]}: lists the usable templates in a language (default: the system
 * language; a template without it is listed in English); files that could not be used are reported on stderr.
 */
public final class TemplatesCommand implements CliCommand {
    private final Supplier<TemplateLibrary> library;

    public TemplatesCommand() {
        this(TemplateLibrary::load);
    }

    public TemplatesCommand(Supplier<TemplateLibrary> library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "templates";
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
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = Args.parse(args, Set.of("--lang"), Set.of("--json"));
        if (!a.positional().isEmpty()) {
            throw new CliException("unexpected argument " + a.positional().get(0));
        }
        String language = language(a);
        TemplateLibrary lib = library.get();
        lib.warnings().forEach(err::println);
        if (a.has("--json")) {
            out.println(json(lib, lib.all(language)));
        } else {
            table(lib.all(language), out);
        }
        return 0;
    }

    /** {@code --lang en|zh|ru}; without it, the system (interface) language. */
    static String language(Args a) {
        String language = a.get("--lang", TemplateLibrary.interfaceLanguage());
        if (!TemplateLanguage.isKnown(language)) {
            throw new CliException(Messages.get("template.cli.badLanguage", language,
                    String.join(", ", TemplateLanguage.ALL)));
        }
        return language;
    }

    private static String json(TemplateLibrary lib, List<Template> templates) {
        ObjectMapper m = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        ArrayNode arr = m.createArrayNode();
        for (Template t : templates) {
            ObjectNode o = arr.addObject().put("id", t.id()).put("title", t.title())
                    .put("category", t.category().id()).put("language", t.language());
            lib.languages(t.id()).forEach(o.putArray("languages")::add);
        }
        try {
            return m.writeValueAsString(arr);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings always serialises
        }
    }

    private static void table(List<Template> templates, PrintStream out) {
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
