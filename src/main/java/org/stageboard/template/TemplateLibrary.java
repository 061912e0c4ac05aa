package org.stageboard.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AppDirs;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.Board;
import org.stageboard.model.TradeOff;

/**
 * The templates the user can start from: the shipped ones plus the user's own {@code *.json} files in
 * {@link AppDirs#templates()}, each with the translations found in the {@code i18n} folder beside it
 * ({@code i18n/<id>.<language>.json}). A file that does not validate is skipped and reported in {@link #warnings()}
 * (file and problem); the others still load. A user template whose id is already taken by a shipped one is skipped
 * with a warning: the shipped template wins, so a shipped id always means the same content.
 *
 * <p>Unless a language is asked for, templates come in the interface language ({@link Messages#locale()}); a
 * template without that language comes in English, else in the language it was written in.
 */
public final class TemplateLibrary {
    private static Comparator<Template> order() {
        return Comparator.comparing(Template::category)
                .thenComparing(t -> t.title().toLowerCase(Locale.ROOT))
                .thenComparing(Template::id);
    }

    /** Each template id to its texts by language; the first entry is the language of the main file. */
    private final Map<String, Map<String, Template>> byId = new LinkedHashMap<>();
    private final Map<String, Boolean> isUser = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();

    private TemplateLibrary() {
    }

    /** The shipped templates (from where the program was loaded) and the user's templates folder. */
    public static TemplateLibrary load() {
        TemplateLibrary lib = new TemplateLibrary();
        try {
            lib.addShipped(ShippedTemplates.codeSource());
        } catch (IOException e) {
            lib.warnings.add(Messages.get("template.warn.shipped", e.getMessage()));
        }
        lib.addUserFolder(AppDirs.templates());
        return lib;
    }

    /**
     * Loads shipped templates from {@code shippedRoot} (a class directory or a jar holding
     * {@code org/stageboard/templates/*.json}) and user templates from {@code userFolder}; either may be null.
     */
    public static TemplateLibrary load(Path shippedRoot, Path userFolder) {
        TemplateLibrary lib = new TemplateLibrary();
        if (shippedRoot != null) {
            lib.addShipped(shippedRoot);
        }
        if (userFolder != null) {
            lib.addUserFolder(userFolder);
        }
        return lib;
    }

    /** A library of already loaded templates (for tests and previews); several languages of one id may be given. */
    public static TemplateLibrary of(Collection<Template> templates) {
        TemplateLibrary lib = new TemplateLibrary();
        for (Template t : templates) {
            lib.byId.computeIfAbsent(t.id(), k -> new LinkedHashMap<>()).put(t.language(), t);
            lib.isUser.put(t.id(), false);
        }
        return lib;
    }

    private void addShipped(Path root) {
        try {
            add(ShippedTemplates.read(root), ShippedTemplates.readTranslations(root), false);
        } catch (IOException e) {
            warnings.add(Messages.get("template.warn.shipped", root + ": " + e.getMessage()));
        }
    }

