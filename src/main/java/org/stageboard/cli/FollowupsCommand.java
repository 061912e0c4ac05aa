package org.stageboard.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.rehearsal.RankedFollowUp;
import org.stageboard.template.TemplateLibrary;

/**
 * {@code followups BOARD [--json] [--top N] [--lang en|zh|ru]}: the follow-up questions in the order the rehearsal
 * card would ask them on this board (template questions first, then gaps, then what the board says), each with
 * why it was chosen. Built exactly as the window builds its picker, so both give the same order.
 */
public final class FollowupsCommand implements CliCommand {
    private static final ObjectMapper JSON = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    private static final Map<String, Locale> LANGUAGES = Map.of("en", Locale.ENGLISH, "zh", Locale.SIMPLIFIED_CHINESE,
            "ru", Locale.forLanguageTag("ru"));

    private final Supplier<TemplateLibrary> library;

    public FollowupsCommand() {
        this(TemplateLibrary::load);
    }

    public FollowupsCommand(Supplier<TemplateLibrary> library) {
        this.library = library;
    }

    @Override
    public String name() {
        return "followups";
    }

    @Override
    public String usage() {
        return Messages.get("rehearsal.cli.usage");
    }

    @Override
    public String summary() {
        return Messages.get("rehearsal.cli.summary");
    }

    @Override
    public int run(List<String> args, PrintStream out, PrintStream err) {
        Args a = Args.parse(args, Set.of("--top", "--lang"), Set.of("--json"));
        String file = a.onlyPositional("BOARD");
        int top = a.has("--top") ? top(a.get("--top", "")) : Integer.MAX_VALUE;
        Locale before = Messages.locale();
        Locale locale = a.has("--lang") ? language(a.get("--lang", "")) : before;
        Board board = BoardInput.read(Path.of(file));
        try {
            Messages.setLocale(locale);
            List<RankedFollowUp> plan = new FollowUpPicker(FollowUpBank.with(templateQuestions(board, a.has("--lang")))).plan(board);
            plan = plan.subList(0, Math.min(top, plan.size()));
            if (a.has("--json")) {
                out.println(json(file, locale, plan));
            } else {
                human(plan, out);
            }
            return 0;
        } finally {
            Messages.setLocale(before);
        }
    }

    /** The template's own questions: in the asked language, else in the language the board was seeded in. */
    private List<FollowUpBank.StagedQuestion> templateQuestions(Board board, boolean languageAsked) {
        if (board.templateId().isBlank()) {
            return List.of();
        }
        TemplateLibrary lib = library.get();
        return FollowUpBank.questionsOf(languageAsked ? lib.byId(board.templateId()) : lib.forBoard(board));
    }

    private static int top(String text) {
        try {
            int n = Integer.parseInt(text.trim());
            if (n > 0) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new CliException(Messages.get("rehearsal.cli.bad-top", text));
    }

    private static Locale language(String code) {
        Locale l = LANGUAGES.get(code.trim().toLowerCase(Locale.ROOT));
        if (l == null) {
            throw new CliException(Messages.get("rehearsal.cli.bad-lang", code));
        }
        return l;
    }

    static String json(String file, Locale locale, List<RankedFollowUp> plan) {
        ObjectNode root = JSON.createObjectNode();
        root.put("file", file);
        root.put("lang", locale.getLanguage().isEmpty() ? "en" : locale.getLanguage());
        ArrayNode list = root.putArray("questions");
        for (RankedFollowUp r : plan) {
            ObjectNode o = list.addObject();
            o.put("id", r.question().id());
            o.put("stage", r.question().stage().id());
            o.put("question", r.question().question());
            ObjectNode why = o.putObject("why");
            why.put("kind", r.why().kind().id());
            why.put("gap", r.why().gap());
            ArrayNode words = why.putArray("board");
            r.why().boardWords().forEach(words::add);
            why.put("text", r.why().text());
        }
        try {
            return JSON.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e); // a tree of strings always serialises
        }
    }

    private static void human(List<RankedFollowUp> plan, PrintStream out) {
        if (plan.isEmpty()) {
            out.println(Messages.get("rehearsal.followup.none"));
        }
        for (int i = 0; i < plan.size(); i++) {
            RankedFollowUp r = plan.get(i);
            out.println(Messages.get("rehearsal.cli.question", String.valueOf(i + 1), r.question().stage().id(),
                    r.question().question()));
            out.println("   " + Messages.get("rehearsal.cli.why", r.why().text()));
        }
    }
}
