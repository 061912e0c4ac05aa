package org.stageboard.io;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.ObjectWriter;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The user's preferences and recent files, kept as JSON in {@link AppDirs#settings()}. A missing or damaged
 * settings file means defaults, never an error: preferences are not worth a failed start. Not thread-safe;
 * use it from the UI thread.
 */
public final class Settings {
    public static final int MAX_RECENT = 10;
    public static final double DEFAULT_EXPORT_SCALE = 2;
    public static final double MIN_EXPORT_SCALE = 0.25;
    public static final double MAX_EXPORT_SCALE = 8;

    private static final String SNAP = "snapToGrid";
    private static final String EXPORT_SCALE = "exportScale";
    private static final String LOCALE = "locale";
    /** A settings file is a few KB; anything near this is not one. */
    private static final int MAX_BYTES = 1024 * 1024;
    private static final int MAX_VALUES = 10_000;
    /**
     * Today's layout of the settings file (Jackson's default pretty printer), kept as it was. Made on the first save,
     * in a holder: a mapper of its own is Jackson's configuration built again, which a window's first frame does not
     * need (and on a first start, with no settings file to read, none of databind is needed before it).
     */
    private static final class Writer {
        static final ObjectWriter WRITER = new ObjectMapper().writerWithDefaultPrettyPrinter();
    }

    /**
     * The file as Jackson binds and writes it. Preferences stay one flat map of plain values (true/false, numbers,
     * text): window, theme and gallery features each keep their own keys through {@link #get} and {@link #put}.
     */
    @JsonIgnoreProperties(ignoreUnknown = true)
    @JsonPropertyOrder({"version", "recentFiles", "preferences"})
    record File(Integer version, List<String> recentFiles, Map<String, Object> preferences) {
    }

    private final Path file;
    private final List<Path> recent = new ArrayList<>();
    private final Map<String, Object> preferences = new LinkedHashMap<>();

    private Settings(Path file) {
        this.file = file;
    }

    /** The settings in {@link AppDirs#settings()}. */
    public static Settings load() {
        return load(AppDirs.settings());
    }

    /** Reads {@code file}; defaults when it is missing, unreadable or damaged. */
    public static Settings load(Path file) {
        Settings s = new Settings(file);
        try {
            if (Files.exists(file, java.nio.file.LinkOption.NOFOLLOW_LINKS)) {
                // a pipe or device in its place is skipped, never waited on
                byte[] json = SafeFiles.read(file, MAX_BYTES);
                s.readFrom(JsonFormat.read(json, 0, json.length, File.class, MAX_VALUES));
            }
        } catch (IOException | JsonProblem e) {
            // damaged: defaults, as documented; preferences are not worth a failed start
        }
        return s;
    }

    private void readFrom(File f) {
        for (String p : f.recentFiles() == null ? List.<String>of() : f.recentFiles()) {
            if (p != null && recent.size() < MAX_RECENT) {
                try {
                    Path path = normal(Path.of(p));
                    if (!recent.contains(path)) {
                        recent.add(path);
                    }
                } catch (InvalidPathException e) {
                    // a path from another OS or a damaged entry: drop it
                }
            }
        }
        if (f.preferences() != null) {
            f.preferences().forEach((key, value) -> {
                if (value instanceof String || value instanceof Boolean || value instanceof Number) {
                    preferences.put(key, value); // a list or object is no preference of this version: dropped
                }
            });
        }
    }

    /** Writes the settings atomically, creating the folder when needed. */
    public void save() throws IOException {
        File f = new File(1, recent.stream().map(Path::toString).toList(), preferences);
        Path dir = file.toAbsolutePath().getParent();
        if (dir != null) {
            Files.createDirectories(dir);
        }
        AtomicFiles.write(file, Writer.WRITER.writeValueAsString(f) + "\n");
    }

    /**
     * Saves, or returns false when the file cannot be written: a preference that cannot be stored only lasts this
     * session, which is no reason to interrupt the user.
     */
    public boolean saveIfPossible() {
        try {
            save();
            return true;
        } catch (IOException e) {
            return false;
        }
    }

    public Path file() {
        return file;
    }

    /** Recently opened or saved boards, most recent first; files that no longer exist are dropped. */
    public List<Path> recentFiles() {
        recent.removeIf(p -> !Files.exists(p));
        return List.copyOf(recent);
    }

    /** Moves {@code file} to the top of the recent list. */
    public void addRecent(Path file) {
        Path p = normal(file);
        recent.remove(p);
        recent.add(0, p);
        while (recent.size() > MAX_RECENT) {
            recent.remove(recent.size() - 1);
        }
    }

    public void removeRecent(Path file) {
        recent.remove(normal(file));
    }

    public void clearRecent() {
        recent.clear();
    }

    public boolean snapToGrid() {
        return !(preferences.get(SNAP) instanceof Boolean snap) || snap;
    }

    public void setSnapToGrid(boolean snap) {
        preferences.put(SNAP, snap);
    }

    /** The scale of the last PNG export (1 = 100%), defaulting to 2 for crisp images on any screen. */
    public double exportScale() {
        if (!(preferences.get(EXPORT_SCALE) instanceof Number v)) {
            return DEFAULT_EXPORT_SCALE;
        }
        double scale = v.doubleValue();
        return scale >= MIN_EXPORT_SCALE && scale <= MAX_EXPORT_SCALE ? scale : DEFAULT_EXPORT_SCALE;
    }

    public void setExportScale(double scale) {
        if (!(scale >= MIN_EXPORT_SCALE && scale <= MAX_EXPORT_SCALE)) {
            throw new IllegalArgumentException("export scale out of range: " + scale);
        }
        preferences.put(EXPORT_SCALE, scale);
    }

    /** The user's chosen interface language, or empty to follow the system. */
    public Optional<Locale> locale() {
        String tag = get(LOCALE).orElse("");
        return tag.isBlank() ? Optional.empty() : Optional.of(Locale.forLanguageTag(tag));
    }

    public void setLocale(Locale locale) {
        if (locale == null) {
            preferences.remove(LOCALE);
        } else {
            preferences.put(LOCALE, locale.toLanguageTag());
        }
    }

    /** Any other preference, as text (for features that need one more setting). */
    public Optional<String> get(String key) {
        Object v = preferences.get(key);
        return v == null ? Optional.empty() : Optional.of(v.toString());
    }

    public void put(String key, String value) {
        if (value == null) {
            preferences.remove(key);
        } else {
            preferences.put(key, value);
        }
    }

    private static Path normal(Path p) {
        return p.toAbsolutePath().normalize();
    }
}
