package org.stageboard.cli;

import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.function.Supplier;

/**
 * A value a command will need, made on a daemon thread (the other core) while the command does something else first,
 * such as reading the board. Only for work the command does anyway, so nothing is done twice. {@link #get()} waits
 * for it and gives what the same call on the command's own thread would: the value, or the very exception or error
 * it failed with (a missing resource still reads as before).
 */
final class AheadOfUse<T> {
    private final FutureTask<T> task;

    private AheadOfUse(Supplier<T> make) {
        this.task = new FutureTask<>(make::get);
    }

    static <T> AheadOfUse<T> start(String name, Supplier<T> make) {
        AheadOfUse<T> ahead = new AheadOfUse<>(make);
        Thread t = new Thread(ahead.task, name);
        t.setDaemon(true);
        t.start();
        return ahead;
    }

    T get() {
        boolean interrupted = false;
        try {
            while (true) {
                try {
                    return task.get();
                } catch (InterruptedException e) {
                    interrupted = true; // the value is still needed: keep waiting, and say so after
                }
            }
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            if (cause instanceof RuntimeException r) {
                throw r;
            }
            if (cause instanceof Error err) {
                throw err;
            }
            throw new IllegalStateException(cause);
        } finally {
            if (interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
