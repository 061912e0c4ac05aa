package org.stageboard.io;

import java.nio.file.Path;

/** Where Stageboard keeps per-user files. Tests point {@code stageboard.home} at a scratch folder. */
public final class AppDirs {
    private AppDirs() {
    }

    /** {@code ~/.stageboard}, or the folder named by the system property {@code stageboard.home}. */
    public static Path home() {
        String override = System.getProperty("stageboard.home");
        if (override != null && !override.isBlank()) {
            return Path.of(override);
        }
        return Path.of(System.getProperty("user.home"), ".stageboard");
    }

    /** User templates, read beside the shipped ones. */
    public static Path templates() {
        return home().resolve("templates");
    }

    /** Autosaved copies of unsaved work, for recovery after a crash. */
    public static Path autosave() {
        return home().resolve("autosave");
    }

    /** Preferences such as recent files. */
    public static Path settings() {
        return home().resolve("settings.json");
    }
}
