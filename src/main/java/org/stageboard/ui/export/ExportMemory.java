package org.stageboard.ui.export;

import java.nio.file.Path;
import org.stageboard.export.ExportOptions;
import org.stageboard.io.Settings;

/**
 * What the export dialog should remember from one export to the next: the folder last saved into and the scale
 * last used. Kept in the user's settings, so it survives a restart; a settings file that cannot be written only
 * costs the memory.
 */
public final class ExportMemory {
    private static final String FOLDER = "exportFolder";
    private final Settings settings;

    public ExportMemory(Settings settings) {
        this.settings = settings;
    }

    /** Opens the dialog where the last export left off. */
    public void applyTo(ExportDialog dialog) {
        settings.get(FOLDER).map(Path::of).ifPresent(dialog::setInitialFolder);
        long scale = Math.round(settings.exportScale());
        dialog.setScale((int) Math.max(1, Math.min(ExportOptions.MAX_SCALE, scale)));
        dialog.setOnSaved(saved -> remember(saved, dialog.options().scale()));
    }

    void remember(Path saved, int scale) {
        Path folder = saved.toAbsolutePath().getParent();
        if (folder != null) {
            settings.put(FOLDER, folder.toString());
        }
        settings.setExportScale(scale);
        settings.saveIfPossible();
    }
}
