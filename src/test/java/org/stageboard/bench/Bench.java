package org.stageboard.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Supplier;
import javafx.application.Platform;

/**
 * A tiny timing harness for the benchmarks: warm up, then take the median of several timed rounds. Figures are
 * reported as ratios against a baseline measured in the same run, because this machine is shared and noisy.
 */
public final class Bench {
    private Bench() {
    }

    /**
     * The options the app is started with (the pom's {@code app.jvm.options}, which surefire passes as a system
     * property), so a benchmark that starts a JVM starts it as users do.
     */
    public static List<String> appJvmOptions() {
        String options = System.getProperty("app.jvm.options", "").trim();
        return options.isEmpty() ? List.of() : List.of(options.split("\\s+"));
    }

    /** Median nanoseconds per call of {@code body}, over {@code rounds} rounds of {@code calls} calls. */
    public static double nanosPerCall(int rounds, int calls, Runnable body) {
        for (int i = 0; i < Math.max(3, calls); i++) {
            body.run();
        }
        double[] samples = new double[rounds];
        for (int r = 0; r < rounds; r++) {
            long t0 = System.nanoTime();
            for (int i = 0; i < calls; i++) {
                body.run();
            }
            samples[r] = (System.nanoTime() - t0) / (double) calls;
        }
        Arrays.sort(samples);
        return samples[rounds / 2];
    }

    /** Runs {@code work} on the JavaFX thread, starting the toolkit if needed, and waits for its result. */
    public static <T> T onFx(Supplier<T> work) {
        try {
            Platform.startup(() -> { });
        } catch (IllegalStateException alreadyRunning) {
            // fine: another test started it
        }
        CompletableFuture<T> f = new CompletableFuture<>();
        Platform.runLater(() -> {
            try {
                f.complete(work.get());
            } catch (Throwable t) {
                f.completeExceptionally(t);
            }
        });
        return f.join();
    }

    public static String row(String what, double nanos, double baselineNanos) {
        return String.format(Locale.ROOT, "%-58s %10.1f us   %9.4f x baseline", what, nanos / 1000, nanos / baselineNanos);
    }

    /**
     * A new editor window shown at 1600 × 1000 in the screen's corner, the size the issue measured at (set once shown:
     * before, under a window manager, the window came up tiny). Call on the FX thread; the toolkit outlives it.
     */
    static org.stageboard.ui.MainWindow editorWindow() {
        javafx.application.Platform.setImplicitExit(false);
        javafx.stage.Stage stage = new javafx.stage.Stage();
        org.stageboard.ui.MainWindow window = new org.stageboard.ui.MainWindow(stage,
                org.stageboard.ui.files.RecentFiles.inMemory());
        stage.show();
        stage.setX(0);
        stage.setY(0);
        stage.setWidth(1600);
        stage.setHeight(1000);
        return window;
    }
}
