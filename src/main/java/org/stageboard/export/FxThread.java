package org.stageboard.export;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import javafx.application.Platform;
import org.stageboard.i18n.Messages;

/** Runs work on the JavaFX application thread and waits for its result (the toolkit must be running). */
public final class FxThread {
    /** How long queued work may wait to start; a busy FX thread starts it in far less. */
    static final long START_TIMEOUT_SECONDS = 60;

    private FxThread() {
    }

    /** Calls {@code work} on the FX thread (directly when already on it) and returns its result or its exception. */
    public static <T> T call(Callable<T> work) throws Exception {
        if (Platform.isFxApplicationThread()) {
            return work.call();
        }
        CompletableFuture<T> result = new CompletableFuture<>();
        CountDownLatch started = new CountDownLatch(1);
        Platform.runLater(() -> {
            started.countDown();
            try {
                result.complete(work.call());
            } catch (Throwable t) {
                result.completeExceptionally(t);
            }
        });
        try {
            // after Platform.exit() runLater drops work silently; waiting for it would hang forever
            if (!started.await(START_TIMEOUT_SECONDS, TimeUnit.SECONDS)) {
                throw new ExportException(Messages.get("export.error.toolkit",
                        Messages.get("export.error.notRunning")));
            }
            return result.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new ExportException(Messages.get("export.error.interrupted"), e);
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof Exception ex) {
                throw ex;
            }
            throw (Error) cause;
        }
    }
}
