package org.stageboard.rehearsal.curveball;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Stage;

/**
 * The general curveballs, keyed by what a board shows ({@code org/stageboard/rehearsal/curveballs.json}): a latency
 * cut for online serving, label delay for fraud, churn or credit, a traffic spike, a new market, a privacy rule
 * removing a feature the board names, cold-start items, a GPU budget cut. Organised like the follow-up bank: the
 * English file is the master with every entry's stage and conditions; {@code curveballs_zh.json} and
 * {@code curveballs_ru.json} hold only the wording by id, and an entry missing there is thrown in English.
 */
public final class CurveballBank {
    static final String ENGLISH = "/org/stageboard/rehearsal/curveballs.json";
    private static final String LOCALIZED = "/org/stageboard/rehearsal/curveballs_%s.json";
    private static final ObjectMapper JSON = new ObjectMapper()
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false);
    private static final Map<String, List<Entry>> LOADED = new ConcurrentHashMap<>();

    /**
     * One bank entry.
     *
     * @param requires conditions on the board, all of which must hold ({@link BoardConditions})
     * @param quote    "feature" when the text quotes a feature the board names as "{feature}" (the entry is left out
     *                 where the board names none)
     * @param prefer   features to quote first, synonyms joined by "|" (personal data for a privacy rule)
     */
    public record Entry(String id, String stage, List<String> requires, String text, String quote, String prefer) {
        public Entry {
            requires = requires == null ? List.of() : List.copyOf(requires);
            quote = quote == null ? "" : quote;
            prefer = prefer == null ? "" : prefer;
        }

        public Stage stageOrNote() {
            return Stage.fromId(stage).orElse(Stage.NOTE);
        }
    }

    /** A file's shape: the master and the translations alike. */
    record File(List<Entry> curveballs) {
        File {
            curveballs = curveballs == null ? List.of() : curveballs;
        }
    }

    private CurveballBank() {
    }

    /** The bank in the interface language. */
    public static List<Entry> general() {
        return general(Messages.locale());
    }

    /** The bank worded for {@code locale}: Chinese and Russian have their own wording, anything else English. */
    public static List<Entry> general(Locale locale) {
        String lang = locale == null ? "" : locale.getLanguage();
        String resource = lang.equals("zh") || lang.equals("ru") ? String.format(LOCALIZED, lang) : ENGLISH;
        return LOADED.computeIfAbsent(resource, r -> {
            List<Entry> master = read(ENGLISH).curveballs();
            if (r.equals(ENGLISH)) {
                return List.copyOf(master);
            }
            Map<String, String> wording = new HashMap<>();
            try {
                read(r).curveballs().forEach(e -> wording.put(e.id(), e.text()));
            } catch (RuntimeException e) {
                return List.copyOf(master); // a broken translation must not take the curveballs down with it
            }
            return master.stream().map(e -> {
                String w = wording.get(e.id());
                return w == null || w.isBlank() ? e
                        : new Entry(e.id(), e.stage(), e.requires(), w, e.quote(), e.prefer());
            }).toList();
        });
    }

    private static File read(String resource) {
        try (InputStream in = CurveballBank.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource " + resource);
            }
            return JSON.readValue(in, File.class);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + resource, e);
        }
    }
}
