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
import java.util.stream.Stream;
import org.stageboard.i18n.Messages;
import org.stageboard.io.AppDirs;
import org.stageboard.io.SafeFiles;
import org.stageboard.i18n.TradeOffFormat;
import org.stageboard.model.TradeOff;

/**
 * The templates the user can start from: the shipped ones plus the user's own {@code *.json} files in
 * {@link AppDirs#templates()}. A file that does not validate is skipped and reported in {@link #warnings()} (file and
 * problem); the others still load. A user template whose id is already taken by a shipped one is skipped with a
 * warning: the shipped template wins, so a shipped id always means the same content.
 */
public final class TemplateLibrary {
    private static final Comparator<Template> ORDER = Comparator
            .comparing(Template::category)
            .thenComparing(t -> t.title().toLowerCase(Locale.ROOT))
            .thenComparing(Template::id);

    /** Shipped templates are about 10 KB; a hundred times that is no template. */
    static final long MAX_USER_TEMPLATE_BYTES = 1024 * 1024;

    private final Map<String, Template> byId = new LinkedHashMap<>();
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
        lib.sort();
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
        lib.sort();
        return lib;
    }

    /** A library of already loaded templates (for tests and previews). */
    public static TemplateLibrary of(Collection<Template> templates) {
        TemplateLibrary lib = new TemplateLibrary();
        for (Template t : templates) {
            lib.byId.put(t.id(), t);
            lib.isUser.put(t.id(), false);
        }
        lib.sort();
        return lib;
    }

    private void addShipped(Path root) {
        TemplateLoader loader = new TemplateLoader();
        List<ShippedTemplates.Entry> entries;
        try {
            entries = ShippedTemplates.read(root);
        } catch (IOException e) {
            warnings.add(Messages.get("template.warn.shipped", root + ": " + e.getMessage()));
            return;
        }
        for (ShippedTemplates.Entry e : entries) {
            try {
                Template t = loader.parse(e.name(), e.content());
                byId.put(t.id(), t);
                isUser.put(t.id(), false);
            } catch (TemplateException ex) {
                warnings.add(ex.getMessage());
            }
        }
    }

    private void addUserFolder(Path folder) {
        if (!Files.isDirectory(folder)) {
            return; // nobody has written a template yet
        }
        List<Path> files;
        try (Stream<Path> list = Files.list(folder)) {
            files = list.filter(p -> p.getFileName().toString().endsWith(".json")).sorted().toList();
        } catch (IOException e) {
            warnings.add(Messages.get("template.warn.folder", folder, e.getMessage()));
            return;
        }
        TemplateLoader loader = new TemplateLoader();
        for (Path f : files) {
            try {
                Template t = loader.parse(f.toString(), readUserFile(f));
                if (byId.containsKey(t.id()) && !isUser.get(t.id())) {
                    warnings.add(Messages.get("template.warn.duplicate", f, t.id(), t.id() + ".json"));
                    continue;
                }
                byId.put(t.id(), t);
                isUser.put(t.id(), true);
            } catch (TemplateException ex) {
                warnings.add(ex.getMessage());
            }
        }
    }

    /**
     * A user template's bytes, read only if it is a regular file (after links) of at most
     * {@link #MAX_USER_TEMPLATE_BYTES}: a pipe, device or sparse giant dropped in the folder is reported, not read.
     */
    private static byte[] readUserFile(Path f) throws TemplateException {
        try {
            return SafeFiles.read(f, MAX_USER_TEMPLATE_BYTES);
        } catch (SafeFiles.Unreadable e) {
            throw new TemplateException(f.toString(), Messages.get("template.error.unreadable", e.getMessage()));
        }
    }

    private void sort() {
        List<Template> sorted = byId.values().stream().sorted(ORDER).toList();
        byId.clear();
        sorted.forEach(t -> byId.put(t.id(), t));
    }

    /** Every usable template, by category and then title. */
    public List<Template> all() {
        return List.copyOf(byId.values());
    }

    public Optional<Template> byId(String id) {
        return Optional.ofNullable(byId.get(id));
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
     * The templates matching every word of {@code query} (case-insensitive, in the title, prompt, category, stage
     * titles, answers and trade-offs) whose category is in {@code categories}; an empty set means any category.
     */
    public List<Template> search(String query, Collection<Category> categories) {
        List<String> words = query == null || query.isBlank() ? List.of()
                : List.of(query.toLowerCase(Locale.ROOT).trim().split("\\s+"));
        List<Template> out = new ArrayList<>();
        for (Template t : byId.values()) {
            if (categories != null && !categories.isEmpty() && !categories.contains(t.category())) {
                continue;
            }
            String hay = searchText(t);
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
