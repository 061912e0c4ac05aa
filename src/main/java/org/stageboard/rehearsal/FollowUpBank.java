package org.stageboard.rehearsal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.stageboard.i18n.Messages;
import org.stageboard.io.JsonFormat;
import org.stageboard.io.JsonProblem;
import org.stageboard.model.Stage;
import org.stageboard.template.Template;

/**
 * The follow-up questions a session can draw from: the general bank shipped with the app (written from the
 * domain brief, {@code org/stageboard/rehearsal/followups.json}) plus whatever the board's template brings.
 * The English file is the master: it holds every question's stage, topic, triggers, answered-by terms and gaps.
 * The translations ({@code followups_zh.json}, {@code followups_ru.json}) hold only the wording, by id, so
 * picking and session logs behave the same in every language and a question missing from a translation is
 * asked in English.
 */
public final class FollowUpBank {
    static final String ENGLISH = "/org/stageboard/rehearsal/followups.json";
    private static final String LOCALIZED = "/org/stageboard/rehearsal/followups_%s.json";
    /** Banks loaded so far, by resource; the user may switch the interface language while running. */
    private static final Map<String, List<FollowUp>> LOADED = new ConcurrentHashMap<>();

    /** Values one bank file may hold: the shipped ones have a few thousand. */
    private static final int MAX_VALUES = 1_000_000;

    /** A bank file: the English master or a translation. */
    record BankFile(List<Entry> followups) {
        BankFile {
            followups = followups == null ? List.of() : followups;
        }
    }

    /**
     * One question as the master lists it; a translation's entries hold only {@code id}, {@code question} and
     * {@code lacks}. Absent lists are empty, absent flags false.
     */
    record Entry(String id, String stage, String topic, String group, String question, List<String> triggers,
                 List<String> answeredBy, List<String> gaps, String lacks, List<String> skipWhen,
                 List<String> requires, boolean needsTrigger, boolean focused, boolean precise,
                 List<String> domains, int penalty, boolean stock, List<String> covers) {
        Entry {
            id = text(id);
            stage = text(stage);
            topic = text(topic);
            group = text(group);
            question = text(question);
            lacks = text(lacks);
            triggers = list(triggers);
            answeredBy = list(answeredBy);
            gaps = list(gaps);
            skipWhen = list(skipWhen);
            requires = list(requires);
            domains = list(domains);
            covers = list(covers);
        }

        private static String text(String s) {
            return s == null ? "" : s;
        }

        private static List<String> list(List<String> l) {
            return l == null ? List.of() : l.stream().map(Entry::text).toList();
        }
    }

    /**
     * What the master says of a bank question beyond its topic, the same in every interface language.
     *
     * @param covers  the topics (or idea groups) of other questions this one asks too, so a session asks at most one
     *                of them ("Model isn't on the board: … which simple baseline must it beat?" covers "baseline")
     * @param english the English wording, placeholders unfilled; blank for a template's question
     */
    record Ideas(Set<String> covers, String english) {
        static final Ideas NONE = new Ideas(Set.of(), "");
    }

    /** A question as a template lists it: the stage it probes and the text. */
    public record StagedQuestion(Stage stage, String question) {
    }

    private FollowUpBank() {
    }

    /** The general bank in the interface language ({@link Messages#locale()}); each language loaded once. */
    public static List<FollowUp> general() {
        return general(resourceFor(Messages.locale()));
    }

    /** The bank file for a locale: Chinese and Russian have their own, every other language gets English. */
    static String resourceFor(Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        return lang.equals("zh") || lang.equals("ru") ? String.format(LOCALIZED, lang) : ENGLISH;
    }

    /**
     * The bank worded as in {@code resource}: the English master with each question the translation has replaced
     * by its wording. A missing or unreadable translation gives the English bank: a broken translation must not
     * take the follow-up card down with it.
     */
    static List<FollowUp> general(String resource) {
        return LOADED.computeIfAbsent(resource, r -> {
            List<FollowUp> master = loadMaster();
            if (r.equals(ENGLISH)) {
                return master;
            }
            Map<String, Entry> wording;
            try {
                wording = wording(r);
            } catch (RuntimeException e) {
                return master;
            }
            List<FollowUp> out = new ArrayList<>();
            for (FollowUp f : master) {
                Entry w = wording.get(f.id().substring(2));
                String q = w == null ? "" : w.question().strip();
                String lacks = w == null ? "" : w.lacks().strip();
                out.add(f.withText(q.isEmpty() ? f.question() : q, lacks.isEmpty() ? f.lacks() : lacks));
            }
            return List.copyOf(out);
        });
    }

