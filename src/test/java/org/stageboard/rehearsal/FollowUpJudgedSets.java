package org.stageboard.rehearsal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.stageboard.i18n.Messages;
import org.stageboard.io.BoardFiles;
import org.stageboard.model.Board;
import org.stageboard.template.TemplateLibrary;

/**
 * The judged development folders as training data for {@link FollowUpRanker}: for each board, every question the
 * planner allows in the rules' order with its features, and the independent judges' verdict where one was given
 * (joined on board file + question id; a question asked now that no judge saw has none).
 */
final class FollowUpJudgedSets {
    static final Path RESOURCES = Path.of("src/test/resources");

    private FollowUpJudgedSets() {
    }

    /** One allowed question on one board; {@code relevant} is null where no judge saw it. */
    record Question(RankedFollowUp ranked, List<String> features, Boolean relevant) {
        String id() {
            return ranked.question().id();
        }
    }

    /**
     * One board's allowed questions in the rules' order, with the features each has there.
     */
    record BoardQuestions(String set, String board, String lang, List<Question> questions) {
        List<RankedFollowUp> rulesOrder() {
            return questions.stream().map(Question::ranked).toList();
        }
    }

    /** Every judged development folder's boards, folder by folder in {@link FollowUpRelevanceReportTest#DEVELOPMENT} order. */
    static Map<String, List<BoardQuestions>> load() {
        Map<String, List<BoardQuestions>> out = new LinkedHashMap<>();
        for (String set : FollowUpRelevanceReportTest.DEVELOPMENT) {
            Path folder = RESOURCES.resolve(set);
            if (Files.exists(folder.resolve("judgements.tsv"))) {
                out.put(set, load(set, folder));
            }
        }
        return out;
    }

    private static List<BoardQuestions> load(String set, Path folder) {
        try {
            Map<String, Boolean> judged = judgements(folder.resolve("judgements.tsv"));
            List<BoardQuestions> out = new ArrayList<>();
            try (Stream<Path> s = Files.list(folder)) {
                for (Path file : s.filter(p -> p.toString().endsWith(".stageboard")).sorted().toList()) {
                    String name = file.getFileName().toString().replace(".stageboard", "");
                    String lang = name.length() > 2 && name.charAt(2) == '-' ? name.substring(0, 2) : "en";
                    List<RankedFollowUp> rules = standing(file, lang).rulesOrder();
                    List<Question> qs = new ArrayList<>();
                    for (int i = 0; i < rules.size(); i++) {
                        RankedFollowUp r = rules.get(i);
                        qs.add(new Question(r, FollowUpFeatures.of(r.question(), i),
                                judged.get(name + "\t" + r.question().id())));
                    }
                    out.add(new BoardQuestions(set, name, lang, qs));
                }
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (Exception e) {
            throw new IllegalStateException(folder + ": " + e.getMessage(), e);
        }
    }

    /** The questions the card may ask on the board with their standing, worded in the board's language. */
    private static FollowUpPlanner.Standing standing(Path file, String lang) throws Exception {
        Locale before = Messages.locale();
        try {
            Messages.setLocale(Locale.forLanguageTag(lang));
            Board board = BoardFiles.open(file);
            List<FollowUpBank.StagedQuestion> template = board.templateId().isBlank() ? List.of()
                    : FollowUpBank.questionsOf(TemplateLibrary.load().byId(board.templateId()));
            return new FollowUpPlanner(BoardText::new, FollowUpRanker.RULES)
                    .standing(FollowUpBank.with(template), board, List.of());
        } finally {
            Messages.setLocale(before);
        }
    }

    /** board + "\t" + question id -> relevant; later lines win. */
    private static Map<String, Boolean> judgements(Path tsv) throws IOException {
        Map<String, Boolean> out = new LinkedHashMap<>();
        for (String raw : Files.readAllLines(tsv, StandardCharsets.UTF_8)) {
            String line = raw.strip();
            if (line.isEmpty() || line.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t");
            if (cols.length >= 3) {
                out.put(cols[0].strip().replace(".stageboard", "") + "\t" + cols[1].strip(),
                        cols[2].strip().equals("relevant"));
            }
        }
        return out;
    }
}
