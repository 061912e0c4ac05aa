package org.stageboard.io;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import org.stageboard.model.Board;

/**
 * Decides when unsaved work is copied aside, and copies it off the caller's thread. The first change after a copy
 * starts a timer of {@link #DELAY}; further changes only replace the board waiting to be written and never restart
 * the timer. So however continuously the user edits, every change is on disk at most {@code DELAY} plus one write
 * after it was made: a maximum wait, not a quiet period that busy typing would postpone forever.
 *
 * <p>Boards are immutable, so the copy written is exactly the board as it was at its last change. All writes and
 * discards run one at a time on the timer's thread, in the order they were asked for.
 */
public final class AutosaveScheduler implements AutoCloseable {
    /** How long a change may wait before it is copied; a copy then takes a few milliseconds to write. */
    public static final Duration DELAY = Duration.ofSeconds(1);

    /** Runs tasks later on one background thread; replaceable in tests by a fake clock. */
    public interface Timer {
        void schedule(Runnable task, Duration delay);

        /** Stops the thread after the tasks already due. */
        default void shutdown() {
        }
    }

    private record Pending(String key, Path original, Board board) {
    }

    private final Autosave autosave;
    private final Timer timer;
    private final Duration delay;
    private final AtomicReference<Pending> latest = new AtomicReference<>();
    private final AtomicBoolean scheduled = new AtomicBoolean();
    private volatile Consumer<IOException> errors = e -> { };

    public AutosaveScheduler(Autosave autosave, Timer timer, Duration delay) {
        this.autosave = autosave;
        this.timer = timer;
        this.delay = delay;
    }

    /** Copies with {@link #DELAY} on a daemon thread of its own. */
    public static AutosaveScheduler background(Autosave autosave) {
        ScheduledExecutorService exec = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "stageboard-autosave");
            t.setDaemon(true);
            return t;
        });
        Timer timer = new Timer() {
            @Override
            public void schedule(Runnable task, Duration d) {
                exec.schedule(task, d.toNanos(), TimeUnit.NANOSECONDS);
            }

            @Override
            public void shutdown() {
                exec.shutdown();
            }
        };
        return new AutosaveScheduler(autosave, timer, DELAY);
    }

    /** Where failed copies are reported (the safety net must not interrupt the user; the caller decides). */
    public void onError(Consumer<IOException> sink) {
        this.errors = sink;
    }

    /** The document {@code key} changed to {@code board}; it will be copied within {@link #DELAY}. */
    public void changed(String key, Path original, Board board) {
        latest.set(new Pending(key, original, board));
        if (scheduled.compareAndSet(false, true)) {
            timer.schedule(this::flush, delay);
        }
    }

    /** Writes the waiting board now (on the timer's thread), e.g. before the app closes. */
    public void flushSoon() {
        timer.schedule(this::flush, Duration.ZERO);
    }

    /** Forgets the copy of {@code key}: the work was saved, or deliberately thrown away. */
    public void discard(String key) {
        latest.updateAndGet(p -> p != null && p.key().equals(key) ? null : p);
        timer.schedule(() -> {
            try {
                autosave.discard(key);
            } catch (IOException e) {
                errors.accept(e);
            }
        }, Duration.ZERO);
    }

    /**
     * Forgets the copy of {@code key} and waits (at most {@code timeout}) until it is gone: on a clean exit the
     * background thread dies with the app, and a copy it had no time to delete would be offered as a crash copy.
     */
    public boolean discardAndWait(String key, Duration timeout) {
        java.util.concurrent.CountDownLatch done = new java.util.concurrent.CountDownLatch(1);
        discard(key);
        timer.schedule(done::countDown, Duration.ZERO); // runs after the discard: the timer keeps order
        try {
            return done.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private void flush() {
        scheduled.set(false);
        Pending p = latest.getAndSet(null);
        if (p == null) {
            return;
        }
        try {
            autosave.save(p.key(), p.original(), p.board());
        } catch (IOException | RuntimeException e) {
            errors.accept(e instanceof IOException io ? io : new IOException(e));
        }
    }

    @Override
    public void close() {
        timer.shutdown();
    }
}
