package org.stageboard.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Work started ahead gives its value, or fails on the caller's thread exactly as the work failed. */
class AheadOfUseTest {
    @Test
    void theValueMadeOnTheOtherThread() {
        AheadOfUse<String> ahead = AheadOfUse.start("test-ahead", () -> Thread.currentThread().getName());
        assertEquals("test-ahead", ahead.get());
        assertEquals("test-ahead", ahead.get(), "asked twice, made once");
    }

    @Test
    void aFailureIsTheSameExceptionOrError() {
        IllegalStateException missing = new IllegalStateException("zh-words.txt is missing from the jar");
        assertSame(missing, assertThrows(IllegalStateException.class,
                () -> AheadOfUse.start("test-fail", () -> {
                    throw missing;
                }).get()));
        ExceptionInInitializerError init = new ExceptionInInitializerError(missing);
        assertSame(init, assertThrows(ExceptionInInitializerError.class,
                () -> AheadOfUse.start("test-error", () -> {
                    throw init;
                }).get()));
    }

    @Test
    void anInterruptedCallerStillGetsTheValueAndKeepsItsInterrupt() {
        Thread.currentThread().interrupt();
        try {
            assertEquals(42, AheadOfUse.start("test-interrupt", () -> 42).get());
            assertEquals(true, Thread.currentThread().isInterrupted());
        } finally {
            Thread.interrupted();
        }
    }
}