    /** A template's follow-ups as the bank takes them; none when the board has no template. */
    public static List<StagedQuestion> questionsOf(Optional<Template> template) {
        return template.map(t -> t.followups().stream()
                .map(f -> new StagedQuestion(f.stage(), f.question())).toList()).orElse(List.of());
    }

    /** The template's questions first (they fit the case), then the general bank. */
    public static List<FollowUp> with(List<StagedQuestion> templateQuestions) {
        List<FollowUp> out = new ArrayList<>();
        for (int i = 0; i < templateQuestions.size(); i++) {
            StagedQuestion q = templateQuestions.get(i);
            if (q != null && q.stage() != null && q.question() != null && !q.question().isBlank()) {
                out.add(FollowUp.fromTemplate(i, q.stage(), q.question().trim()));
            }
        }
        out.addAll(general());
        return List.copyOf(out);
    }

    /** The master's {@link Ideas} of a question, by id ("g.model.missing"); {@link Ideas#NONE} for any other. */
    static Ideas ideas(String id) {
        Ideas found = MasterIdeas.BY_ID.get(id);
        if (found == null && id.matches(".*\\.\\d+")) {
            return ideas(id.substring(0, id.lastIndexOf('.'))); // the second note's copy of the note question
        }
        return found == null ? Ideas.NONE : found;
    }

    /** The master's entries, read once on first use: a session that never plans follow-ups never reads the bank. */
    private static final class Master {
        static final List<Entry> ENTRIES = read(ENGLISH).followups();
    }

    /** Each master question's {@link Ideas}, by id, built on first use. */
    private static final class MasterIdeas {
        static final Map<String, Ideas> BY_ID = load();

        private static Map<String, Ideas> load() {
            Map<String, Ideas> out = new HashMap<>();
            for (Entry f : Master.ENTRIES) {
                out.put("g." + f.id(), new Ideas(Set.copyOf(f.covers()), f.question()));
            }
            return Map.copyOf(out);
        }
    }

    /**
     * The question's topic, or its idea group when it has one: questions of one group ask one concern in different
     * words (position bias, selection bias, feedback loop, filter bubble, diversity: what the logs' own choices do
     * to training), so a top list and a session ask at most one of them, as for one topic.
     */
    private static String ideaGroup(Entry f) {
        return f.group().isBlank() ? f.topic() : f.group();
    }

    private static List<FollowUp> loadMaster() {
        List<FollowUp> out = new ArrayList<>();
        for (Entry f : Master.ENTRIES) {
            Stage stage = Stage.fromId(f.stage())
                    .orElseThrow(() -> new IllegalStateException(ENGLISH + ": " + f.id() + " has an unknown stage"));
            out.add(new FollowUp("g." + f.id(), stage, f.question(), f.triggers(), false, ideaGroup(f),
                    f.answeredBy(), f.gaps(), f.lacks(), skipWhen(f), f.needsTrigger(), f.focused(), f.precise(),
                    f.domains(), f.penalty(), f.stock()));
        }
        return List.copyOf(out);
    }

    /**
     * The bank's "skipWhen" terms, plus each "requires" idea as "!idea": the positive evidence a question worded
     * for one kind of system needs ("retrieval" for a grounding question), so it is skipped where the board never
     * says it rather than asked wherever nothing contrary is said.
     */
    private static List<String> skipWhen(Entry f) {
        List<String> out = new ArrayList<>(f.skipWhen());
        for (String idea : f.requires()) {
            out.add(FollowUpPreconditions.REQUIRES + idea);
        }
        return out;
    }

    /** A translation's entries by id. */
    private static Map<String, Entry> wording(String resource) {
        Map<String, Entry> out = new HashMap<>();
        for (Entry f : read(resource).followups()) {
            out.put(f.id(), f);
        }
        return out;
    }

    private static BankFile read(String resource) {
        try (InputStream in = FollowUpBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            byte[] json = in.readAllBytes();
            BankFile bank = JsonFormat.read(json, 0, json.length, BankFile.class, MAX_VALUES);
            if (bank.followups().contains(null)) {
                throw new IllegalStateException(JsonProblem.nullFound("followups", "io.kind.object").message(resource));
            }
            return bank;
        } catch (JsonProblem e) {
            throw new IllegalStateException(e.message(resource), e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
