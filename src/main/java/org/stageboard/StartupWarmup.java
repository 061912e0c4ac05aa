package org.stageboard;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.Locale;
import org.stageboard.check.Checker;
import org.stageboard.check.Profiles;
import org.stageboard.i18n.Messages;
import org.stageboard.model.Board;
import org.stageboard.text.Segmenter;

/**
 * Loads, on a background thread while the JavaFX toolkit starts, what the window's first frame will ask for on
 * the FX thread anyway: Jackson (the settings file), the message bundles, and the checker with its vocabularies
 * and the Chinese word list (the findings panel checks the empty board before the first frame). Nothing here
 * changes what the window does: the FX thread does the same work, but finds the classes loaded and the static
 * tables built (class initialisation is thread-safe, so whichever thread comes first builds them once).
 * Failures are ignored: the FX thread will meet and report them itself.
 */
final class StartupWarmup {
    private StartupWarmup() {
    }

    /** Starts the warm-up as a daemon thread, so it never keeps the app alive. */
    static void startInBackground() {
        Thread t = new Thread(StartupWarmup::run, "stageboard-warmup");
        t.setDaemon(true);
        t.setPriority(Thread.NORM_PRIORITY - 1);
        t.start();
    }

    static void run() {
        try {
            new ObjectMapper().readTree("{\"warm\":[1,2.5,true,null]}");
            for (Locale l : new Locale[] {Locale.ENGLISH, Messages.locale()}) {
                Messages.getIn(l, "canvas.empty");
            }
            Checker.check(Board.empty(), Profiles.forBoard(Board.empty()));
            Segmenter.DEFAULT.getClass();
        } catch (Exception | LinkageError ignored) {
            // the FX thread will do this work itself and report any problem there
        }
    }
}
