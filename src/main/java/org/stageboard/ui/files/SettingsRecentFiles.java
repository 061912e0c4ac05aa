package org.stageboard.ui.files;

import java.nio.file.Path;
import java.util.List;
import org.stageboard.io.Settings;

/** Recent files kept in the user's settings file; a settings file that cannot be written is not fatal. */
public final class SettingsRecentFiles implements RecentFiles {
    private final Settings settings;

    public SettingsRecentFiles(Settings settings) {
        this.settings = settings;
    }

    @Override
    public List<Path> load() {
        return settings.recentFiles();
    }

    @Override
    public void save(List<Path> files) {
        settings.clearRecent();
        for (int i = files.size() - 1; i >= 0; i--) {
            settings.addRecent(files.get(i));
        }
        settings.saveIfPossible();
    }
}
