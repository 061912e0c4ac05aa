package org.stageboard.reliability;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

/** A second JVM running {@link ChildMain}, with its output lines collected as they come. */
final class ChildJvm implements AutoCloseable {
    private final Process process;
    private final LinkedBlockingQueue<String> lines = new LinkedBlockingQueue<>();
    private final List<String> all = new ArrayList<>();

    private ChildJvm(Process process) {
        this.process = process;
        Thread reader = new Thread(() -> {
            try (BufferedReader r = new BufferedReader(new InputStreamReader(process.getInputStream(),
                    StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                    lines.add(line);
                }
            } catch (IOException e) {
                // the process was killed
            }
        }, "child-output");
        reader.setDaemon(true);
        reader.start();
    }

    static ChildJvm start(List<String> jvmOptions, String... args) throws IOException {
        List<String> cmd = new ArrayList<>();
        cmd.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        cmd.addAll(jvmOptions);
        // a child starts dozens of times per test: quick start matters more than peak speed
        cmd.add("-XX:TieredStopAtLevel=1");
        cmd.add("-XX:+UseSerialGC");
        cmd.add("-Duser.language=en");
        cmd.add("-Duser.country=US");
        cmd.add("-Dfile.encoding=UTF-8");
        cmd.add("-cp");
        cmd.add(System.getProperty("java.class.path"));
        cmd.add(ChildMain.class.getName());
        cmd.addAll(List.of(args));
        return new ChildJvm(new ProcessBuilder(cmd).redirectErrorStream(true).start());
    }

    /** Waits for the line {@code expected}; fails with everything printed so far if it does not come. */
    void await(String expected, long seconds) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(seconds);
        while (System.nanoTime() < end) {
            String line = lines.poll(100, TimeUnit.MILLISECONDS);
            if (line != null) {
                all.add(line);
                if (line.equals(expected)) {
                    return;
                }
            }
            if (!process.isAlive() && lines.isEmpty()) {
                break;
            }
        }
        throw new AssertionError("child never printed \"" + expected + "\"; it printed: " + all);
    }

    /** Waits for the child to end and returns its exit code and every line it printed. */
    Finished finish(long seconds) throws InterruptedException {
        if (!process.waitFor(seconds, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("child did not finish in " + seconds + " s");
        }
        Thread.sleep(50);
        lines.drainTo(all);
        return new Finished(process.exitValue(), List.copyOf(all));
    }

    record Finished(int code, List<String> lines) {
    }

    /** kill -9: no shutdown hooks, no finally blocks, exactly like a crash. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(30, TimeUnit.SECONDS);
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }
}
