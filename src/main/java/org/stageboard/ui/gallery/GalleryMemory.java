package org.stageboard.ui.gallery;

import java.util.Objects;
import java.util.Optional;
import org.stageboard.io.Settings;
import org.stageboard.template.Seeder;

/** Remembers the gallery's practice/reference choice in the settings file, so it survives a restart. */
public final class GalleryMemory {
    static final String KEY = "galleryMode";
    private final Settings settings;

    public GalleryMemory(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** The mode chosen last time; empty when never chosen or the stored value is unknown. */
    public Optional<Seeder.Mode> load() {
        return settings.get(KEY).flatMap(v -> {
            for (Seeder.Mode m : Seeder.Mode.values()) {
                if (m.name().equalsIgnoreCase(v)) {
                    return Optional.of(m);
                }
            }
            return Optional.empty();
        });
    }

    /** Stores the mode; a settings file that cannot be written only means the choice lasts this session. */
    public void save(Seeder.Mode mode) {
        if (load().orElse(null) != mode) {
            settings.put(KEY, mode.name().toLowerCase(java.util.Locale.ROOT));
            settings.saveIfPossible();
        }
    }
}