    private void addUserFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return; // nobody has written a template yet
        }
        try {
            String sep = folder.getFileSystem().getSeparator();
            Path translations = folder.resolve(ShippedTemplates.TRANSLATIONS);
            add(ShippedTemplates.readFolder(folder, folder + sep),
                    ShippedTemplates.readFolder(translations, translations + sep), true);
        } catch (IOException e) {
            warnings.add(Messages.get("template.warn.folder", folder, e.getMessage()));
        }
    }

    /** Loads the main files, then each translation onto the main file whose id it names. */
    private void add(List<ShippedTemplates.Entry> mains, List<ShippedTemplates.Entry> translations, boolean user) {
        TemplateLoader loader = new TemplateLoader();
        Map<String, ShippedTemplates.Entry> mainOf = new LinkedHashMap<>();
        for (ShippedTemplates.Entry e : mains) {
            try {
                Template t = loader.parse(e.name(), e.content());
                if (user && byId.containsKey(t.id()) && !isUser.get(t.id())) {
                    warnings.add(Messages.get("template.warn.duplicate", e.name(), t.id(), t.id() + ".json"));
                    continue;
                }
                Map<String, Template> versions = new LinkedHashMap<>();
                versions.put(t.language(), t);
                byId.put(t.id(), versions);
                isUser.put(t.id(), user);
                mainOf.put(t.id(), e);
            } catch (TemplateException ex) {
                warnings.add(ex.getMessage());
            }
        }
        for (ShippedTemplates.Entry e : translations) {
            String stem = stem(e.name());
            String id = stem.contains(".") ? stem.substring(0, stem.lastIndexOf('.')) : stem;
            ShippedTemplates.Entry main = mainOf.get(id);
            if (main == null) {
                warnings.add(Messages.get("template.warn.orphanTranslation", e.name(), id + ".json"));
                continue;
            }
            try {
                Template t = loader.parseTranslation(main.name(), main.content(), e.name(), e.content());
                Map<String, Template> versions = byId.get(id);
                if (versions.containsKey(t.language())) {
                    warnings.add(Messages.get("template.warn.sameLanguage", e.name(), t.language(), main.name()));
                    continue;
                }
                versions.put(t.language(), t);
            } catch (TemplateException ex) {
                warnings.add(ex.getMessage());
            }
        }
    }

    private static String stem(String name) {
        String n = name.replace('\\', '/');
        n = n.substring(n.lastIndexOf('/') + 1);
        return n.endsWith(".json") ? n.substring(0, n.length() - 5) : n;
    }

    /** The language templates come in when none is asked for: the interface language. */
    public static String interfaceLanguage() {
        return TemplateLanguage.of(Messages.locale());
    }

    /** Every usable template in the interface language, by category and then title. */
    public List<Template> all() {
        return all(interfaceLanguage());
    }

    /** Every usable template in {@code language} (each falling back as {@link #byId(String, String)} does). */
    public List<Template> all(String language) {
        return byId.keySet().stream().map(id -> pick(id, language)).sorted(order()).toList();
    }

    /** The template in the interface language. */
    public Optional<Template> byId(String id) {
        return byId(id, interfaceLanguage());
    }

    /** The template in {@code language}; without that language in English; else in the language it was written in. */
    public Optional<Template> byId(String id, String language) {
        return byId.containsKey(id) ? Optional.of(pick(id, language)) : Optional.empty();
    }

    /**
     * The template a board was seeded from, in the language the board was seeded in (a board that names none: the
     * interface language), so a reference or cue sheet matches the board's own language.
     */
    public Optional<Template> forBoard(Board board) {
        if (board.templateId().isBlank()) {
            return Optional.empty();
        }
        String language = TemplateLanguage.isKnown(board.language()) ? board.language() : interfaceLanguage();
        return byId(board.templateId(), language);
    }

    private Template pick(String id, String language) {
        Map<String, Template> versions = byId.get(id);
        Template t = versions.get(language);
        if (t == null) {
            t = versions.get(TemplateLanguage.ENGLISH);
        }
        return t != null ? t : versions.values().iterator().next();
    }

    /** The languages template {@code id} has text in, in {@link TemplateLanguage#ALL} order; none if unknown. */
    public List<String> languages(String id) {
        Map<String, Template> versions = byId.getOrDefault(id, Map.of());
        return TemplateLanguage.ALL.stream().filter(versions::containsKey).toList();
    }

    /** True when the template came from the user's folder rather than the program. */
    public boolean isUserTemplate(String id) {
        return isUser.getOrDefault(id, false);
    }

    /** One line per file that could not be used: the file and the problem. */
    public List<String> warnings() {
        return List.copyOf(warnings);
    }

    /**
     * The templates (in the interface language) matching every word of {@code query} (case-insensitive, in the
     * title, prompt, category, stage titles, answers and trade-offs of any of its languages) whose category is in
     * {@code categories}; an empty set means any category.
     */
    public List<Template> search(String query, Collection<Category> categories) {
        List<String> words = query == null || query.isBlank() ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        List<Template> out = new ArrayList<>();
        for (Template t : all()) {
            if (categories != null && !categories.isEmpty() && !categories.contains(t.category())) {
                continue;
            }
            String hay = byId.get(t.id()).values().stream().map(TemplateLibrary::searchText)
                    .reduce("", String::concat);
            if (words.stream().allMatch(hay::contains)) {
                out.add(t);
            }
        }
        // a match in the title beats one in the prompt, which beats one deep in an answer
        out.sort(java.util.Comparator.comparingInt(t -> relevance(t, words)));
        return out;
    }

    private static int relevance(Template t, List<String> words) {
        String head = (t.id() + "\n" + t.title()).toLowerCase(Locale.ROOT);
        if (words.stream().allMatch(head::contains)) {
            return 0;
        }
        String prompt = (t.prompt() + "\n" + t.category().displayName()).toLowerCase(Locale.ROOT);
        return words.stream().allMatch(w -> head.contains(w) || prompt.contains(w)) ? 1 : 2;
    }

    private static String searchText(Template t) {
        StringBuilder sb = new StringBuilder();
        sb.append(t.id()).append('\n').append(t.title()).append('\n').append(t.prompt()).append('\n')
                .append(t.category().id()).append('\n').append(t.category().displayName()).append('\n');
        for (Template.StageTemplate s : t.stages().values()) {
            sb.append(s.title()).append('\n');
            s.answer().forEach(a -> sb.append(a).append('\n'));
            for (TradeOff to : s.tradeoffs()) {
                sb.append(TradeOffFormat.oneLine(to)).append('\n');
            }
        }
        return sb.toString().toLowerCase(Locale.ROOT);
    }

    /** Up to three ids close to a mistyped {@code id} (small edit distance, or one containing the other). */
    public List<String> suggest(String id) {
        String wanted = id.toLowerCase(Locale.ROOT);
        int limit = Math.max(2, wanted.length() / 3);
        record Scored(String id, int score) {
        }
        return byId.keySet().stream()
                .map(k -> new Scored(k, k.contains(wanted) || wanted.contains(k) ? 0 : distance(k, wanted)))
                .filter(s -> s.score() <= limit)
                .sorted(Comparator.comparingInt(Scored::score).thenComparing(Scored::id))
                .limit(3)
                .map(Scored::id)
                .toList();
    }

    /** Levenshtein distance. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
