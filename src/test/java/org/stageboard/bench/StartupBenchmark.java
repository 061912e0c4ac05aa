package org.stageboard.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.stageboard.FirstFrameProbe;

/**
 * Start-up, measured from outside in child JVMs, interleaved in one run so the shared machine's load falls on
 * every case alike: a bare JavaFX window and Stageboard's window to their first frame (on the X display named by
 * {@code DISPLAY}, or headless Monocle when there is none), and {@code java -version}, {@code check} and
 * {@code export} (SVG and PNG) of a small board. Prints medians and their ratios to the baselines.
 * Windows also report the CPU time the child used up to its first frame (steadier than wall time under load).
 * Optional: {@code -Dstartup.rounds=N} (default 7), {@code -Dstartup.jvmArgs="..."} added to every child, and
 * {@code -Dstartup.beforeClasses=DIR} (an older build's target/classes) to time that build's window, {@code check}
 * and PNG {@code export} beside it. The window, {@code check} and PNG {@code export} are timed again with the JVM
 * options the app is started with ({@code app.jvm.options} in the pom), the baselines keeping the JVM's defaults.
 */
@Tag("benchmark")
class StartupBenchmark {
    private static final String JAVA = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    private static final String CP = System.getProperty("java.class.path");

    @TempDir
    Path dir;

    @Test
    void startupRatios() throws Exception {
        int rounds = Integer.getInteger("startup.rounds", 7);
        String display = System.getenv("DISPLAY");
        boolean onX = display != null && !display.isBlank();
        Path home = Files.createDirectories(dir.resolve("home"));
        Path board = dir.resolve("small.stageboard");
        run(cli("new", "--template", "spam-detection", "--reference", "-o", board.toString()), null);

        Map<String, List<String>> cases = new LinkedHashMap<>();
        cases.put("java -version", List.of(JAVA, "-version"));
        cases.put("check", cli("check", board.toString()));
        cases.put("export svg", cli("export", board.toString(), "-o", dir.resolve("o.svg").toString()));
        cases.put("export png", cli("export", board.toString(), "-o", dir.resolve("o.png").toString()));
        cases.put("bare window", window(onX, home, BareFxWindow.Main.class.getName()));
        cases.put("stageboard window", window(onX, home, "org.stageboard.Launcher"));
        // a returning user's start: a settings file (language, theme, recent files, window size) is read first
        Path used = Files.createDirectories(dir.resolve("used-home"));
        Files.writeString(used.resolve("settings.json"), "{\n  \"version\" : 1,\n  \"recentFiles\" : [ \""
                + board.toString().replace("\\", "\\\\") + "\" ],\n  \"preferences\" : {\n    \"locale\" : \"en\",\n"
                + "    \"theme\" : \"light\",\n    \"snapToGrid\" : true,\n    \"exportScale\" : 2.0\n  }\n}\n");
        cases.put("stageboard window, settings file", window(onX, used, "org.stageboard.Launcher"));
        // the app as users start it (mvn javafx:run, the app image): the JVM options it adds, the baselines without
        List<String> app = Bench.appJvmOptions();
        if (!app.isEmpty()) {
            for (String k : List.of("check", "export png", "bare window", "stageboard window")) {
                List<String> cmd = new ArrayList<>(cases.get(k));
                cmd.addAll(1, app);
                cases.put(k + ", app options", cmd);
            }
        }
        String before = System.getProperty("startup.beforeClasses", "").trim();
        if (!before.isEmpty()) {
            List<String> old = new ArrayList<>(window(onX, home, "org.stageboard.Launcher"));
            int cp = old.indexOf("-cp") + 1;
            old.set(cp, before + java.io.File.pathSeparator + old.get(cp));
            cases.put("stageboard window (before)", old);
            List<String> oldUsed = new ArrayList<>(cases.get("stageboard window, settings file"));
            int usedCp = oldUsed.indexOf("-cp") + 1;
            oldUsed.set(usedCp, before + java.io.File.pathSeparator + oldUsed.get(usedCp));
            cases.put("stageboard window, settings file (before)", oldUsed);
            for (String k : List.of("check", "export png")) {
                List<String> cmd = new ArrayList<>(cases.get(k));
                int at = cmd.indexOf("-cp") + 1;
                cmd.set(at, before + java.io.File.pathSeparator + cmd.get(at));
                cases.put(k + " (before)", cmd);
            }
        }
        Map<String, double[]> ms = new LinkedHashMap<>();
        Map<String, double[]> cpu = new LinkedHashMap<>();
        cases.keySet().forEach(k -> {
            ms.put(k, new double[rounds]);
            cpu.put(k, new double[rounds]);
        });
        for (String k : cases.keySet()) { // warm the page cache once
            run(cases.get(k), k.contains("window") ? FirstFrameProbe.MARKER : null);
        }
        for (int r = 0; r < rounds; r++) {
            for (String k : cases.keySet()) {
                double[] wallAndCpu = run(cases.get(k), k.contains("window") ? FirstFrameProbe.MARKER : null);
                ms.get(k)[r] = wallAndCpu[0];
                cpu.get(k)[r] = wallAndCpu[1];
            }
        }
        double version = median(ms.get("java -version"));
        double bare = median(ms.get("bare window"));
        double bareCpu = median(cpu.get("bare window"));
        System.out.printf(Locale.ROOT, "Startup, medians of %d interleaved rounds; windows on %s%n", rounds,
                onX ? "X display " + display : "headless Monocle (no DISPLAY)");
        System.out.printf(Locale.ROOT, "| case | wall | ÷ java -version | ÷ bare window | CPU to first frame "
                + "| CPU ÷ bare |%n|---|---:|---:|---:|---:|---:|%n");
        for (String k : cases.keySet()) {
            double v = median(ms.get(k));
            double c = median(cpu.get(k));
            boolean window = k.contains("window");
            System.out.printf(Locale.ROOT, "| %s | %.0f ms | %.1f | %s | %s | %s |%n", k, v, v / version,
                    window ? String.format(Locale.ROOT, "%.2f", v / bare) : "",
                    window ? String.format(Locale.ROOT, "%.0f ms", c) : "",
                    window ? String.format(Locale.ROOT, "%.2f", c / bareCpu) : "");
        }
    }

