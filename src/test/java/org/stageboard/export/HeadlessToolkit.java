package org.stageboard.export;

import java.util.concurrent.Callable;
import java.util.logging.Level;
import java.util.logging.Logger;
import javafx.application.Platform;
import org.stageboard.i18n.Messages;

/**
 * Gives command-line code a JavaFX toolkit without a display. When nothing has started the toolkit, it selects
 * the headless Monocle platform with software rendering (unless those properties are already set), starts it,
 * and shuts it down afterwards. When the toolkit is already running (the app, or a test) it is used as it is
 * and left running.
 */
public final class HeadlessToolkit {
    /** Held so the level set below sticks (java.util.logging keeps loggers weakly). */
    private static final Logger FX_LOG = Logger.getLogger("javafx");

    private HeadlessToolkit() {
    }

    /** Runs {@code work} on the FX thread, starting (and afterwards exiting) the toolkit if it is not running. */
    public static <T> T run(Callable<T> work) throws Exception {
        return runBeside(() -> FxThread.call(work));
    }

    /**
     * Runs {@code work} on the calling thread with the toolkit running (starting and afterwards exiting it if it
     * was not): for work that hands parts to the FX thread itself, such as {@link PngStream}.
     */
    public static <T> T runBeside(Callable<T> work) throws Exception {
        boolean startedHere = false;
        if (!isRunning()) {
            useHeadlessDefaults();
            start();
            startedHere = true;
        }
        try {
            return work.call();
        } finally {
            if (startedHere) {
                Platform.exit();
            }
        }
    }

    /** True when the toolkit has been started in this process: runLater refuses work before that. */
    static boolean isRunning() {
        try {
            Platform.runLater(() -> { });
            return true;
        } catch (IllegalStateException notStarted) {
            return false;
        }
    }

    private static void useHeadlessDefaults() {
        setIfAbsent("glass.platform", "Monocle");
        setIfAbsent("monocle.platform", "Headless");
        setIfAbsent("prism.order", "sw");
        setIfAbsent("java.awt.headless", "true");
    }

    private static void setIfAbsent(String key, String value) {
        if (System.getProperty(key) == null) {
            System.setProperty(key, value);
        }
    }

    private static void start() throws ExportException {
        // Started from a plain class path, JavaFX warns that the configuration is "unsupported" on every run;
        // for a one-shot headless render that is noise on stderr, so only errors are let through.
        if (FX_LOG.getLevel() == null) {
            FX_LOG.setLevel(Level.SEVERE);
        }
        try {
            Platform.startup(() -> { });
        } catch (RuntimeException | LinkageError e) {
            throw new ExportException(Messages.get("export.error.toolkit", String.valueOf(e.getMessage())), e);
        }
    }
}
