package org.stageboard.ui.rehearsal;

import java.util.Objects;
import org.stageboard.io.Settings;
import org.stageboard.rehearsal.curveball.CurveballSchedule;

/** Remembers how many curveballs a rehearsal throws (off, one, two) in the settings file, across restarts. */
public final class CurveballMemory {
    static final String KEY = "rehearsalCurveballs";
    private final Settings settings;

    public CurveballMemory(Settings settings) {
        this.settings = Objects.requireNonNull(settings);
    }

    /** The count chosen last time; one (the default) when never chosen or unknown. */
    public CurveballSchedule.Count load() {
        return settings.get(KEY).map(CurveballSchedule.Count::byId).orElse(CurveballSchedule.Count.ONE);
    }

    /** Stores the count; a settings file that cannot be written only means the choice lasts this session. */
    public void save(CurveballSchedule.Count count) {
        if (!settings.get(KEY).map(count.id()::equals).orElse(false)) {
            settings.put(KEY, count.id());
            settings.saveIfPossible();
        }
    }
}