    private static double median(double[] values) {
        double[] v = values.clone();
        Arrays.sort(v);
        return v[v.length / 2];
    }

    private static List<String> cli(String... args) {
        List<String> cmd = new ArrayList<>(List.of(JAVA));
        cmd.addAll(extraArgs());
        cmd.addAll(List.of("-Duser.language=en", "-cp", CP, "org.stageboard.Launcher"));
        cmd.addAll(List.of(args));
        return cmd;
    }

    private static List<String> window(boolean onX, Path home, String mainClass) {
        List<String> cmd = new ArrayList<>(List.of(JAVA));
        cmd.addAll(extraArgs());
        cmd.addAll(List.of("-Duser.language=en", "-Dstageboard.home=" + home, "-Dstageboard.firstFrameProbe=true",
                "-Dprism.order=sw"));
        if (!onX) {
            cmd.addAll(List.of("-Dglass.platform=Monocle", "-Dmonocle.platform=Headless",
                    "-Dheadless.geometry=1600x1200-32", "-Djava.awt.headless=true"));
        }
        cmd.addAll(List.of("-cp", CP, mainClass));
        return cmd;
    }

    private static List<String> extraArgs() {
        String extra = System.getProperty("startup.jvmArgs", "").trim();
        return extra.isEmpty() ? List.of() : List.of(extra.split("\\s+"));
    }

    /**
     * Wall milliseconds from starting the process to {@code marker} on its output (or to its exit), and the CPU
     * milliseconds the marker line reports (0 without a marker).
     */
    private static double[] run(List<String> cmd, String marker) throws IOException, InterruptedException {
        long t0 = System.nanoTime();
        Process p = new ProcessBuilder(cmd).redirectErrorStream(true).start();
        long seen = -1;
        double cpuMs = 0;
        StringBuilder out = new StringBuilder();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
            for (String line; (line = r.readLine()) != null; ) {
                if (marker != null && seen < 0 && line.contains(marker)) {
                    seen = System.nanoTime();
                    int at = line.indexOf("cpuMs=");
                    cpuMs = at < 0 ? 0 : Double.parseDouble(line.substring(at + 6).trim());
                }
                out.append(line).append('\n');
            }
        }
        if (!p.waitFor(120, TimeUnit.SECONDS)) {
            p.destroyForcibly();
            throw new IllegalStateException("timed out: " + cmd);
        }
        long end = seen >= 0 ? seen : System.nanoTime();
        if (marker != null && seen < 0) {
            throw new IllegalStateException("no first frame from " + cmd + ":\n" + out);
        }
        if (p.exitValue() != 0 && !cmd.contains("check")) {
            throw new IllegalStateException("exit " + p.exitValue() + " from " + cmd + ":\n" + out);
        }
        return new double[] {(end - t0) / 1e6, cpuMs};
    }
}
