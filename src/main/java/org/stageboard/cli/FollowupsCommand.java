package org.stageboard.cli;

import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.rehearsal.FollowUpBank;
import org.stageboard.rehearsal.FollowUpPicker;
import org.stageboard.rehearsal.RankedFollowUp;
import org.stageboard.template.TemplateLibrary;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code followups BOARD [--json] [--top N] [--lang en|zh|ru]}: the follow-up questions in the order the rehearsal
 * card would ask them on this board (template questions first, then gaps, then what the board says), each with
 * why it was chosen. Built exactly as the window builds its picker, so both give the same order.
 */
@Command(name = "followups")
public final class FollowupsCommand extends CliCommand {
    private final Supplier<TemplateLibrary> library;

    @Parameters(arity = "0..1", paramLabel = "BOARD")
    String file;

    @Option(names = "--json")
    boolean json;

    @Option(names = "--top", paramLabel = "N")
    String topText;

    @Option(names = "--lang", paramLabel = "en|zh|ru")
    String lang;

    public FollowupsCommand() {
        this(TemplateLibrary::load);
    }

    public FollowupsCommand(Supplier<TemplateLibrary> library) {
        this.library = library;
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
    protected int run() {
        String file = required(this.file, "BOARD");
        int top = topText != null ? top(topText) : Integer.MAX_VALUE;
        return speaking(lang, () -> {
            Board board = BoardInput.read(Path.of(file));
            List<RankedFollowUp> plan = new FollowUpPicker(FollowUpBank.with(templateQuestions(board, lang != null))).plan(board);
            plan = plan.subList(0, Math.min(top, plan.size()));
            if (json) {
                out.println(json(file, Messages.locale(), plan));
            } else {
                human(plan);
            }
            return 0;
        });
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

    /** The {@code --json} shape: the file, the language, and the questions in the order the card asks them. */
    @JsonPropertyOrder({"file", "lang", "questions"})
    record Plan(String file, String lang, List<Question> questions) {
    }

    @JsonPropertyOrder({"id", "stage", "question", "why"})
    record Question(String id, String stage, String question, Why why) {
        static Question of(RankedFollowUp r) {
            return new Question(r.question().id(), r.question().stage().id(), r.question().question(),
                    new Why(r.why().kind().id(), r.why().gap(), List.copyOf(r.why().boardWords()), r.why().text()));
        }
    }

    /** Why a question is asked: its kind, the gap it probes, the board's own words it quotes, the sentence shown. */
    @JsonPropertyOrder({"kind", "gap", "board", "text"})
    record Why(String kind, String gap, List<String> board, String text) {
    }

    static String json(String file, Locale locale, List<RankedFollowUp> plan) {
        return JsonOutput.write(new Plan(file, locale.getLanguage().isEmpty() ? "en" : locale.getLanguage(),
                plan.stream().map(Question::of).toList()));
    }

    private void human(List<RankedFollowUp> plan) {
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
