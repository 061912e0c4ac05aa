package org.stageboard.export;

/** Told how far a long export has got, and asked between steps whether the user cancelled it. */
public interface ExportProgress {
    /** Nobody watching: no progress shown, never cancelled. */
    ExportProgress NONE = new ExportProgress() {
        @Override
        public void done(double fraction) {
        }

        @Override
        public boolean cancelled() {
            return false;
        }
    };

    /** {@code fraction} (0 to 1) of the work is done; called from the exporting thread. */
    void done(double fraction);

    /** True when the export should stop; the file it was writing is then left as it was. */
    boolean cancelled();
}
