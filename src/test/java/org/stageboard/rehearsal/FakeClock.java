package org.stageboard.rehearsal;

import java.util.function.LongSupplier;

/** A clock tests move by hand. */
public final class FakeClock implements LongSupplier {
    private long now;

    public FakeClock(long start) {
        this.now = start;
    }

    @Override
    public synchronized long getAsLong() {
        return now;
    }

    public synchronized void advance(long millis) {
        now += millis;
    }

    public void advanceSeconds(long s) {
        advance(s * 1000);
    }

    public void advanceMinutes(long m) {
        advance(m * 60_000);
    }
}
