package org.stageboard;

import javafx.application.Platform;
import org.stageboard.ui.AfterFirstFrame;

/**
 * For the start-up benchmark: with {@code -Dstageboard.firstFrameProbe=true}, once the first pulse after the
 * window was shown has completed (the second pulse begins, so the first frame's scene was laid out and handed
 * to the renderer), prints {@value #MARKER} with the process's CPU milliseconds so far and exits. Measured from outside, so the JVM's own start counts.
 */
public final class FirstFrameProbe {
    public static final String MARKER = "stageboard.firstFrame";
    static final String PROPERTY = "stageboard.firstFrameProbe";

    private FirstFrameProbe() {
    }

    public static boolean requested() {
        return Boolean.getBoolean(PROPERTY);
    }

    /** Call on the FX thread right after {@code stage.show()}. Does nothing unless the property is set. */
    public static void armIfRequested() {
        if (!requested()) {
            return;
        }
        AfterFirstFrame.atSecondPulse(() -> {
            // the process's CPU time so far: steadier than wall time on a loaded machine
            long cpuMs = ProcessHandle.current().info().totalCpuDuration().map(d -> d.toMillis()).orElse(-1L);
            System.out.println(MARKER + " cpuMs=" + cpuMs);
            System.out.flush();
            Platform.exit();
            System.exit(0);
        });
    }
}
